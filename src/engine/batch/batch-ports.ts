/** What a front end gives a run besides its request: hooks that watch it, and ports to the outside. */
import type { LoadedSpec } from '../load/load-spec.js'
import type { SpecReader } from '../load/spec-reader.js'
import type { FileSink } from '../output/file-sink.js'
import type { BatchResult, SliceResult } from './result.js'
import type { WorkerScript } from './slice-pool.js'

export interface BatchStart {
  /** Slices this run will attempt. */
  total: number
  operations: number
  spec: Pick<LoadedSpec, 'file' | 'sourceVersion' | 'format'>
  outputVersion: '3.0' | '3.1' | '3.2'
  /** A dry run validates every slice and writes none. */
  dryRun?: boolean
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
