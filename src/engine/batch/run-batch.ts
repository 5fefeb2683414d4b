/**
 * The one entry every front end calls: load, select, group, then slice every group in parallel with
 * p-map, validate, write atomically, stream index rows, and keep the manifest so runs resume and
 * re-runs are incremental. One slice's failure never stops the others; a fatal output error stops the
 * run cleanly with what was done recorded.
 */
import { availableParallelism } from 'node:os'
import path from 'node:path'
import pMap from 'p-map'
import { convertDocument } from '../convert/convert-document.js'
import { SliceOasError } from '../errors.js'
import type { Finding } from '../findings.js'
import { loadSpec, type LoadedSpec } from '../load/load-spec.js'
import type { SpecReader } from '../load/spec-reader.js'
import { defineLazy, enumerateOperations, type OperationInfo } from '../openapi/operations.js'
import { assignFileNames, resolveInside, shortHash } from '../output/file-names.js'
import { nodeFileSink, type FileSink } from '../output/file-sink.js'
import { compareRows, renderIndex, type IndexRow } from '../output/index-csv.js'
import { runInputs } from '../output/input-guard.js'
import type { ManifestEntry } from '../output/manifest.js'
import { closeOutput, openLiveIndex, openOutput } from '../output/output-state.js'
import { outputError, writeAtomicWithRetry } from '../output/retry.js'
import { NotesByPlace } from './notes-within.js'
import { extensionFor, serializerFor } from '../output/serialize.js'
import { createRequest, requestDigest, type BatchRequest, type BatchRequestInput } from '../request.js'
import { groupOperations, type SliceGroup } from '../select/group.js'
import { selectOperations } from '../select/select-operations.js'
import { assignServices } from '../select/services.js'
import type { Comparison } from '../compare/compare-base.js'
import { compareAgainstBase } from '../compare/load-base.js'
import { SpecIndex } from '../slice/spec-index.js'
import { withCauses } from '../validate/cause.js'
import { eventLoopTurns } from './event-loop-turns.js'
import { causeLocator, explainUnbundled } from './failure-causes.js'
import { indexRows, rowOrderKey } from './index-rows.js'
import { passGate } from './pass-gate.js'
import type { BatchResult, SliceResult } from './result.js'
import { sliceOne, type SliceProduct } from './slice-one.js'
import { SlicePool, WorkerLostError, type WorkerScript } from './slice-pool.js'

export interface BatchStart {
  /** Slices this run will attempt. */
  total: number
  operations: number
  spec: Pick<LoadedSpec, 'file' | 'sourceVersion' | 'format'>
  outputVersion: '3.0' | '3.1'
}

export interface BatchHooks {
  onStart?(start: BatchStart): void
  onSlice?(result: SliceResult, done: number, total: number): void
  onFinish?(result: BatchResult): void
  /** Another run holds the output folder's lock: this run waits for it (a bounded time). */
  onLockWait?(lockFile: string): void
}

export interface BatchPorts {
  fileSink?: FileSink
  specReader?: SpecReader
  /** The clock for `created_at`; front ends honour SOURCE_DATE_EPOCH here. */
  now?: () => Date
  /** Aborting stops scheduling new slices; slices in flight finish and the run ends as interrupted. */
  signal?: AbortSignal
  /**
   * The slice-pool worker entry. With it, concurrency above 1 and MIN_SLICES_FOR_WORKERS slices or more,
   * slices are made on this thread and one worker thread per other core; without it, on this thread.
   */
  workers?: WorkerScript
  /** How long a run waits for another run's lock on the output folder (tests shorten it). */
  lockWaitMs?: number
}

/**
 * Below this many slices a run stays on one thread. Most of a slice's cost is shared: each component is
 * validated, resolved and emitted once and memoised, and a worker thread must warm its own memos. On
 * the 2-core machine of docs/performance.md, GitHub's 1,223 slices and GHEC's 1,471 were measured
 * slower on two threads (2.24 s against 2.17 s, 5.18 s against 4.95 s), a 10,000-operation document
 * faster (7.1 to 8.4 s against 8.3 to 9.1 s) and 100,000 operations much faster (35 s against 54 s).
 */
