/**
 * The verdict, always the first line: passed (✅), passed below 100% because min-pass-rate allows it
 * (⚠️), or failed (❌). A dry run says in the same line that nothing was written, and whether it was
 * validated.
 */
import type { BatchResult } from '../../engine/index.js'
import { count, prose } from './markdown.js'

/** A dry run validates when the engine says so, or when any slice was attempted. */
export function dryRunValidated(result: BatchResult): boolean {
  return result.validated ?? result.extracted + result.failed > 0
}

function dryRunNote(result: BatchResult): string {
  if (!result.dryRun) return ''
  return dryRunValidated(result)
    ? ' (dry run: validated, nothing written)'
    : ' (dry run: not validated, nothing written)'
}

export function verdictHeading(result: BatchResult): string {
  const name = `slice-oas${dryRunNote(result)}`
  const slices = (n: number) => count(n, 'slice')
  const rate = `pass rate ${result.passRate}%`
  if (result.stoppedBy) return `## ❌ ${name} stopped early: ${prose(result.stoppedBy.slice(0, 300))}`
  const gate = result.changeGate
  if (result.passed && gate && !gate.passed) {
    const changes = count(gate.failing, 'change')
    return `## ❌ ${name}: ${changes} since the base spec at the fail-on-change level (${slices(result.extracted)} ${result.dryRun ? 'would be written' : 'written'}, ${rate})`
  }
  if (!result.passed) {
    return `## ❌ ${name}: ${rate} is below the minimum of ${result.minPassRate}% (${slices(result.failed)} failed)`
  }
  if (result.dryRun && !dryRunValidated(result)) return `## ✅ ${name}: ${slices(result.total)} planned`
  const made = result.dryRun ? 'would be written' : 'written'
  if (result.failed > 0) {
    const failures = count(result.failed, 'failure')
    return `## ⚠️ ${name} passed with ${failures}: ${rate}, minimum ${result.minPassRate}% (${slices(result.extracted)} ${made})`
  }
  return `## ✅ ${name} passed: ${slices(result.extracted)} ${made}, ${rate}`
}
