/**
 * The index columns whose values are read from a built slice. They are taken while the slice is at
 * hand, so the slice itself need not be kept (nor sent back from a worker thread, which carries these
 * as they are): a run of 100,000 slices keeps one set per operation. Compact on purpose.
 */
import { isObject, type JsonObject } from '../json-value.js'
import {
  effectiveSecurity,
  mergedParameters,
  operationObjects,
  type OperationInfo
} from '../openapi/operations.js'
import type { IndexRow } from '../output/index-csv.js'
import { derefLocal } from '../pointer.js'

/** What the index reads of one operation in a document: the slice, or the source when none was made. */
export function operationFacts(doc: JsonObject, operation: OperationInfo) {
  const objects = operationObjects(doc, operation)
  if (!objects) return { parameter_count: '0', response_codes: '', security_required: 'false' }
  const responses = isObject(objects.operation.responses)
    ? Object.keys(objects.operation.responses).filter(code => !code.startsWith('x-'))
    : []
  const parameters = mergedParameters(objects.pathItem, objects.operation, node => derefLocal(doc, node))
  const security = effectiveSecurity(doc, objects.operation) ?? []
  const id = objects.operation.operationId
  return {
    // The slice's own: target-fix may have renamed it.
    operation_id: typeof id === 'string' ? id : '',
    parameter_count: String(parameters.length),
    response_codes: responses.join(';'),
    security_required: String(
      security.length > 0 &&
        !security.some(requirement => isObject(requirement) && Object.keys(requirement).length === 0)
    )
  } satisfies Partial<IndexRow>
}

/** What the index reads of the slice as a whole; none when no slice was made. */
export function wholeSliceFacts(slice: JsonObject | undefined, outputVersion: string) {
  const schemas = slice && isObject(slice.components) ? slice.components.schemas : undefined
  return {
    schema_count: slice ? String(isObject(schemas) ? Object.keys(schemas).length : 0) : '',
    output_oas_version: slice ? String(slice.openapi) : outputVersion
  } satisfies Partial<IndexRow>
}

export type OperationFacts = ReturnType<typeof operationFacts> & ReturnType<typeof wholeSliceFacts>

/** One per operation of the slice, in the slice's order of operations. */
export type SliceFacts = OperationFacts[]

export function sliceFacts(slice: JsonObject, operations: readonly OperationInfo[]): SliceFacts {
  const whole = wholeSliceFacts(slice, '')
  return operations.map(op => ({ ...whole, ...operationFacts(slice, op) }))
}