export const MIN_SLICES_FOR_WORKERS = 2000

/** How long a run on one thread slices between two turns of the event loop (see event-loop-turns.ts). */
const TURN_EVERY_MS = 5

/** A run that stopped early (fatal output error or interruption), with what it had done. */
export class BatchStoppedError extends SliceOasError {
  readonly result: BatchResult
  constructor(cause: SliceOasError, result: BatchResult) {
    super(cause.code, cause.message, cause.location, { cause })
    this.result = result
  }
}

/** The deterministic shard (1-based) a group belongs to. */
export function shardOf(groupId: string, count: number): number {
  return (parseInt(shortHash(groupId, 8), 16) % count) + 1
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

/** The skip reason of the slices a stopped run never started; the index and progress leave them out. */
export const NOT_ATTEMPTED = 'not attempted: the run stopped'

/** What one slice came to; the group it was made from gives the rest of its result. */
type SliceOutcome = Pick<SliceResult, 'status'> &
  Partial<
    Pick<
      SliceResult,
      'failures' | 'notes' | 'facts' | 'sha256' | 'bytes' | 'change' | 'skipReason' | 'elapsedMs'
    >
  >

async function sliceAll(
  request: BatchRequest,
  started: number,
  hooks: BatchHooks,
  ports: BatchPorts,
  held: RunHolder
): Promise<BatchResult> {
  const sink = ports.fileSink ?? nodeFileSink
  const spec = await loadSpec(request.spec, {
    refRoot: request.refRoot,
    allowRemoteRefs: request.allowRemoteRefs,
    reader: ports.specReader
  })
  const converted = convertDocument(spec.doc, spec.version, request.outputVersion)
  const index = new SpecIndex(converted.doc)
  const conversionNotes = new NotesByPlace(converted.notes)
  const serialize = await serializerFor(request.format, spec.numberLiterals)
  const locateCauses = causeLocator(spec.locate)
  const enumerated = enumerateOperations(converted.doc, spec.locate)
  if (enumerated.length === 0 && converted.notes.some(note => note.code === 'CONVERT_WEBHOOK_DROPPED'))
    throw new SliceOasError(
      'SELECTION_EMPTY',
      'Every operation of the spec is a webhook, which OpenAPI 3.0 cannot express. Slice it as 3.1 (output-version 3.1 or auto).'
    )
  const operations = selectOperations(enumerated, request)
  const assignment =
    request.services.length > 0 ? assignServices(operations, request.services, request) : undefined
  const servicesOf = (operation: OperationInfo) => assignment?.servicesOf.get(operation.key) ?? []
  const servicesOfGroup = (group: SliceGroup) => [...new Set(group.operations.flatMap(servicesOf))]
  const allGroups = groupOperations(operations, request.groupBy, request.prefixDepth, servicesOf)
  const comparison = request.baseSpec
    ? await compareAgainstBase(
        request,
        converted.version,
        { index, operations, servicesOf, serialize },
        ports.specReader
      )
    : undefined
  const serviceCounts = request.services.map(service => ({
    service: service.name,
    operations: operations.filter(operation => servicesOf(operation).includes(service.name)).length
  }))
  const names = assignFileNames(
    allGroups.map(group => ({ id: group.id, stem: group.stem })),
    extensionFor(request.format)
  )
  const notes: Finding[] = [...spec.notes, ...(assignment?.notes ?? [])]
  for (const extension of index.leftOutRootExtensions()) {
    const note: Finding = {
      code: 'ROOT_EXTENSION_LEFT_OUT',
      severity: 'warning',
      message: `The root extension ${extension} belongs to no selected operation (it holds $refs, or webhook path items); slices leave it out rather than carry what no operation of theirs uses.`
    }
    defineLazy(note, 'location', () => spec.locate([extension]))
    notes.push(note)
  }
  for (const group of allGroups) {
    const name = names.get(group.id)!
    if (name !== group.stem + extensionFor(request.format)) {
      notes.push({
        code: 'FILE_NAME_COLLISION',
        severity: 'warning',
        message: `${group.label} would share a file name with another slice (case-insensitively or once made safe); it was written as ${name}.`,
        location: group.operations[0].location
      })
    }
  }
  const groups = request.shard
    ? allGroups.filter(group => shardOf(group.id, request.shard!.count) === request.shard!.index)
    : allGroups
  const outputDir = path.resolve(request.outputDir)
  const createdAt = (ports.now ?? (() => new Date()))().toISOString()
  const total = groups.length
  // Called once the output folder is the run's (after waiting for another run's lock, if any).
  const announce = () =>
    hooks.onStart?.({
      total,
      operations: groups.reduce((sum, group) => sum + group.operations.length, 0),
      spec: { file: spec.file, sourceVersion: spec.sourceVersion, format: spec.format },
      outputVersion: converted.version
    })

  const slices: SliceResult[] = []
  const report = (result: SliceResult) => {
    slices.push(result)
    hooks.onSlice?.(result, slices.length, total)
  }
  // Every result is made here, with every field in one order: a run keeps one per slice until it ends,
  // and objects of one shape share their hidden class (objects spread from others each got their own).
  const resultOf = (group: SliceGroup, outcome: SliceOutcome): SliceResult => ({
    groupId: group.id,
    label: group.label,
    fileName: names.get(group.id)!,
    operations: group.operations,
    services: servicesOfGroup(group),
    status: outcome.status,
    failures: outcome.failures ?? [],
    notes: outcome.notes ?? [],
    facts: outcome.facts,
    sha256: outcome.sha256,
    bytes: outcome.bytes,
    change: outcome.change,
    skipReason: outcome.skipReason,
    elapsedMs: outcome.elapsedMs ?? 0
  })
  const skipped = (group: SliceGroup, reason: string, elapsedMs = 0): SliceResult =>
    resultOf(group, { status: 'SKIPPED', skipReason: reason, elapsedMs })

  if (request.dryRun) {
    announce()
    for (const group of groups) report(skipped(group, 'dry run: not written'))
    const result = summarize({
      request,
      outputDir,
      slices,
      notes,
      started,
      dryRun: true,
      removed: [],
      hasPreviousRun: false,
      threads: 1,
      serviceCounts,
      comparison
    })
    hooks.onFinish?.(result)
    return result
  }

  const output = await openOutput(sink, {
    dir: outputDir,
    planned: new Map(groups.map(group => [names.get(group.id)!, group.operations.map(op => op.key)])),
    index: request.index,
    overwrite: request.overwrite,
    inputs: runInputs(request),
    digests: {
      inputDigest: spec.digest,
      requestDigest: requestDigest(request),
      ...(request.shard ? { shard: request.shard } : {})
    },
    lockWaitMs: ports.lockWaitMs,
    onLockWait: hooks.onLockWait
  })
  held.lock = output.lock
  notes.push(...output.notes)
  announce()
  const writeFile = (file: string, content: string) => writeAtomicWithRetry(sink, file, content)

  // This thread slices too, beside one worker per other core. Workers write with node:fs themselves, so
  // an injected file sink keeps all slicing on this thread.
  const workerCount = Math.min(request.concurrency, ports.workers?.cores ?? availableParallelism()) - 1
  const minSlices = ports.workers?.minSlices ?? MIN_SLICES_FOR_WORKERS
  const pool =
    ports.workers && !ports.fileSink && workerCount > 0 && groups.length >= minSlices
      ? (held.pool = new SlicePool(ports.workers, workerCount, converted.doc, {
          outputVersion: converted.version,
          format: request.format,
          numberLiterals: spec.numberLiterals
        }))
      : undefined
  /** Makes a slice and, when it passes and `file` is given, writes it; write errors are returned. */
  const makeSlice = async (
    operations: readonly OperationInfo[],
    file: string | undefined,
    priorSha: string | undefined
  ): Promise<{ product: SliceProduct; writeError?: unknown }> => {
    if (pool?.hasRoom()) {
      try {
        const { product, writeFailure } = await pool.run({ operations, file, priorSha })
        if (!writeFailure) return { product }
        return {
          product,
          writeError: Object.assign(new Error(writeFailure.message), { code: writeFailure.code })
        }
      } catch (error) {
        if (!(error instanceof WorkerLostError)) throw error
      }
    }
    const product = sliceOne(index, operations, converted.version, serialize)
    if (!file || product.failures.length > 0) return { product }
    try {
      // A file the manifest already proves is read back first, so an unchanged slice is not rewritten.
      if (priorSha !== product.sha256 || (await sink.readText(file)) !== product.content)
        await writeFile(file, product.content)
    } catch (error) {
      return { product, writeError: error }
    }
    return { product }
  }

  // The rows are made again for the sorted index at the end rather than kept: the results hold them.
  const rowsOf = (result: SliceResult): IndexRow[] =>
    indexRows(result, converted.doc, createdAt, converted.version, servicesOf)
  const live = output.indexPath ? openLiveIndex(sink, output.indexPath) : undefined
  // Slices are made in the index's order. When they also finish in it (one thread, one operation per
  // slice), the live index is already the sorted one and is not written again at the end.
  const orderKey = (group: SliceGroup) => rowOrderKey(group.operations[0], names.get(group.id)!)
  const byIndexOrder = (a: SliceGroup, b: SliceGroup) => compareRows(orderKey(a), orderKey(b))
  let stop: SliceOasError | undefined
  const onAbort = () =>
    (stop ??= new SliceOasError(
      'INTERRUPTED',
      'The run was interrupted; run it again to resume where it stopped.'
    ))
  ports.signal?.addEventListener('abort', onAbort)
  if (ports.signal?.aborted) onAbort()

  // Workers wait for this thread to take their answers and send them more, so with a pool every slice
  // gives the event loop a turn; alone, a turn every few milliseconds keeps signals and timers prompt.
  const turn = eventLoopTurns(pool ? 0 : TURN_EVERY_MS)
  try {
    await pMap(
      [...groups].sort(byIndexOrder),
      async group => {
        await turn()
        if (stop) return report(skipped(group, NOT_ATTEMPTED))
        const result = await sliceGroup(group)
        if (live) for (const row of rowsOf(result)) live.write(row)
        report(result)
      },
      // Room for every worker's queue, and for this thread's own slices while their writes finish.
      {
        concurrency: pool ? SlicePool.DEPTH * pool.size + request.concurrency : request.concurrency
      }
    )
  } finally {
    ports.signal?.removeEventListener('abort', onAbort)
  }
  if (pool?.lostReason) {
    notes.push({
      code: 'WORKER_LOST',
      severity: 'warning',
      message: `A slice worker thread stopped (${pool.lostReason}); its slices were made on the main thread instead.`
    })
  }

  async function sliceGroup(group: SliceGroup): Promise<SliceResult> {
    const t0 = performance.now()
    const elapsedMs = () => Math.round(performance.now() - t0)
    const fileName = names.get(group.id)!
    const file = resolveInside(outputDir, fileName)
    const prior = output.priorSha(fileName)
    let made
    try {
      made = await makeSlice(group.operations, stop ? undefined : file, prior)
    } catch (error) {
      const reason = `slice-oas could not build this slice: ${error instanceof Error ? error.message : String(error)}`
      return resultOf(group, {
        status: 'FAIL',
        failures: withCauses([{ phase: 'structure', reason }]),
        elapsedMs: elapsedMs()
      })
    }
    const { product } = made
    locateCauses(product.failures)
    explainUnbundled(product.failures, spec.unbundled)
    const notes = [...product.notes, ...conversionNotes.within(group.operations, product.units)]
    if (product.failures.length > 0) {
      return resultOf(group, {
        status: 'FAIL',
        failures: product.failures,
        notes,
        facts: product.facts,
        elapsedMs: elapsedMs()
      })
    }
    if (made.writeError !== undefined) {
      stop ??= outputError(made.writeError, file)
      return skipped(group, `not written: ${stop.message}`, elapsedMs())
    }
    return resultOf(group, {
      status: 'PASS',
      notes,
      facts: product.facts,
      sha256: product.sha256,
      bytes: product.bytes,
      change: output.changeOf(fileName, product.sha256),
      elapsedMs: elapsedMs()
    })
  }

  // The sorted index replaces the live one; failed slices leave no stale file of an earlier run behind.
  const finalFiles: Record<string, ManifestEntry> = {}
  for (const slice of slices) {
    if (slice.status === 'PASS')
      finalFiles[slice.fileName] = { sha256: slice.sha256!, operations: slice.operations.map(op => op.key) }
  }
  const sortedIndex = () =>
    renderIndex(slices.filter(slice => slice.skipReason !== NOT_ATTEMPTED).flatMap(rowsOf))
  const closed = await closeOutput(sink, output, {
    live,
    sortedIndex: stop || !live?.inOrder ? sortedIndex : undefined,
    finalFiles,
    stopped: stop !== undefined
  })
  stop ??= closed.error
  const removed = closed.removed

  const result = summarize({
    request,
    outputDir,
    indexPath: output.indexPath,
    slices,
    notes,
    started,
    dryRun: false,
    removed: removed.sort(),
    hasPreviousRun: output.previous !== undefined,
    threads: 1 + (pool?.workersUsed ?? 0),
    stoppedBy: stop?.message,
    serviceCounts,
    comparison
  })
  hooks.onFinish?.(result)
  if (stop) throw new BatchStoppedError(stop, result)
  return result
}

interface SummaryInput {
  request: BatchRequest
  outputDir: string
  indexPath?: string
  slices: SliceResult[]
  notes: Finding[]
  started: number
  dryRun: boolean
  removed: string[]
  hasPreviousRun: boolean
  threads: number
  stoppedBy?: string
  serviceCounts: { service: string; operations: number }[]
  comparison?: Comparison
}

function summarize(input: SummaryInput): BatchResult {
  const slices = [...input.slices].sort((a, b) =>
    a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0
  )
  const passed = slices.filter(slice => slice.status === 'PASS')
  const failed = slices.filter(slice => slice.status === 'FAIL')
  const attempted = passed.length + failed.length
  const gate = passGate({
    passed: passed.length,
    failed: failed.length,
    minPassRate: input.request.minPassRate,
    stopped: input.stoppedBy !== undefined
  })
  const seen = new Set<string>()
  const notes = [...input.notes, ...slices.flatMap(slice => slice.notes)].filter(note => {
    const key = `${note.code}\0${note.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return {
    total: slices.length,
    operations: slices.reduce((sum, slice) => sum + slice.operations.length, 0),
    extracted: passed.length,
    failed: failed.length,
    skipped: slices.length - attempted,
    passRate: gate.passRate,
    minPassRate: input.request.minPassRate,
    passed: gate.passed,
    elapsedMs: Date.now() - input.started,
    outputDir: input.outputDir,
    indexPath: input.indexPath,
    dryRun: input.dryRun,
    failures: failed.flatMap(slice =>
      slice.operations.map(op => ({
        path: op.path,
        method: op.method.toUpperCase(),
        phase: slice.failures[0].phase,
        reason: slice.failures[0].reason,
        location: op.location,
        fileName: slice.fileName,
        cause: slice.failures[0].cause
      }))
    ),
    files: passed.map(slice => slice.fileName),
    added: passed.filter(slice => slice.change === 'added').map(slice => slice.fileName),
    changed: passed.filter(slice => slice.change === 'changed').map(slice => slice.fileName),
    removed: input.removed,
    hasPreviousRun: input.hasPreviousRun,
    threads: input.threads,
    unchanged: passed.filter(slice => slice.change === 'unchanged').map(slice => slice.fileName),
    notes,
    slices,
    stoppedBy: input.stoppedBy,
    ...(input.serviceCounts.length > 0 ? { serviceCounts: input.serviceCounts } : {}),
    ...(input.comparison ? { comparison: input.comparison } : {})
  }
}
