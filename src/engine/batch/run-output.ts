/**
 * A run's output folder (output/output-state.ts does the work): opened with the files the plan may
 * write and the digests that decide them, closed with the files this run wrote and its final index.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { SliceOasError } from '../errors.js'
import type { FileSink } from '../output/file-sink.js'
import { renderIndex, type IndexRow } from '../output/index-csv.js'
import { runInputs } from '../output/input-guard.js'
import type { ManifestEntry } from '../output/manifest.js'
import {
  checkOutput,
  closeOutput,
  openOutput,
  type LiveIndex,
  type OutputPlan,
  type OutputState
} from '../output/output-state.js'
import { outputError } from '../output/retry.js'
import { requestDigest, type BatchRequest } from '../request.js'
import type { BatchHooks, BatchPorts } from './batch-ports.js'
import type { RunPlan } from './plan.js'
import { NOT_ATTEMPTED, type SliceResult } from './result.js'

function outputPlan(plan: RunPlan, request: BatchRequest, ports: BatchPorts, hooks: BatchHooks): OutputPlan {
  const { groups, names } = plan
  return {
    dir: path.resolve(request.outputDir),
    planned: new Map(groups.map(group => [names.get(group.id)!, group.operations.map(op => op.key)])),
    index: request.index,
    changes: plan.comparison !== undefined,
    overwrite: request.overwrite,
    inputs: runInputs(request),
    digests: {
      inputDigest: plan.spec.digest,
      requestDigest: requestDigest(request),
      ...(request.shard ? { shard: request.shard } : {})
    },
    lockWaitMs: ports.lockWaitMs,
    onLockWait: hooks.onLockWait
  }
}

export function openRunOutput(
  sink: FileSink,
  plan: RunPlan,
  request: BatchRequest,
  ports: BatchPorts,
  hooks: BatchHooks
): Promise<OutputState> {
  return openOutput(sink, outputPlan(plan, request, ports, hooks))
}

/** A dry run's check of the output folder: what a run would refuse there, refused now, nothing written. */
export async function previewRunOutput(
  sink: FileSink,
  plan: RunPlan,
  request: BatchRequest,
  ports: BatchPorts
): Promise<void> {
  const output = outputPlan(plan, request, ports, {})
  const info = await stat(output.dir).catch(() => undefined)
  if (!info) return
  if (!info.isDirectory())
    throw outputError(Object.assign(new Error(`${output.dir} is a file`), { code: 'ENOTDIR' }), output.dir)
  await checkOutput(sink, output)
}

export interface RunEnd {
  slices: readonly SliceResult[]
  live?: LiveIndex
  rowsOf(result: SliceResult): IndexRow[]
  stop?: SliceOasError
  /** changes.json's text, with a base spec. */
  changes?: string
}

/**
 * The sorted index replaces the live one (when slices finished out of order, or the run stopped);
 * failed slices leave no stale file of an earlier run behind.
 */
export function closeRunOutput(
  sink: FileSink,
  output: OutputState,
  { slices, live, rowsOf, stop, changes }: RunEnd
): Promise<{ removed: string[]; error?: SliceOasError }> {
  const finalFiles: Record<string, ManifestEntry> = {}
  for (const slice of slices) {
    if (slice.status === 'PASS')
      finalFiles[slice.fileName] = { sha256: slice.sha256!, operations: slice.operations.map(op => op.key) }
  }
  const sortedIndex = () =>
    renderIndex(slices.filter(slice => slice.skipReason !== NOT_ATTEMPTED).flatMap(rowsOf))
  return closeOutput(sink, output, {
    live,
    sortedIndex: stop || !live?.inOrder ? sortedIndex : undefined,
    finalFiles,
    changes,
    stopped: stop !== undefined
  })
}
