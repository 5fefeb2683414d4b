/**
 * The index.csv rows of one slice: one per operation it holds. A column's value is made here, or in
 * index-facts.ts when it is read from the built slice; the column itself is listed in index-csv.ts.
 */
import { isConversionNote } from '../finding-codes.js'
import type { JsonObject } from '../json-value.js'
import { methodName, type OperationInfo } from '../openapi/operations.js'
import type { IndexRow, RowOrderKey } from '../output/index-csv.js'
import { operationFacts, wholeSliceFacts } from './index-facts.js'
import type { SliceResult } from './result.js'

/** What orders an operation's row in the index: its path (webhooks marked), method and file name. */
export function rowOrderKey(operation: OperationInfo, filename: string): RowOrderKey {
  return {
    path: operation.source === 'webhook' ? `webhook:${operation.path}` : operation.path,
    method: methodName(operation.method),
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
    const facts = slice.facts?.[position] ?? {
      ...wholeSliceFacts(undefined, outputVersion),
      ...operationFacts(source, operation)
    }
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
      ...facts,
      deprecated: String(operation.deprecated),
      created_at: createdAt,
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
