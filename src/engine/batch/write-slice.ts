/**
 * Writes a made slice, on the batch's thread and in a worker alike: only a passing slice with a file to
 * go to, and a file the manifest already proves is read back first, so an unchanged slice is not
 * rewritten. A write error is returned, not thrown: the caller decides what it stops.
 */
import type { SliceProduct } from './slice-one.js'

/** How a thread reads and writes slice files (the worker's calls are synchronous). */
export interface SliceFiles {
  read(file: string): Promise<string | undefined> | string | undefined
  write(file: string, content: string): Promise<void> | void
}

export async function writeSlice(
  files: SliceFiles,
  product: Pick<SliceProduct, 'content' | 'sha256' | 'failures'>,
  file: string | undefined,
  priorSha: string | undefined
): Promise<{ writeError?: unknown }> {
  if (!file || product.failures.length > 0) return {}
  try {
    if (priorSha !== product.sha256 || (await files.read(file)) !== product.content)
      await files.write(file, product.content)
  } catch (error) {
    return { writeError: error }
  }
  return {}
}
