/**
 * The output folder's state around a run: opening it (folder, lock, leftovers, previous manifest, what
 * the run may replace, the manifest as `running`) and closing it (the final index, stale files, the
 * manifest as `complete`). The lock is held from opening until the run releases it, however it ends.
 */
import path from 'node:path'
import type { SliceOasError } from '../errors.js'
import type { Finding } from '../findings.js'
import { entryPath } from './file-names.js'
import type { AtomicStream, FileSink } from './file-sink.js'
import { CHANGES_NAME } from './changes-json.js'
import { compareRows, INDEX_NAME, openIndexStream, type IndexRow } from './index-csv.js'
import { refuseOverwritingInputs, type RunInput } from './input-guard.js'
import { acquireOutputLock, type OutputLock } from './lock.js'
import { MANIFEST_NAME, readManifest, renderManifest, type Manifest, type ManifestEntry } from './manifest.js'
import { checkOwnership } from './ownership.js'
import { outputError, writeAtomicWithRetry } from './retry.js'

export interface OutputPlan {
  dir: string
  /** Each slice file the run may write, with the keys of its operations. */
  planned: ReadonlyMap<string, readonly string[]>
  index: boolean
  /** Whether the run writes changes.json (it has a base spec). */
  changes?: boolean
  overwrite: boolean
  /** The files the run reads, which it must never replace. */
  inputs: readonly RunInput[]
  digests: Pick<Manifest, 'inputDigest' | 'requestDigest' | 'shard'>
  lockWaitMs?: number
  /** Told the lock file's path when the run must wait for another run. */
  onLockWait?: (file: string) => void
}

export interface OutputState {
  dir: string
  indexPath?: string
  previous?: Manifest
  /** Findings about the folder (an unreadable manifest). */
  notes: Finding[]
  lock: OutputLock
  /** The hash the previous manifest proves for a file still on disk; undefined otherwise. */
  priorSha(name: string): string | undefined
  /** How a passing slice's file changed against the previous run; one the disk lost counts as changed. */
  changeOf(name: string, sha256: string): 'added' | 'changed' | 'unchanged'
  /** What the `running` manifest lists: the previous files and every file this run may write. */
  owned: Record<string, ManifestEntry>
  digests: OutputPlan['digests']
  planned: OutputPlan['planned']
  disowned: ReadonlySet<string>
}

export async function openOutput(sink: FileSink, plan: OutputPlan): Promise<OutputState> {
  const { dir } = plan
  try {
    await sink.prepareDir(dir)
  } catch (error) {
    throw outputError(error, dir)
  }
  const lock = await acquireOutputLock(dir, plan.lockWaitMs, plan.onLockWait).catch(error => {
    throw outputError(error, dir)
  })
  try {
    return await openLocked(sink, plan, lock)
  } catch (error) {
    lock.release()
    throw error
  }
}

async function openLocked(sink: FileSink, plan: OutputPlan, lock: OutputLock): Promise<OutputState> {
  const { dir, planned } = plan
  try {
    for (const leftover of await sink.listTemporary(dir)) await sink.remove(leftover)
  } catch (error) {
    throw outputError(error, dir)
  }
  const manifestPath = entryPath(dir, MANIFEST_NAME)
  const { previous, note, missing, disowned } = await checkOutput(sink, plan)
  const owned: Record<string, ManifestEntry> = Object.create(null)
  for (const [name, entry] of Object.entries(previous?.files ?? {}))
    if (!disowned.has(name)) owned[name] = entry
  for (const [name, operations] of planned)
    owned[name] = previous?.files[name] ?? { sha256: null, operations: [...operations] }
  await writeAtomicWithRetry(
    sink,
    manifestPath,
    renderManifest({ state: 'running', ...plan.digests, files: owned })
  )
  return {
    dir,
    indexPath: plan.index ? path.join(dir, INDEX_NAME) : undefined,
    previous,
    notes: note ? [note] : [],
    lock,
    priorSha: name => (missing.has(name) ? undefined : (previous?.files[name]?.sha256 ?? undefined)),
    changeOf(name, sha256) {
      const prior = previous?.files[name]?.sha256
      if (!prior) return 'added'
      return prior === sha256 && !missing.has(name) ? 'unchanged' : 'changed'
    },
    owned,
    digests: plan.digests,
    planned,
    disowned
  }
}

