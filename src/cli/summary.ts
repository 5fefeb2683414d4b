/**
 * The plain summary a run prints: the verdict, the output folder's FILES against the previous run (new,
 * rewritten, deleted, unchanged), the OPERATIONS against the base spec (added, removed, changed), the
 * failures by cause and the warnings.
 */
import path from 'node:path'
import type { BatchResult, Comparison } from '../engine/index.js'
import type { Paint } from './colour.js'
import { printFailures } from './failures.js'
import { formatDuration, plural, sliceRate } from './progress.js'
import type { SourceFrames } from './source-frames.js'

/** Changes since the base spec listed without --verbose. */
const SHOWN_CHANGES = 20

export interface SummaryOutput {
  out(line?: string): void
  paint: Paint
  verbose: boolean
  frames?: SourceFrames
}

/** A file as the reader knows it: relative to the working folder when inside it. */
export function relativeFile(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}

export function printSummary(result: BatchResult, output: SummaryOutput): void {
  const { out, paint } = output
  out(verdictLine(result, paint))
  if (result.dryRun) {
    for (const slice of result.slices)
      if (slice.status === 'PASS') out(`  ${slice.label} → ${slice.fileName}`)
  } else {
    out(
      `Output folder: ${result.added.length} new, ${result.changed.length} rewritten, ${result.removed.length} deleted, ${result.unchanged.length} unchanged files.`
    )
    out(
      `Slices are in ${relativeFile(result.outputDir)}${result.indexPath ? `; the index is ${relativeFile(result.indexPath)}` : ''}.`
    )
  }
  // What a preview is for too: the comparison with the base, the failures and the warnings.
  if (result.comparison) printComparison(result.comparison, output)
  printFailures(result, output)
  printWarnings(result, output)
}

function verdictLine(result: BatchResult, paint: Paint): string {
  const rate = `pass rate ${result.passRate}% (minimum ${result.minPassRate}%)`
  const failed = paint(result.failed > 0 ? 'red' : 'dim', `${result.failed} failed`)
  if (result.dryRun) {
    const verdict = paint(result.passed ? 'green' : 'red', 'Dry run')
    const validated = result.validated ? ` · ${rate}` : ' (not validated)'
    return `${verdict}: ${plural(result.extracted, 'slice')} would be written to ${relativeFile(result.outputDir)}, ${failed}${validated}; nothing was written.`
  }
  const verdict = result.passed
    ? paint('green', 'Done')
    : paint('red', result.stoppedBy ? 'Stopped' : 'Failed')
  // Over the slices made: a stopped run did not make the ones it skipped.
  const rateOf = sliceRate(result.extracted + result.failed, result.elapsedMs)
  const speed = rateOf === undefined ? '' : ` (${rateOf.toFixed(0)} slices/s)`
  const threads = result.threads > 1 ? ` on ${result.threads} threads` : ''
  return `${verdict}: ${plural(result.extracted, 'slice')} written, ${failed}, ${result.skipped} skipped · ${rate} · ${formatDuration(result.elapsedMs)}${speed}${threads}`
}

/** The operations added, removed and changed since the base spec, by service. */
function printComparison(comparison: Comparison, { out, paint, verbose }: SummaryOutput): void {
  const count = (change: string) => comparison.operations.filter(op => op.change === change).length
  const [added, removed, changed] = [count('added'), count('removed'), count('changed')]
  if (added + removed + changed === 0) {
    out('Since the base spec: no operation added, removed or changed.')
  } else {
    const services = comparison.changedServices
    const named = services.length > 0 ? ` in ${plural(services.length, 'service')}` : ''
    out(
      `Since the base spec: ${plural(added, 'operation')} added, ${removed} removed, ${changed} changed${named}.`
    )
  }
  const changes = comparison.operations.filter(op => op.change !== 'unchanged')
  const colours = { added: 'green', removed: 'red', changed: 'yellow' } as const
  for (const change of changes.slice(0, verbose ? undefined : SHOWN_CHANGES)) {
    const label = paint(colours[change.change as keyof typeof colours] ?? 'dim', change.change.padEnd(7))
    const kinds = change.kinds.length ? ` ${change.kinds.join(', ')}` : ''
    out(`  ${label} ${change.operation} [${change.services.join(', ')}]${kinds}`)
  }
  if (!verbose && changes.length > SHOWN_CHANGES)
    out(`  … and ${changes.length - SHOWN_CHANGES} more (use --verbose).`)
}

function printWarnings(result: BatchResult, { out, paint, verbose }: SummaryOutput): void {
  const warnings = result.notes.filter(note => note.severity === 'warning')
  if (warnings.length === 0) return
  const heading = paint('yellow', plural(warnings.length, 'warning'))
  out(`${heading}${verbose ? ':' : ' (use --verbose to list them).'}`)
  if (verbose) for (const warning of warnings) out(`  ${paint('yellow', warning.code)}: ${warning.message}`)
}
