/**
 * Slicing and writing on the batch's thread are synchronous, so the batch hands the event loop a turn
 * between slices: without one, signals, timers, the live index's writes and the workers' answers would
 * wait for the whole run.
 */
import { setImmediate as nextTurn } from 'node:timers/promises'

/**
 * A function to call before each slice. It takes a turn of the event loop when `everyMs` milliseconds
 * have passed since the last turn ended, and on every call when `everyMs` is 0: each turn is a whole
 * pass of the loop, poll included, too dear to take before every slice (docs/performance.md has the
 * figures). Calls that start together (concurrency above 1) all wait for the same turn.
 */
export function eventLoopTurns(everyMs: number): () => Promise<void> | undefined {
  let lastTurn = -Infinity
  const ended = () => {
    lastTurn = performance.now()
  }
  return () => (performance.now() - lastTurn < everyMs ? undefined : nextTurn().then(ended))
}
