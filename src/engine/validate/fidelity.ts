/**
 * Phase 4, fidelity: every operation of the slice, fully resolved (parameters merged, servers and
 * security in force), is structurally identical to the same operation fully resolved in the source.
 */
import type { JsonObject } from '../json-value.js'
import type { OperationInfo } from '../openapi/operations.js'
import type { PhaseFailure } from './phases.js'
import { ResolvedComparator } from '../openapi/resolved-equal.js'
import { resolvedOperation } from '../openapi/resolved-operation.js'

export function checkFidelity(
  slice: JsonObject,
  source: JsonObject,
  operations: readonly OperationInfo[]
): PhaseFailure[] {
  const comparator = new ResolvedComparator(source, slice)
  for (const operation of operations) {
    const expected = resolvedOperation(source, operation)
    const actual = resolvedOperation(slice, operation)
    if (!expected || !actual)
      return [
        {
          phase: 'fidelity',
          reason: `${operation.key} could not be resolved in ${expected ? 'the slice' : 'the source'}`
        }
      ]
    const difference = comparator.compare(expected, actual)
    if (difference) {
      return [
        {
          phase: 'fidelity',
          reason: `${operation.key} differs from the source at ${difference.at || 'its root'}: ${difference.message}`
        }
      ]
    }
  }
  return []
}
