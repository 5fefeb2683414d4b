/**
 * The quality gate: one rule for a run and for a merge of shards, in the action and in the CLI alike.
 * The pass rate is the passing share of what was attempted (100 when nothing was), floored to two
 * decimals; the gate passes when the rate reaches the minimum and the run was not stopped early.
 */
import { atOrAbove, type BreakingReview } from '../compare/review-changes.js'
import type { ChangeLevel } from '../compare/breaking/types.js'
import { SliceOasError } from '../errors.js'

export interface GateInput {
  passed: number
  failed: number
  minPassRate: number
  /** A run that stopped early fails the gate whatever its rate. */
  stopped?: boolean
}

export interface GateOutcome {
  /** 0–100. */
  passRate: number
  passed: boolean
}

/** The gate's minimum, checked the same for a run's request and a merge's: a number from 0 to 100. */
export function checkMinPassRate(minPassRate: number): number {
  if (!Number.isFinite(minPassRate) || minPassRate < 0 || minPassRate > 100)
    throw new SliceOasError(
      'REQUEST_INVALID',
      `min-pass-rate must be a number from 0 to 100; got ${minPassRate}.`
    )
  return minPassRate
}

export function passGate(input: GateInput): GateOutcome {
  const attempted = input.passed + input.failed
  const passRate = attempted === 0 ? 100 : Math.floor((input.passed / attempted) * 10000) / 100
  return { passRate, passed: passRate >= input.minPassRate && !input.stopped }
}

/** The change gate's outcome: the changes at or above the threshold, and the sentence a failed run gives. */
export interface ChangeGateOutcome {
  passed: boolean
  /** Changes (one per operation and cause) at or above the threshold, accepted ones left out. */
  failing: number
  message?: string
}

/**
 * fail-on-change: the run fails when a change since the base spec, not accepted in review, is at the
 * threshold's level or above. `none`, or no base spec, never fails.
 */
export function changeGate(
  review: BreakingReview | undefined,
  threshold: ChangeLevel | 'none'
): ChangeGateOutcome {
  if (!review || threshold === 'none') return { passed: true, failing: 0 }
  const failing = review.changes.filter(change => atOrAbove(change.level, threshold))
  if (failing.length === 0) return { passed: true, failing: 0 }
  const causes = review.causes.filter(cause => atOrAbove(cause.level, threshold))
  const services = [...new Set(causes.flatMap(cause => cause.services))].sort()
  return {
    passed: false,
    failing: failing.length,
    message: `fail-on-change is ${threshold}: ${causes.length} cause${causes.length === 1 ? '' : 's'} of change at ${threshold} level or above since the base spec, in ${services.join(', ') || 'no service'}. Accept an intended change by adding its fingerprint to accepted-changes in the config file.`
  }
}
