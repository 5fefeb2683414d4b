/** The index.csv rows of one slice: one per operation it holds. */
import { isConversionNote } from '../finding-codes.js'
import { isObject, type JsonObject } from '../json-value.js'
import {
  effectiveSecurity,
  mergedParameters,
  operationObjects,
  type OperationInfo
} from '../openapi/operations.js'
import type { IndexRow, RowOrderKey } from '../output/index-csv.js'
import { derefLocal } from '../pointer.js'
import type { SliceResult } from './result.js'

/** What the index reports of one operation, read from the slice (or the source when none was made). */
export interface OperationFacts {
  parameterCount: number
  /** The response codes, `;`-separated as the index writes them. */
  responseCodes: string
  securityRequired: boolean
}

/**
 * What the index needs of a built slice, taken while the slice is at hand so the slice itself need not
 * be kept (nor sent back from a worker thread). Compact on purpose: a run of 100,000 slices keeps one each.
 */
export interface SliceFacts {
  openapi: string
  schemaCount: number
  /** One per operation of the slice, in the slice's order of operations. */
  operations: OperationFacts[]
}

export function operationFacts(doc: JsonObject, operation: OperationInfo): OperationFacts {
  const objects = operationObjects(doc, operation)
  if (!objects) return { parameterCount: 0, responseCodes: '', securityRequired: false }
  const responses = isObject(objects.operation.responses)
    ? Object.keys(objects.operation.responses).filter(code => !code.startsWith('x-'))
    : []
  const parameters = mergedParameters(objects.pathItem, objects.operation, node => derefLocal(doc, node))
  const security = effectiveSecurity(doc, objects.operation) ?? []
  return {
    parameterCount: parameters.length,
    responseCodes: responses.join(';'),
    securityRequired:
      security.length > 0 &&
      !security.some(requirement => isObject(requirement) && Object.keys(requirement).length === 0)
  }
}

export function sliceFacts(slice: JsonObject, operations: readonly OperationInfo[]): SliceFacts {
  const schemas = isObject(slice.components) ? slice.components.schemas : undefined
  return {
    openapi: String(slice.openapi),
    schemaCount: isObject(schemas) ? Object.keys(schemas).length : 0,
    operations: operations.map(op => operationFacts(slice, op))
  }
}

/** What orders an operation's row in the index: its path (webhooks marked), method and file name. */
export function rowOrderKey(operation: OperationInfo, filename: string): RowOrderKey {
  return {
    path: operation.source === 'webhook' ? `webhook:${operation.path}` : operation.path,
    method: operation.method.toUpperCase(),
    filename
  }
}

export function indexRows(
  slice: SliceResult,
  source: JsonObject,
  createdAt: string,
  outputVersion: string,
  servicesOf: (operation: OperationInfo) => string[] = () => []
): IndexRow[] {
  const firstFailure = slice.failures[0]
  const conversion = slice.notes.filter(note => isConversionNote(note.code)).map(note => note.message)
  return slice.operations.map((operation: OperationInfo, position) => {
    const facts = slice.facts?.operations[position] ?? operationFacts(source, operation)
    const { path, method } = rowOrderKey(operation, slice.fileName)
    return {
      path,
      method,
      summary: operation.summary ?? '',
      operation_id: operation.operationId ?? '',
      tags: operation.tags.join(';'),
      // A failed slice is not written: no file to name.
      filename: slice.status === 'FAIL' ? '' : slice.fileName,
      file_size_kb:
        slice.bytes === undefined || slice.status === 'FAIL' ? '' : (slice.bytes / 1024).toFixed(2),
      schema_count: slice.facts ? String(slice.facts.schemaCount) : '',
      parameter_count: String(facts.parameterCount),
      response_codes: facts.responseCodes,
      security_required: String(facts.securityRequired),
      deprecated: String(operation.deprecated),
      created_at: createdAt,
      output_oas_version: slice.facts?.openapi ?? outputVersion,
      validation_status: slice.status,
      failure_reason: firstFailure
        ? `[${firstFailure.phase}] ${firstFailure.reason}`
        : (slice.skipReason ?? ''),
      extraction_time_ms: String(slice.elapsedMs),
      sha256: slice.status === 'PASS' ? (slice.sha256 ?? '') : '',
      conversion_notes: conversion.join(' | '),
      services: servicesOf(operation).join(';')
    }
  })
}