/**
 * What the run would refuse in the folder, found without writing: its inputs among the files it would
 * write or remove, and files it did not write. A dry run checks the same.
 */
export async function checkOutput(sink: FileSink, plan: OutputPlan) {
  const { dir, planned } = plan
  const manifestPath = entryPath(dir, MANIFEST_NAME)
  const { manifest: previous, note } = readManifest(await sink.readText(manifestPath), manifestPath)
  const targets = [
    ...planned.keys(),
    ...(plan.index ? [INDEX_NAME] : []),
    ...(plan.changes ? [CHANGES_NAME] : []),
    MANIFEST_NAME
  ]
  const stale = Object.keys(previous?.files ?? {}).filter(name => !planned.has(name))
  await refuseOverwritingInputs(dir, [...targets, ...stale], plan.inputs)
  const ownership = await checkOwnership({
    dir,
    targets,
    previous,
    manifestUnreadable: note !== undefined,
    overwrite: plan.overwrite
  })
  return { previous, note, ...ownership }
}

/** The index written while the run goes, into a temporary file that becomes index.csv at the end. */
export interface LiveIndex {
  write(row: IndexRow): void
  /** Whether every row so far came in the index's order, so that the live index is the sorted one. */
  readonly inOrder: boolean
  file: AtomicStream
  close(): Promise<void>
}

export function openLiveIndex(sink: FileSink, indexPath: string): LiveIndex {
  const file = sink.openAtomicStream(indexPath)
  const writer = openIndexStream(file.stream)
  let last: IndexRow | undefined
  let inOrder = true
  return {
    write(row) {
      if (last && compareRows(last, row) > 0) inOrder = false
      last = row
      writer.write(row)
    },
    get inOrder() {
      return inOrder
    },
    file,
    close: () => writer.close()
  }
}

export interface OutputEnd {
  live?: LiveIndex
  /** The sorted index, when the live one is not final (slices finished out of order, or the run stopped). */
  sortedIndex?: () => string
  /** The text of changes.json, when the run has a base spec. */
  changes?: string
  /** The files this run wrote or proved, as the final manifest lists them. */
  finalFiles: Record<string, ManifestEntry>
  stopped: boolean
}

/** Ends the run's writing; returns the stale files removed, and the error that stopped it, if any. */
export async function closeOutput(
  sink: FileSink,
  state: OutputState,
  end: OutputEnd
): Promise<{ removed: string[]; error?: SliceOasError }> {
  const removed: string[] = []
  try {
    if (state.indexPath) await finishIndex(sink, state.indexPath, end)
    if (end.changes !== undefined)
      await writeAtomicWithRetry(sink, entryPath(state.dir, CHANGES_NAME), end.changes)
    // Without a base spec, an earlier run's changes.json would describe another comparison.
    else if (!end.stopped && state.previous) await sink.remove(entryPath(state.dir, CHANGES_NAME))
    if (!end.stopped) {
      for (const name of Object.keys(state.previous?.files ?? {})) {
        if (end.finalFiles[name] || state.disowned.has(name)) continue
        const file = entryPath(state.dir, name)
        await sink.remove(file).catch(error => Promise.reject(outputError(error, file)))
        if (!state.planned.has(name)) removed.push(name)
      }
    }
    const files = end.stopped ? { ...state.owned, ...end.finalFiles } : end.finalFiles
    await writeAtomicWithRetry(
      sink,
      entryPath(state.dir, MANIFEST_NAME),
      renderManifest({ state: end.stopped ? 'running' : 'complete', ...state.digests, files })
    )
  } catch (error) {
    return { removed, error: outputError(error, state.dir) }
  }
  return { removed }
}

async function finishIndex(sink: FileSink, indexPath: string, end: OutputEnd): Promise<void> {
  try {
    await end.live?.close()
    if (end.live && !end.sortedIndex) await end.live.file.commit()
  } catch (error) {
    await end.live?.file.discard()
    throw outputError(error, indexPath)
  }
  if (!end.sortedIndex) return
  await end.live?.file.discard()
  await writeAtomicWithRetry(sink, indexPath, end.sortedIndex())
}
