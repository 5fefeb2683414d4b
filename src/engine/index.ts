/** The engine's public API: one `runBatch(request, hooks)` that every front end calls, and its types. */
export {
  runBatch,
  BatchStoppedError,
  NOT_ATTEMPTED,
  shardOf,
  type BatchHooks,
  type BatchPorts,
  type BatchStart
} from './batch/run-batch.js'
export type { BatchResult, SliceResult, FailedOperation, SliceStatus } from './batch/result.js'
export { causeHeadline, failureCauses, operationLabel, type CauseGroup } from './batch/failure-causes.js'
export {
  createRequest,
  parseShard,
  DEFAULTS,
  MAX_CONCURRENCY,
  type BatchRequest,
  type BatchRequestInput,
  type OutputFormat
} from './request.js'
export {
  SliceOasError,
  describeError,
  formatLocation,
  isSliceOasError,
  type ErrorCode,
  type SourceLocation
} from './errors.js'
export type { Finding, Severity } from './findings.js'
export { FINDING_CODES, isConversionNote, type FindingCode, type FindingFamily } from './finding-codes.js'
export { INDEX_COLUMNS } from './output/index-csv.js'
export { PHASES, type FailureCause, type PhaseName } from './validate/phases.js'
export { VERSION } from './version.js'
export { sourceDateClock } from './output/clock.js'
export type { WorkerScript } from './batch/slice-pool.js'
export { mergeShards, type MergeResult } from './shard/merge-shards.js'
export { createMergeRequest, type MergeRequest, type MergeRequestInput } from './shard/merge-request.js'
export {
  DEFAULT_CONFIG_NAME,
  findConfigFile,
  loadConfig,
  mergeWithConfig,
  type LoadedConfig
} from './config/load-config.js'
export { OPTION_TABLE, optionRow, optionsFor } from './options/option-table.js'
export type { OptionKind, OptionRow, OptionSurface } from './options/option-row.js'
export { parseBoolean, parseNumber, splitList } from './options/parse-text.js'
export type { Comparison, OperationChange, ServiceChange } from './compare/compare-base.js'
export { defaultService } from './select/services.js'
export { codeFrame, type CodeFrameOptions } from './code-frame.js'
export {
  atOrAbove,
  breakingHeadline,
  breakingOperations,
  breakingServices,
  LEVELS,
  type BreakingReview,
  type ReviewedCause,
  type ReviewedChange,
  type ServiceReview
} from './compare/review-changes.js'
export type { ChangeLevel } from './compare/breaking/types.js'
export type { ChangeGateOutcome } from './batch/pass-gate.js'
export { CHANGES_NAME } from './output/changes-json.js'
