/**
 * The one entry every front end calls: plan (load, select, group), open the output folder, slice every
 * group (slice-groups.ts), close the folder with its index and manifest, and summarise. Runs resume
 * and re-runs are incremental through the manifest. A fatal output error stops the run cleanly with
 * what was done recorded.
 */
import path from 'node:path'
import { SliceOasError } from '../errors.js'
import { CHANGES_NAME, renderChanges } from '../output/changes-json.js'
import { nodeFileSink } from '../output/file-sink.js'
import { openLiveIndex } from '../output/output-state.js'
import { createRequest, type BatchRequest, type BatchRequestInput } from '../request.js'
import type { BatchHooks, BatchPorts } from './batch-ports.js'
import { indexRows } from './index-rows.js'
import { planRun, type RunPlan } from './plan.js'
import type { BatchResult, SliceResult } from './result.js'
import { closeRunOutput, openRunOutput, previewRunOutput } from './run-output.js'
import { sliceGroups, startPool } from './slice-groups.js'
import type { SlicePool } from './slice-pool.js'
import { summarize } from './summarize.js'

export type { BatchHooks, BatchPorts, BatchStart } from './batch-ports.js'
export { NOT_ATTEMPTED } from './result.js'
export { MIN_SLICES_FOR_WORKERS } from './slice-groups.js'
export { shardOf } from '../shard/shard.js'

/** A run that stopped early (fatal output error or interruption), with what it had done. */
export class BatchStoppedError extends SliceOasError {
  readonly result: BatchResult
  constructor(cause: SliceOasError, result: BatchResult) {
    super(cause.code, cause.message, cause.location, { cause })
    this.result = result
  }
}

export async function runBatch(
  input: BatchRequest | BatchRequestInput,
  hooks: BatchHooks = {},
  ports: BatchPorts = {}
): Promise<BatchResult> {
  const started = Date.now()
  const request = await createRequest(input)
  const held: RunHolder = {}
  try {
    return await sliceAll(request, started, hooks, ports, held)
  } finally {
    await held.pool?.close()
    held.lock?.release()
  }
}

/** The slice pool and the output folder's lock of a run, once taken, so both end however the run ends. */
interface RunHolder {
  pool?: SlicePool
  lock?: { release(): void }
}

/** What every step of a run shares. */
interface Run {
  request: BatchRequest
  plan: RunPlan
  started: number
  hooks: BatchHooks
  slices: SliceResult[]
  report(result: SliceResult): void
}

async function sliceAll(
  request: BatchRequest,
  started: number,
  hooks: BatchHooks,
  ports: BatchPorts,
  held: RunHolder
): Promise<BatchResult> {
  const plan = await planRun(request, ports.specReader)
  const slices: SliceResult[] = []
  const report = (result: SliceResult) => {
    slices.push(result)
    hooks.onSlice?.(result, slices.length, plan.groups.length)
  }
  const run: Run = { request, plan, started, hooks, slices, report }
  if (request.dryRun) return dryRun(run, ports, held)

  const sink = ports.fileSink ?? nodeFileSink
  const output = await openRunOutput(sink, plan, request, ports, hooks)
  held.lock = output.lock
  plan.notes.push(...output.notes)
  announce(run)
  const pool = (held.pool = startPool(plan, request, ports))
  const createdAt = (ports.now ?? (() => new Date()))().toISOString()
  // The rows are made again for the sorted index at the end rather than kept: the results hold them.
  const rowsOf = (result: SliceResult) =>
    indexRows(result, plan.converted.doc, createdAt, plan.converted.version, plan.servicesOf)
  const live = output.indexPath ? openLiveIndex(sink, output.indexPath) : undefined
  const onMade = live ? (result: SliceResult) => rowsOf(result).forEach(row => live.write(row)) : undefined
  let stop = await sliceGroups({ plan, request, sink, output, pool, signal: ports.signal, onMade, report })
  if (pool?.lostReason) {
    plan.notes.push({
      code: 'WORKER_LOST',
      severity: 'warning',
      message: `A slice worker thread stopped (${pool.lostReason}); its slices were made on the main thread instead.`
    })
  }
  const changes = plan.comparison ? renderChanges(plan.comparison.breaking) : undefined
  const closed = await closeRunOutput(sink, output, { slices, live, rowsOf, stop, changes })
  stop ??= closed.error
  const result = finish(run, {
    indexPath: output.indexPath,
    changesPath: changes !== undefined && !closed.error ? path.join(output.dir, CHANGES_NAME) : undefined,
    dryRun: false,
    removed: closed.removed.sort(),
    hasPreviousRun: output.previous !== undefined,
    threads: 1 + (pool?.workersUsed ?? 0),
    stoppedBy: stop?.message
  })
  if (stop) throw new BatchStoppedError(stop, result)
  return result
}

/** Called once the output folder is the run's (after waiting for another run's lock, if any). */
function announce({ plan, hooks, request }: Run): void {
  const { groups, spec, converted } = plan
  hooks.onStart?.({
    total: groups.length,
    operations: groups.reduce((sum, group) => sum + group.operations.length, 0),
    spec: { file: spec.file, sourceVersion: spec.sourceVersion, format: spec.format },
    outputVersion: converted.version,
    dryRun: request.dryRun
  })
}

/**
 * A dry run makes and validates every slice as a real run does, so its pass rate, failures and gate are
 * a real run's; it touches no file: no output folder, lock, manifest, index or slice file.
 */
async function dryRun(run: Run, ports: BatchPorts, held: RunHolder): Promise<BatchResult> {
  const { plan, request } = run
  await previewRunOutput(ports.fileSink ?? nodeFileSink, plan, request, ports)
  announce(run)
  const pool = (held.pool = startPool(plan, request, ports))
  const stop = await sliceGroups({
    plan,
    request,
    sink: ports.fileSink ?? nodeFileSink,
    pool,
    signal: ports.signal,
    report: run.report
  })
  const result = finish(run, {
    dryRun: true,
    removed: [],
    hasPreviousRun: false,
    threads: 1 + (pool?.workersUsed ?? 0),
    stoppedBy: stop?.message
  })
  if (stop) throw new BatchStoppedError(stop, result)
  return result
}

function finish(
  run: Run,
  end: Pick<
    Parameters<typeof summarize>[0],
    'indexPath' | 'changesPath' | 'dryRun' | 'removed' | 'hasPreviousRun' | 'threads' | 'stoppedBy'
  >
): BatchResult {
  const { request, plan } = run
  plan.notes.push(...plan.overlays.findings())
  const result = summarize({
    request,
    outputDir: path.resolve(request.outputDir),
    slices: run.slices,
    notes: plan.notes,
    started: run.started,
    serviceCounts: plan.serviceCounts,
    comparison: plan.comparison,
    ...end
  })
  if (plan.orphans.length > 0) result.orphans = plan.orphans
  run.hooks.onFinish?.(result)
  return result
}
