/** Phase 6, uniqueness: operationIds are unique within the slice. (File names are checked across the batch.) */
import type { JsonObject } from '../json-value.js'
import { enumerateOperations } from '../openapi/operations.js'
import type { PhaseFailure } from './phases.js'

export function checkUniqueness(slice: JsonObject): PhaseFailure[] {
  const seen = new Map<string, string>()
  for (const operation of enumerateOperations(slice)) {
    const id = operation.operationId
    if (id === undefined) continue
    const first = seen.get(id)
    if (first)
      return [
        {
          phase: 'uniqueness',
          reason: `the operationId "${id}" is used by both ${first} and ${operation.key}`
        }
      ]
    seen.set(id, operation.key)
  }
  return []
}
