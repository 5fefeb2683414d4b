/**
 * The slice-oas command: parses flags into a batch request, shows progress, prints a plain summary,
 * and maps the outcome onto exit codes. No stack traces unless --verbose.
 */
import path from 'node:path'
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
import { reportBreaking } from './breaking.js'
import { printFailures } from './failures.js'
import { EXIT } from './exit-codes.js'
import { mergeCommand } from './merge.js'
import { ConsoleProgress, formatDuration } from './progress.js'

export { EXIT }

export interface CliIo {
  stdout: { write(text: string): void; isTTY?: boolean }
  stderr: { write(text: string): void }
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
      isTTY: Boolean(io.stdout.isTTY)
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
        onFinish: () => progress.finish(),
        onLockWait: file =>
          io.stderr.write(`Waiting for another run to finish with the output folder (${file})…\n`)
      },
      { now: sourceDateClock(io.env.SOURCE_DATE_EPOCH), signal: io.signal, workers: io.workers }
    )
    printSummary(result, io, verbose)
    return reportBreaking(result, io, verbose, result.passed ? EXIT.ok : EXIT.belowMinimum)
  } catch (error) {
    if (error instanceof BatchStoppedError) printSummary(error.result, io, verbose)
    io.stderr.write(`slice-oas: ${describeError(error)}\n`)
    if (verbose && error instanceof Error && !isSliceOasError(error) && error.stack)
      io.stderr.write(error.stack + '\n')
    return exitCodeFor(error)
  }
}

export function printSummary(result: BatchResult, io: CliIo, verbose: boolean): void {
  const out = (line = '') => io.stdout.write(line + '\n')
  const rel = (file: string) => {
    const relative = path.relative(process.cwd(), file)
    return relative === '' ? '.' : relative.startsWith('..') ? file : relative
  }
  if (result.dryRun) {
    out(`Dry run: ${result.total} slice(s) would be written to ${rel(result.outputDir)}:`)
    for (const slice of result.slices) out(`  ${slice.label} → ${slice.fileName}`)
    // What a preview is for: the comparison with the base and the warnings (orphans, losses) too.
    printComparison(result, out, verbose)
    printWarnings(result, out, verbose)
    return
  }
  const seconds = result.elapsedMs / 1000
  const verdict = result.passed ? 'Done' : result.stoppedBy ? 'Stopped' : 'Failed'
  out(
    `${verdict}: ${result.extracted} slice(s) written, ${result.failed} failed, ${result.skipped} skipped · pass rate ${result.passRate}% (minimum ${result.minPassRate}%) · ${formatDuration(result.elapsedMs)}${seconds > 0 ? ` (${(result.total / seconds).toFixed(0)} slices/s)` : ''}${result.threads > 1 ? ` on ${result.threads} threads` : ''}`
  )
  out(
    `Changes: ${result.added.length} added, ${result.changed.length} changed, ${result.removed.length} removed, ${result.unchanged.length} unchanged.`
  )
  out(
    `Slices are in ${rel(result.outputDir)}${result.indexPath ? `; the index is ${rel(result.indexPath)}` : ''}.`
  )
  printComparison(result, out, verbose)
  printFailures(result, out, verbose, rel)
  printWarnings(result, out, verbose)
}

function printComparison(result: BatchResult, out: (line: string) => void, verbose: boolean): void {
  if (!result.comparison) return
  out(result.comparison.headline)
  for (const change of result.comparison.operations
    .filter(op => op.change !== 'unchanged')
    .slice(0, verbose ? undefined : 20)) {
    out(
      `  ${change.change.padEnd(7)} ${change.operation} [${change.services.join(', ')}]${change.kinds.length ? ` ${change.kinds.join(', ')}` : ''}`
    )
  }
}

function printWarnings(result: BatchResult, out: (line: string) => void, verbose: boolean): void {
  const warnings = result.notes.filter(note => note.severity === 'warning')
  if (warnings.length === 0) return
  out(`${warnings.length} warning(s)${verbose ? ':' : ' (use --verbose to list them).'}`)
  if (verbose) for (const warning of warnings) out(`  ${warning.code}: ${warning.message}`)
}
