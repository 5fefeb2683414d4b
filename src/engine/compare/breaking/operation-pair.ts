/** A base operation and its head counterpart, as every family of rules sees them. */
import type { JsonObject } from '../../json-value.js'
import { operationObjects, type OperationInfo } from '../../openapi/operations.js'
import { formatPointer } from '../../pointer.js'
import { foundAt, type Found, type Located } from './found.js'
import type { SchemaDiffer } from './schema-diff.js'

export interface OperationSide {
  doc: JsonObject
  info: OperationInfo
  pathItem: Located
  operation: Located
}

export interface OperationPair {
  differ: SchemaDiffer
  base: OperationSide
  head: OperationSide
  now: Date
  out: Found[]
}

export function operationSide(doc: JsonObject, info: OperationInfo): OperationSide | undefined {
  const objects = operationObjects(doc, info)
  if (!objects) return undefined
  const itemPointer = formatPointer(info.tokens.slice(0, -1))
  const pointer = formatPointer(info.tokens)
  return {
    doc,
    info,
    pathItem: { node: objects.pathItem, pointer: itemPointer, cause: itemPointer },
    operation: { node: objects.operation, pointer, cause: pointer }
  }
}

/** Records a difference; the cause is the head's place when there is one. */
export function record(
  pair: OperationPair,
  rule: string,
  what: string,
  base?: Located,
  head?: Located
): void {
  pair.out.push(foundAt(rule, what, base, head))
}
