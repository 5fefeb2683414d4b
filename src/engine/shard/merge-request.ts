/**
 * What a merge of shards needs, validated up front like a run's request: a merge slices nothing, so it
 * has no spec, only the shards' folders, where the merged folder goes and the gate's minimum.
 */
import { checkMinPassRate } from '../batch/pass-gate.js'
import { SliceOasError } from '../errors.js'
import { DEFAULTS } from '../request.js'

export interface MergeRequestInput {
  /** Where the merged slices go; the run's default when absent. */
  outputDir?: string
  shardDirs: string[]
  /** The gate's minimum, 0–100; the run's default when absent. */
  minPassRate?: number
}

export type MergeRequest = Required<MergeRequestInput>

function invalid(message: string): SliceOasError {
  return new SliceOasError('MERGE_INVALID', message)
}

export function createMergeRequest(input: MergeRequestInput): MergeRequest {
  if (input.shardDirs.length === 0) throw invalid('merge needs the output folders of the shards to merge.')
  return {
    outputDir: input.outputDir?.trim() || DEFAULTS.outputDir,
    shardDirs: input.shardDirs,
    minPassRate: checkMinPassRate(input.minPassRate ?? DEFAULTS.minPassRate)
  }
}
