/**
 * Slicing: every group of the plan made into a slice, validated and written, in the index's order, on
 * this thread and the slice pool's workers. One slice's failure never stops the others; an output
 * error or an interruption stops scheduling new ones, and those in flight finish.
 */
import { availableParallelism } from 'node:os'
import pMap from 'p-map'
import { SliceOasError } from '../errors.js'
import { resolveInside } from '../output/file-names.js'
import type { FileSink } from '../output/file-sink.js'
import { compareRows } from '../output/index-csv.js'
import type { OutputState } from '../output/output-state.js'
import { outputError, writeAtomicWithRetry } from '../output/retry.js'
import type { BatchRequest } from '../request.js'
import type { SliceGroup } from '../select/group.js'
import { withCauses } from '../validate/cause.js'
import type { BatchPorts } from './batch-ports.js'
import { eventLoopTurns } from './event-loop-turns.js'
import { causeLocator, explainUnbundled } from './failure-causes.js'
import { rowOrderKey } from './index-rows.js'
import { NotesByPlace } from './notes-within.js'
import type { RunPlan } from './plan.js'
import { NOT_ATTEMPTED, type SliceResult } from './result.js'
import { sliceOne, type SliceProduct } from './slice-one.js'
import { SlicePool, WorkerLostError } from './slice-pool.js'
import { writeSlice } from './write-slice.js'

/**
 * Below this many slices a run stays on one thread. Most of a slice's cost is shared: each component is
 * validated, resolved and emitted once and memoised, and a worker thread must warm its own memos:
 * GitHub's and GHEC's descriptions were measured slower on two threads, a 10,000-operation document
 * faster (docs/performance.md, "Figures behind comments in the code").
 */
export const MIN_SLICES_FOR_WORKERS = 2000

/** How long a run on one thread slices between two turns of the event loop (see event-loop-turns.ts). */
const TURN_EVERY_MS = 5

/** What one slice came to; the group it was made from gives the rest of its result. */
type SliceOutcome = Pick<SliceResult, 'status'> &
  Partial<
    Pick<
      SliceResult,
      'failures' | 'notes' | 'facts' | 'sha256' | 'bytes' | 'change' | 'skipReason' | 'elapsedMs'
    >
  >

/**
 * Every result is made here, with every field in one order: a run keeps one per slice until it ends,
 * and objects made in one shape are cheaper to keep than objects spread from others.
 */
export function resultOf(plan: RunPlan, group: SliceGroup, outcome: SliceOutcome): SliceResult {
  return {
    groupId: group.id,
    kind: group.kind,
    label: group.label,
    fileName: plan.names.get(group.id)!,
    operations: group.operations,
    services: [...new Set(group.operations.flatMap(plan.servicesOf))],
    status: outcome.status,
    failures: outcome.failures ?? [],
    notes: outcome.notes ?? [],
    facts: outcome.facts,
    sha256: outcome.sha256,
    bytes: outcome.bytes,
    change: outcome.change,
    skipReason: outcome.skipReason,
    elapsedMs: outcome.elapsedMs ?? 0
  }
}

export function skippedResult(plan: RunPlan, group: SliceGroup, reason: string, elapsedMs = 0): SliceResult {
  return resultOf(plan, group, { status: 'SKIPPED', skipReason: reason, elapsedMs })
}

/**
 * The slice pool, when the run is big enough and may use one. This thread slices too, beside one worker
 * per other core. Workers write with node:fs themselves, so an injected file sink keeps all slicing here.
 */
export function startPool(plan: RunPlan, request: BatchRequest, ports: BatchPorts): SlicePool | undefined {
  const workerCount = Math.min(request.concurrency, ports.workers?.cores ?? availableParallelism()) - 1
  const minSlices = ports.workers?.minSlices ?? MIN_SLICES_FOR_WORKERS
  if (!ports.workers || ports.fileSink || workerCount <= 0 || plan.groups.length < minSlices) return undefined
  // Overlays shape per-service documents, far below the pool's size; their slices stay on this thread.
  if (plan.overlays.size > 0 || !plan.targets.allowsPool) return undefined
  return new SlicePool(ports.workers, workerCount, plan.converted.doc, {
    outputVersion: plan.converted.version,
    from32: plan.spec.version === '3.2' && plan.converted.version !== '3.2',
    format: request.format,
    numberLiterals: plan.spec.numberLiterals
  })
}

export interface Slicing {
  plan: RunPlan
  request: BatchRequest
  sink: FileSink
  /** Where passing slices are written; a dry run has none, and writes nothing. */
  output?: Pick<OutputState, 'dir' | 'priorSha' | 'changeOf'>
  pool?: SlicePool
  signal?: AbortSignal
  /** Told each slice that was made (or refused), before `report`. */
  onMade?(result: SliceResult): void
  /** Told each result, of every group. */
  report(result: SliceResult): void
}

