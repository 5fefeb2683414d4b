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
import { checkQuerystring } from './querystring.js'
import { checkStructure } from './structure.js'
import { checkUniqueness } from './uniqueness.js'
import { checkVersion } from './version.js'
import { checkTarget, type SliceTarget } from '../target/check-target.js'

export interface SliceValidationInput {
  slice: JsonObject
  /**
   * The slice after its service's overlay, when it has one: the phases that judge the written document
   * run on it, while completeness and fidelity hold the cut slice to the source.
   */
  overlaid?: JsonObject
  /**
   * The document the slice was cut from: the source itself when the output version is the source's,
   * else the source converted to the output version.
   */
  source: JsonObject
  operations: readonly OperationInfo[]
  outputVersion: '3.0' | '3.1' | '3.2'
  /**
   * The source was converted down from 3.2: a 3.2 construct it still holds is the conversion's miss,
   * which the version phase does not excuse.
   */
  from32?: boolean
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
  const { slice, source, operations, outputVersion, from32 } = input
  const written = input.overlaid ?? slice
  const target = input.target && checkTarget(written, input.target.bytes, input.target.target)
  const failures = withCauses([
    ...checkStructure(written, source),
    ...checkQuerystring(written, operations),
    ...checkReferences(written, source),
    ...checkCompleteness(slice, source, operations),
    ...checkFidelity(slice, source, operations),
    ...checkMinimality(written, operations),
    ...checkUniqueness(written),
    ...checkVersion(written, outputVersion, source, from32),
    ...(target?.failures ?? [])
  ])
  return { passed: failures.length === 0, failures, findings: target?.findings ?? [] }
}
