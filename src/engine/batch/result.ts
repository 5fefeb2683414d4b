/** What a batch reports: per slice, and for the whole run. */
import type { Comparison } from '../compare/compare-base.js'
import type { ChangeGateOutcome } from './pass-gate.js'
import type { Finding } from '../findings.js'
import type { OperationInfo } from '../openapi/operations.js'
import type { GroupBy } from '../select/group.js'
import type { SliceFacts } from './index-facts.js'
import type { FailureCause, PhaseName, PhaseFailure } from '../validate/phases.js'

/** The skip reason of the slices a stopped run never started; the index and progress leave them out. */
export const NOT_ATTEMPTED = 'not attempted: the run stopped'

export type SliceStatus = 'PASS' | 'FAIL' | 'SKIPPED'
export type SliceChange = 'added' | 'changed' | 'unchanged'

export interface SliceResult {
  groupId: string
  /** What the group is: one operation, or a tag's, a path prefix's or a service's operations. */
  kind: GroupBy
  label: string
  fileName: string
  operations: OperationInfo[]
  /** The services of its operations, from the service map (empty without one). */
  services: string[]
  status: SliceStatus
  failures: PhaseFailure[]
  notes: Finding[]
  /** What the index reports of the slice that was built; absent for skipped slices. */
  facts?: SliceFacts
  sha256?: string
  bytes?: number
  change?: SliceChange
  skipReason?: string
  elapsedMs: number
}

export interface FailedOperation {
  path: string
  method: string
  phase: PhaseName
  reason: string
  /** The operation's own place in the source. */
  location?: OperationInfo['location']
  fileName: string
  /** What the failure is traced to: a defect of the source (with its own place) or of the slice. */
  cause?: FailureCause
}

export interface BatchResult {
  /** Slices planned for this run (this shard's share). */
  total: number
  operations: number
  /** Slices that passed and are on disk (written or already identical); in a dry run, would be. */
  extracted: number
  failed: number
  skipped: number
  /** Passing slices over attempted slices, 0–100. */
  passRate: number
  minPassRate: number
  passed: boolean
  elapsedMs: number
  outputDir: string
  indexPath?: string
  dryRun: boolean
  /** Every slice made went through every validation phase: a dry run's too, so its gate is a real run's. */
  validated?: boolean
  failures: FailedOperation[]
  files: string[]
  added: string[]
  changed: string[]
  removed: string[]
  unchanged: string[]
  /** True when the output folder held a manifest from an earlier run, so the changes above compare with it. */
  hasPreviousRun: boolean
  /** Warnings and decisions: collisions, rewritten links, conversion losses. */
  notes: Finding[]
  slices: SliceResult[]
  /** Threads that made slices: this one, plus each slice-pool worker that made any. */
  threads: number
  /** Present when the run stopped early: why. */
  stoppedBy?: string
  /** Present with a service map: the operations of each service. */
  serviceCounts?: { service: string; operations: number }[]
  /** Present with a base spec: what each service gained, lost or changed. */
  comparison?: Comparison
  /** Present with a service map that leaves some selected operations unclaimed: their keys. */
  orphans?: string[]
  /** changes.json, when the run wrote it (a base spec, not a dry run). */
  changesPath?: string
  /** fail-on-change's verdict on the comparison's changes; passes without a base spec. */
  changeGate?: ChangeGateOutcome
}
