/** Slices tiny inline documents the way the batch does, for unit tests. */
import type { JsonObject } from '../../src/engine/json-value.js'
import { enumerateOperations, type OperationInfo } from '../../src/engine/openapi/operations.js'
import { buildSlice, type SliceOutcome } from '../../src/engine/slice/build-slice.js'
import { SpecIndex } from '../../src/engine/slice/spec-index.js'
import { validateSlice, type ValidationReport } from '../../src/engine/validate/validate-slice.js'

export function operationsOf(doc: JsonObject): OperationInfo[] {
  return enumerateOperations(doc)
}

/** Slices the operations whose key is given (`GET /pets`), or the first one. */
export function sliceOf(
  doc: JsonObject,
  ...keys: string[]
): SliceOutcome & { report: ValidationReport; operations: OperationInfo[] } {
  const all = enumerateOperations(doc)
  const operations = keys.length === 0 ? [all[0]] : keys.map(key => all.find(op => op.key === key)!)
  if (operations.some(op => !op))
    throw new Error(`no such operation among ${all.map(op => op.key).join(', ')}`)
  const outcome = buildSlice(new SpecIndex(doc), operations)
  const declared = String(doc.openapi)
  const version = declared.startsWith('3.2') ? '3.2' : declared.startsWith('3.1') ? '3.1' : '3.0'
  const report = validateSlice({ slice: outcome.document, source: doc, operations, outputVersion: version })
  return { ...outcome, report, operations }
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

export const ok = { description: 'OK' }
export function doc30(paths: JsonObject, components: JsonObject = {}, extra: JsonObject = {}): JsonObject {
  return { openapi: '3.0.3', info: { title: 't', version: '1' }, ...extra, paths, components } as JsonObject
}
