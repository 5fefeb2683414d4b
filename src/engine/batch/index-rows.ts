/** The index.csv rows of one slice: one per operation it holds. */
import { isObject, type JsonObject } from '../json-value.js'
import {
  effectiveSecurity,
  mergedParameters,
  operationObjects,
  type OperationInfo
} from '../openapi/operations.js'
import type { IndexRow } from '../output/index-csv.js'
import { derefLocal } from '../pointer.js'
import type { SliceResult } from './result.js'

export function indexRows(
  slice: SliceResult,
  source: JsonObject,
  createdAt: string,
  outputVersion: string,
  servicesOf: (operation: OperationInfo) => string[] = () => []
): IndexRow[] {
  const doc = slice.document ?? source
  const schemas =
    slice.document && isObject(slice.document.components) && isObject(slice.document.components.schemas)
  const schemaCount = schemas
    ? Object.keys((slice.document!.components as JsonObject).schemas as JsonObject).length
    : 0
  const firstFailure = slice.failures[0]
  const conversion = slice.notes.filter(note => note.code.startsWith('CONVERT_')).map(note => note.message)
  return slice.operations.map((operation: OperationInfo) => {
    const objects = operationObjects(doc, operation)
    const responses =
      objects && isObject(objects.operation.responses)
        ? Object.keys(objects.operation.responses).filter(code => !code.startsWith('x-'))
        : []
    const parameters = objects
      ? mergedParameters(objects.pathItem, objects.operation, node => derefLocal(doc, node))
      : []
    const security = objects ? (effectiveSecurity(doc, objects.operation) ?? []) : []
    const required =
      security.length > 0 &&
      !security.some(requirement => isObject(requirement) && Object.keys(requirement).length === 0)
    return {
      path: operation.source === 'webhook' ? `webhook:${operation.path}` : operation.path,
      method: operation.method.toUpperCase(),
      summary: operation.summary ?? '',
      operation_id: operation.operationId ?? '',
      tags: operation.tags.join(';'),
      filename: slice.fileName,
      file_size_kb: slice.bytes === undefined ? '' : (slice.bytes / 1024).toFixed(2),
      schema_count: slice.document ? String(schemaCount) : '',
      parameter_count: String(parameters.length),
      response_codes: responses.join(';'),
      security_required: String(required),
      deprecated: String(operation.deprecated),
      created_at: createdAt,
      output_oas_version: slice.document ? String(slice.document.openapi) : outputVersion,
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