/** Slices every group of this shard; returns the error that stopped the run, if one did. */
export async function sliceGroups(run: Slicing): Promise<SliceOasError | undefined> {
  const { plan, pool, signal } = run
  const state: { stop?: SliceOasError } = {}
  const sliceGroup = groupSlicer(run, state)
  const onAbort = () =>
    (state.stop ??= new SliceOasError(
      'INTERRUPTED',
      'The run was interrupted; run it again to resume where it stopped.'
    ))
  signal?.addEventListener('abort', onAbort)
  if (signal?.aborted) onAbort()
  // Slices are made in the index's order. When they also finish in it (one thread, one operation per
  // slice), the live index is already the sorted one and is not written again at the end.
  const orderKey = (group: SliceGroup) => rowOrderKey(group.operations[0], plan.names.get(group.id)!)
  const byIndexOrder = (a: SliceGroup, b: SliceGroup) => compareRows(orderKey(a), orderKey(b))
  // Workers wait for this thread to take their answers and send them more, so with a pool every slice
  // gives the event loop a turn; alone, a turn every few milliseconds keeps signals and timers prompt.
  const turn = eventLoopTurns(pool ? 0 : TURN_EVERY_MS)
  const concurrency = run.request.concurrency
  try {
    await pMap(
      [...plan.groups].sort(byIndexOrder),
      async group => {
        await turn()
        if (state.stop) return run.report(skippedResult(plan, group, NOT_ATTEMPTED))
        const result = await sliceGroup(group)
        run.onMade?.(result)
        run.report(result)
      },
      // Room for every worker's queue, and for this thread's own slices while their writes finish.
      { concurrency: pool ? SlicePool.DEPTH * pool.size + concurrency : concurrency }
    )
  } finally {
    signal?.removeEventListener('abort', onAbort)
  }
  return state.stop
}

/** Makes a slice and, when it passes and `file` is given, writes it; write errors are returned. */
function sliceMaker(run: Slicing) {
  const { plan, pool, sink } = run
  const files = {
    read: (file: string) => sink.readText(file),
    write: (file: string, content: string) => writeAtomicWithRetry(sink, file, content)
  }
  return async (
    group: SliceGroup,
    file: string | undefined,
    priorSha: string | undefined
  ): Promise<{ product: SliceProduct; writeError?: unknown }> => {
    const { operations } = group
    const target = plan.targets.sliceTarget(group)
    if (pool?.hasRoom()) {
      try {
        const { product, writeFailure } = await pool.run({ operations, file, priorSha, target })
        if (!writeFailure) return { product }
        const writeError = Object.assign(new Error(writeFailure.message), { code: writeFailure.code })
        return { product, writeError }
      } catch (error) {
        if (!(error instanceof WorkerLostError)) throw error
      }
    }
    const index = plan.targets.indexFor(group)
    const overlays = plan.overlays.forOperations(operations, plan.servicesOf)
    const from32 = plan.spec.version === '3.2' && plan.converted.version !== '3.2'
    const product = sliceOne(index, operations, plan.converted.version, plan.serialize, {
      from32,
      overlays,
      target
    })
    if (product.overlayMatches) plan.overlays.record(overlays, product.overlayMatches)
    return { product, ...(await writeSlice(files, product, file, priorSha)) }
  }
}

/** One group's result: made, located, explained and written, or why not. */
function groupSlicer(run: Slicing, state: { stop?: SliceOasError }) {
  const { plan, output } = run
  const makeSlice = sliceMaker(run)
  const locateCauses = causeLocator(plan.spec.locate)
  const conversionNotes = new NotesByPlace(plan.converted.notes)
  return async (group: SliceGroup): Promise<SliceResult> => {
    const t0 = performance.now()
    const elapsedMs = () => Math.round(performance.now() - t0)
    const fileName = plan.names.get(group.id)!
    const file = output && resolveInside(output.dir, fileName)
    let made
    try {
      made = await makeSlice(group, state.stop ? undefined : file, output?.priorSha(fileName))
    } catch (error) {
      const reason = `slice-oas could not build this slice: ${error instanceof Error ? error.message : String(error)}`
      const failures = withCauses([{ phase: 'structure', reason }])
      return resultOf(plan, group, { status: 'FAIL', failures, elapsedMs: elapsedMs() })
    }
    const { product } = made
    locateCauses(product.failures)
    explainUnbundled(product.failures, plan.spec.unbundled)
    const notes = [
      ...product.notes,
      ...conversionNotes.within(group.operations, product.units),
      ...plan.targets.fixNotes(group, product.units)
    ]
    const { facts } = product
    if (product.failures.length > 0)
      return resultOf(plan, group, {
        status: 'FAIL',
        failures: product.failures,
        notes,
        facts,
        elapsedMs: elapsedMs()
      })
    if (made.writeError !== undefined) {
      state.stop ??= outputError(made.writeError, file!)
      return skippedResult(plan, group, `not written: ${state.stop.message}`, elapsedMs())
    }
    const { sha256, bytes } = product
    const change = output?.changeOf(fileName, sha256)
    return resultOf(plan, group, {
      status: 'PASS',
      notes,
      facts,
      sha256,
      bytes,
      change,
      elapsedMs: elapsedMs()
    })
  }
}
