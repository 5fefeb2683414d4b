/** A shard of a job split over n runners: `i/n`, and which shard each group of slices falls in. */
import { SliceOasError } from '../errors.js'
import { shortHash } from '../output/file-names.js'

export interface Shard {
  /** 1-based. */
  index: number
  count: number
}

/** Parses `i/n` (1-based). */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text)
  const index = match ? Number(match[1]) : NaN
  const count = match ? Number(match[2]) : NaN
  if (!match || count < 1 || index < 1 || index > count)
    throw new SliceOasError(
      'REQUEST_INVALID',
      `shard must look like i/n with 1 ≤ i ≤ n, for example 2/4; got "${text}".`
    )
  return { index, count }
}

/** The deterministic shard (1-based) a group belongs to. */
export function shardOf(groupId: string, count: number): number {
  return (parseInt(shortHash(groupId, 8), 16) % count) + 1
}
