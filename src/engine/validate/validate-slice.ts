/** Runs every validation phase over one slice, in order, and reports every failure by phase. */
import type { Finding } from '../findings.js'
import type { JsonObject } from '../json-value.js'
import type { OperationInfo } from '../openapi/operations.js'
import { withCauses } from './cause.js'
import { checkCompleteness } from './completeness.js'
import { checkFidelity } from './fidelity.js'
import { checkMinimality } from './minimality.js'
import type { PhaseFailure } from './phases.js'
import { checkReferences } from './references.js'
import { checkStructure } from './structure.js'
import { checkUniqueness } from './uniqueness.js'
import { checkVersion } from './version.js'
import { checkTarget, type SliceTarget } from '../target/check-target.js'

export interface SliceValidationInput {
  slice: JsonObject
  /**
   * The document the slice was cut from: the source itself when the output version is the source's,
   * else the source converted to the output version.
   */
  source: JsonObject
  operations: readonly OperationInfo[]
  outputVersion: '3.0' | '3.1'
  /** The gateway the slice is for, and its serialised size in bytes (made only when a rule asks). */
  target?: { target: SliceTarget; bytes(): number }
}

export interface ValidationReport {
  passed: boolean
  /**
   * Every failure, in phase order; the first names the slice's reason. Each has its cause: a defect the
   * source document has itself is reported as the source's, at its place there.
   */
  failures: PhaseFailure[]
  /** What the target phase warns of: what the gateway would ignore. */
  findings: Finding[]
}

export function validateSlice(input: SliceValidationInput): ValidationReport {
  const { slice, source, operations, outputVersion } = input
  const target = input.target && checkTarget(slice, input.target.bytes, input.target.target)
  const failures = withCauses([
    ...checkStructure(slice, source),
    ...checkReferences(slice, source),
    ...checkCompleteness(slice, source, operations),
    ...checkFidelity(slice, source, operations),
    ...checkMinimality(slice, operations),
    ...checkUniqueness(slice),
    ...checkVersion(slice, outputVersion, source),
    ...(target?.failures ?? [])
  ])
  return { passed: failures.length === 0, failures, findings: target?.findings ?? [] }
}
