/**
 * Part of the structure phase that the official schema cannot say: OpenAPI 3.2 lets an operation's
 * parameters in force (its path item's and its own) hold at most one `in: querystring` parameter, and
 * never one beside `in: query` ones, which would describe the same query string twice. The slicer
 * carries parameters as they are, so such a slice has the source's defect: it is reported as the
 * source's, at the operation.
 */
import type { JsonObject } from '../json-value.js'
import { isObject } from '../json-value.js'
import { mergedParameters, operationObjects, type OperationInfo } from '../openapi/operations.js'
import { derefLocal } from '../pointer.js'
import { sourceDefect } from './cause.js'
import type { PhaseFailure } from './phases.js'

export function checkQuerystring(slice: JsonObject, operations: readonly OperationInfo[]): PhaseFailure[] {
  const failures: PhaseFailure[] = []
  // Before 3.2 the schema itself refuses the location.
  if (!String(slice.openapi).startsWith('3.2.')) return failures
  for (const operation of operations) {
    const objects = operationObjects(slice, operation)
    if (!objects) continue
    let querystring = 0
    let query = 0
    for (const node of mergedParameters(objects.pathItem, objects.operation, n => derefLocal(slice, n))) {
      const parameter = derefLocal(slice, node)
      if (!isObject(parameter)) continue
      if (parameter.in === 'querystring') querystring++
      else if (parameter.in === 'query') query++
    }
    const reason =
      querystring > 1
        ? `${operation.key} has ${querystring} querystring parameters in force; OpenAPI 3.2 allows one`
        : querystring === 1 && query > 0
          ? `${operation.key} has a querystring parameter beside query parameters, which OpenAPI 3.2 forbids`
          : undefined
    if (reason) failures.push(sourceDefect('structure', `the source document's ${reason}`, operation.tokens))
  }
  return failures
}
