/**
 * The quality gate: one rule for a run and for a merge of shards, in the action and in the CLI alike.
 * The pass rate is the passing share of what was attempted (100 when nothing was), floored to two
 * decimals; the gate passes when the rate reaches the minimum and the run was not stopped early.
 */
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
