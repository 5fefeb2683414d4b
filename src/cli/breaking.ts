/**
 * The CLI's lines of the breaking-change review, after the summary: the verdict, then per service its
 * causes (level, rule, message, where, and the fingerprint to accept it), and the change gate's outcome,
 * which decides the exit code once the slices passed.
 */
import path from 'node:path'
import { breakingHeadline, type BatchResult, type ReviewedCause } from '../engine/index.js'
import { EXIT } from './exit-codes.js'

/** Causes listed without --verbose; changes.json lists every one. */
const LISTED = 20

function where(cause: ReviewedCause): string {
  const change = cause.changes.find(c => c.headLocation) ?? cause.changes.find(c => c.baseLocation)
  const location = change?.headLocation ?? change?.baseLocation
  if (!location?.file) return cause.cause
  const file = path.relative(process.cwd(), location.file) || location.file
  return `${file}${location.line ? `:${location.line}${location.column ? `:${location.column}` : ''}` : ''} ${cause.cause}`
}

export function breakingLines(result: BatchResult, verbose: boolean): string[] {
  const review = result.comparison?.breaking
  if (!review) return []
  if (review.unavailable) return [review.unavailable]
  const lines = [breakingHeadline(review) ?? 'No breaking change since the base spec.']
  let listed = 0
  let left = 0
  for (const service of review.byService) {
    const causes = service.causes.filter(cause => verbose || cause.level !== 'info')
    if (causes.length === 0) continue
    lines.push(`  ${service.service}:`)
    for (const cause of causes) {
      if (!verbose && listed >= LISTED) {
        left++
        continue
      }
      listed++
      const operations =
        cause.changes.length === 1 ? cause.changes[0].operation.key : `${cause.changes.length} operations`
      const fingerprint = cause.changes.length === 1 ? ` [${cause.changes[0].fingerprint}]` : ''
      lines.push(
        `    ${cause.level.padEnd(7)} ${cause.rule}: ${cause.message} (${operations}) at ${where(cause)}${fingerprint}`
      )
    }
  }
  if (left > 0) lines.push(`  … and ${left} more (use --verbose, or read changes.json).`)
  if (review.ignored > 0)
    lines.push(`${review.ignored} change(s) accepted in review (accepted-changes) not shown.`)
  if (result.changeGate?.message) lines.push(result.changeGate.message)
  return lines
}

/**
 * Prints the review's lines and returns the exit code: the change gate fails a run whose slices passed
 * with its own code; a run that already failed keeps its code.
 */
export function reportBreaking(
  result: BatchResult,
  io: { stdout: { write(text: string): void } },
  verbose: boolean,
  code: number
): number {
  for (const line of breakingLines(result, verbose)) io.stdout.write(line + '\n')
  return code === EXIT.ok && result.changeGate?.passed === false ? EXIT.changes : code
}
