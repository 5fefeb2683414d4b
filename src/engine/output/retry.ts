/**
 * Sorts file-system errors into transient (retried with exponential backoff, at most 3 attempts) and
 * fatal (the run stops cleanly), and turns fatal ones into plain, typed errors.
 */
import { SliceOasError } from '../errors.js'
import type { FileSink } from './file-sink.js'

const TRANSIENT = new Set(['EMFILE', 'ENFILE', 'EBUSY', 'EAGAIN', 'ETIMEDOUT', 'ECONNRESET'])
export const MAX_ATTEMPTS = 3

export function isTransient(error: unknown): boolean {
  return TRANSIENT.has((error as NodeJS.ErrnoException)?.code ?? '')
}

/**
 * The rule both retry loops follow: how long to wait before the next attempt, with exponential backoff;
 * a fatal error, or a transient one on the last attempt, is thrown again instead.
 */
function delayBeforeRetry(error: unknown, attempt: number, baseDelayMs: number): number {
  if (!isTransient(error) || attempt >= MAX_ATTEMPTS) throw error
  return baseDelayMs * 2 ** (attempt - 1)
}

export async function withRetry<T>(action: () => Promise<T>, baseDelayMs = 25): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action()
    } catch (error) {
      const delay = delayBeforeRetry(error, attempt, baseDelayMs)
      await new Promise(resolve => setTimeout(resolve, delay))
    }
  }
}

/** `withRetry` for synchronous actions (worker threads, where blocking is fine). */
export function withRetrySync<T>(action: () => T, baseDelayMs = 25): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return action()
    } catch (error) {
      Atomics.wait(
        new Int32Array(new SharedArrayBuffer(4)),
        0,
        0,
        delayBeforeRetry(error, attempt, baseDelayMs)
      )
    }
  }
}

/** A fatal output error as the user should read it. */
export function outputError(error: unknown, target: string): SliceOasError {
  if (error instanceof SliceOasError) return error
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new SliceOasError(
      'DISK_FULL',
      `The disk is full while writing ${target}; free some space and run again (finished slices are kept).`,
      undefined,
      { cause: error }
    )
  }
  if (code === 'EISDIR') {
    return new SliceOasError(
      'OUTPUT_NOT_WRITABLE',
      `${target} is a folder, where slice-oas writes a file; move or rename that folder, or choose another output-dir.`,
      undefined,
      { cause: error }
    )
  }
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    return new SliceOasError(
      'OUTPUT_NOT_WRITABLE',
      `The output directory ${target} is a file; choose a folder for output-dir.`,
      undefined,
      { cause: error }
    )
  }
  return new SliceOasError(
    'OUTPUT_NOT_WRITABLE',
    `slice-oas cannot write ${target} (${code ?? 'unknown error'}); check that output-dir is a writable folder.`,
    undefined,
    { cause: error }
  )
}

/** An atomic write through the sink, transient errors retried, fatal ones as plain typed errors. */
export function writeAtomicWithRetry(sink: FileSink, file: string, content: string): Promise<void> {
  return withRetry(() => sink.writeAtomic(file, content)).catch(error =>
    Promise.reject(outputError(error, file))
  )
}
