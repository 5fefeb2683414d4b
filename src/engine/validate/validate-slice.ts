/** Runs every validation phase over one slice, in order, and reports every failure by phase. */
import type { JsonObject } from '../json-value.js'
import type { OperationInfo } from '../openapi/operations.js'
import { withCauses } from './cause.js'
import { checkCompleteness } from './completeness.js'
import { checkFidelity } from './fidelity.js'
import { checkMinimality } from './minimality.js'
import type { PhaseFailure } from './phases.js'
import { checkReferences } from './references.js'
import { checkQuerystring } from './querystring.js'
import { checkStructure } from './structure.js'
import { checkUniqueness } from './uniqueness.js'
import { checkVersion } from './version.js'

export interface SliceValidationInput {
  slice: JsonObject
  /**
   * The document the slice was cut from: the source itself when the output version is the source's,
   * else the source converted to the output version.
   */
  source: JsonObject
  operations: readonly OperationInfo[]
  outputVersion: '3.0' | '3.1' | '3.2'
}

export interface ValidationReport {
  passed: boolean
  /**
   * Every failure, in phase order; the first names the slice's reason. Each has its cause: a defect the
   * source document has itself is reported as the source's, at its place there.
   */
  failures: PhaseFailure[]
}

export function validateSlice(input: SliceValidationInput): ValidationReport {
  const { slice, source, operations, outputVersion } = input
  const failures = withCauses([
    ...checkStructure(slice, source),
    ...checkQuerystring(slice, operations),
    ...checkReferences(slice, source),
    ...checkCompleteness(slice, source, operations),
    ...checkFidelity(slice, source, operations),
    ...checkMinimality(slice, operations),
    ...checkUniqueness(slice),
    // The version phase names no construct that only 3.2 or another version holds: a 3.2 slice is checked
    // for its declared version only.
    ...checkVersion(slice, outputVersion as '3.0' | '3.1', source)
  ])
  return { passed: failures.length === 0, failures }
}
