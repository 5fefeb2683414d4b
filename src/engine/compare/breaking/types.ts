/** What the classification of a base/head difference produces, for every front end and the gate. */
import type { JsonObject } from '../../json-value.js'
import type { OperationInfo } from '../../openapi/operations.js'

export type ChangeLevel = 'error' | 'warning' | 'info'

/** JSON pointer in that document where the change is. */
export interface ChangeSide {
  pointer: string
}

/** `key` as OperationInfo.key. */
export interface OperationRef {
  key: string
  method: string
  path: string
}

export interface ClassifiedChange {
  /** Stable id, kebab-case: 'response-property-removed'. */
  rule: string
  /** The rule's default level (configured overrides apply afterwards). */
  level: ChangeLevel
  /** One plain sentence, pointers in backticks. */
  message: string
  operation: OperationRef
  /**
   * Root-cause pointer: inside a shared component, the component's pointer (so one component change has
   * one cause for every operation it affects); else the operation's own pointer.
   */
  cause: string
  /** Absent for an addition. */
  base?: ChangeSide
  /** Absent for a removal. */
  head?: ChangeSide
  /** sha256 of `${rule}\n${operation.key}\n${cause}`, first 16 hex chars. */
  fingerprint: string
}

export interface ClassifyInput {
  doc: JsonObject
  operations: readonly OperationInfo[]
}
