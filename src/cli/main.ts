/**
 * The slice-oas command: parses flags into a batch request, shows progress, prints a plain summary,
 * and maps the outcome onto exit codes. No stack traces unless --verbose.
 */
import {
  BatchStoppedError,
  describeError,
  isSliceOasError,
  findConfigFile,
  loadConfig,
  mergeWithConfig,
  NOT_ATTEMPTED,
  runBatch,
  sourceDateClock,
  VERSION,
  type BatchResult,
  type WorkerScript
} from '../engine/index.js'
import { HELP, parseCliArgs } from './args.js'
import { colourEnabled, painter } from './colour.js'
import { reportBreaking } from './breaking.js'
import { EXIT } from './exit-codes.js'
import { mergeCommand } from './merge.js'
import { ConsoleProgress } from './progress.js'
import { SourceFrames } from './source-frames.js'
import { printSummary } from './summary.js'

export { EXIT }

export interface CliIo {
  stdout: { write(text: string): void; isTTY?: boolean }
  stderr: { write(text: string): void; isTTY?: boolean }
  env: Record<string, string | undefined>
  /** Aborted on SIGINT/SIGTERM. */
  signal?: AbortSignal
  /** Called when the first slice is made: from then on a signal lets the run stop on its own. */
  onSlicingStarted?(): void
  /** The slice-pool worker entry beside the bundle; without it, slices are made on one thread. */
  workers?: WorkerScript
}

export function exitCodeFor(error: unknown): number {
  if (!isSliceOasError(error)) return EXIT.internal
  switch (error.category) {
    case 'usage':
      return EXIT.usage
    case 'missing':
      return EXIT.inputMissing
    case 'input':
      return EXIT.inputInvalid
    case 'output':
    case 'interrupted':
      return EXIT.partial
    default:
      return EXIT.internal
  }
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let verbose = argv.includes('--verbose') || argv.includes('-v')
  try {
    if (argv[0] === 'merge') return await mergeCommand(argv.slice(1), io)
    const options = parseCliArgs(argv)
    verbose = options.verbose
    if (options.help) {
      io.stdout.write(HELP + '\n')
      return EXIT.ok
    }
    if (options.version) {
      io.stdout.write(`slice-oas ${VERSION}\n`)
      return EXIT.ok
    }
    // slice-oas.config.yaml in the working directory is read when no other config is named.
    const configFile = findConfigFile(options.config, '.')
    const config = configFile ? (await loadConfig(configFile)).options : undefined
    const request = mergeWithConfig(config, options.request)
    const progress = new ConsoleProgress({
      write: text => io.stderr.write(text),
      isTTY: Boolean(io.stderr.isTTY)
    })
    let sliced = 0
    const result = await runBatch(
      { ...request, spec: request.spec ?? '' },
      {
        onStart: start => progress.start(start),
        onSlice: slice => {
          // Until the first slice the run has written nothing it could not resume from.
          if (sliced === 0) io.onSlicingStarted?.()
          // The slices a stopped run never started are not progress.
          if (slice.skipReason !== NOT_ATTEMPTED) progress.update(++sliced)
        },
        onFinish: result => progress.finish(result.stoppedBy ? { skipped: result.skipped } : {}),
        onLockWait: file =>
          io.stderr.write(`Waiting for another run to finish with the output folder (${file})…\n`)
      },
      { now: sourceDateClock(io.env.SOURCE_DATE_EPOCH), signal: io.signal, workers: io.workers }
    )
    summarise(result, io, verbose)
    return reportBreaking(result, io, verbose, result.passed ? EXIT.ok : EXIT.belowMinimum)
  } catch (error) {
    if (error instanceof BatchStoppedError) summarise(error.result, io, verbose)
    reportError(error, io, verbose)
    return exitCodeFor(error)
  }
}

function summarise(result: BatchResult, io: CliIo, verbose: boolean): void {
  const paint = painter(colourEnabled(io.stdout, io.env))
  const out = (line = '') => io.stdout.write(line + '\n')
  printSummary(result, { out, paint, verbose, frames: new SourceFrames(paint) })
}

/** The error that ended the run: its code, sentence and place, and the source lines around the place. */
function reportError(error: unknown, io: CliIo, verbose: boolean): void {
  const paint = painter(colourEnabled(io.stderr, io.env))
  io.stderr.write(`${paint('red', 'slice-oas:')} ${describeError(error)}\n`)
  if (isSliceOasError(error) && !(error instanceof BatchStoppedError))
    for (const line of new SourceFrames(paint).frame(error.location, '  ')) io.stderr.write(line + '\n')
  if (verbose && error instanceof Error && !isSliceOasError(error) && error.stack)
    io.stderr.write(error.stack + '\n')
}
