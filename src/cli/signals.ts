/**
 * SIGINT and SIGTERM end a run within about two seconds wherever it is, with exit code 75 and the
 * interrupted message printed once:
 * - before the first slice (loading, bundling, comparing with the base, preparing the output folder) the
 *   run has written nothing it could not resume from, so the process ends at once;
 * - once slices are being made the run is aborted: it starts no more slices and records what it did. If it
 *   has not ended after GRACE_MS, the process ends anyway: every file is written atomically and the
 *   manifest already says the run is incomplete, so the next run resumes;
 * - a second signal ends the process at once.
 * A handler runs between two turns of the event loop, so one long synchronous step delays it.
 */
// Only these small modules: the handler is installed before the rest of the CLI loads.
import { describeError, SliceOasError } from '../engine/errors.js'
import { EXIT } from './exit-codes.js'

export const GRACE_MS = 1500

const SIGNALS = ['SIGINT', 'SIGTERM'] as const

/** The parts of `process` used here, so that tests can stand in for it. */
export interface SignalTarget {
  on(signal: (typeof SIGNALS)[number], listener: () => void): unknown
  off(signal: (typeof SIGNALS)[number], listener: () => void): unknown
  exit(code: number): void
}

export interface Interruption {
  /** Aborted on the first signal. */
  readonly signal: AbortSignal
  /** The run has made its first slice: from now on a signal lets it stop on its own, for a while. */
  slicingStarted(): void
  /** The run has ended and reported itself: signals are no longer handled here. */
  dispose(): void
}

export function handleSignals(
  target: SignalTarget,
  stderr: { write(text: string): void; isTTY?: boolean },
  graceMs = GRACE_MS
): Interruption {
  const controller = new AbortController()
  let slicing = false
  let grace: ReturnType<typeof setTimeout> | undefined
  const exitNow = () => {
    dispose()
    const error = new SliceOasError(
      'INTERRUPTED',
      'The run was interrupted; run it again to resume where it stopped.'
    )
    // On a terminal, the progress line may still be open.
    stderr.write(`${stderr.isTTY ? '\n' : ''}slice-oas: ${describeError(error)}\n`)
    target.exit(EXIT.partial)
  }
  const onSignal = () => {
    if (controller.signal.aborted || !slicing) return exitNow()
    controller.abort()
    grace = setTimeout(exitNow, graceMs)
    grace.unref()
  }
  const dispose = () => {
    clearTimeout(grace)
    for (const name of SIGNALS) target.off(name, onSignal)
  }
  for (const name of SIGNALS) target.on(name, onSignal)
  return {
    signal: controller.signal,
    slicingStarted: () => {
      slicing = true
    },
    dispose
  }
}
