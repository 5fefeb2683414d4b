/**
 * Failures by cause: one row per defect (a broken shared schema that fails 91 operations is one row),
 * naming where it is, the phase, the reason, and its operations folded under their count.
 */
import { failureCauses, type BatchResult, type CauseGroup, type FailedOperation } from '../../engine/index.js'
import { workspaceFile } from './context.js'
import { code, count, operation, prose, table } from './markdown.js'

export interface FailureBudget {
  /** Causes shown as rows. */
  causes: number
  /** Operations listed under each cause. */
  listed: number
  /** Where the reader finds what was cut (Markdown). */
  rest: string
}

const MAX_REASON = 300

export function failureParts(result: BatchResult, budget: FailureBudget): string[] {
  if (result.failures.length === 0) return []
  const causes = failureCauses(result.failures)
  const title = `### Failures: ${count(causes.length, 'cause')}, ${count(result.failures.length, 'operation')}`
  const rows = causes.slice(0, budget.causes).map(cause => causeRow(cause, budget.listed))
  const parts = [title, table(['Where', 'Phase', 'Reason', 'Operations'], rows)]
  const more = causes.length - budget.causes
  if (more > 0) parts.push(`… and ${count(more, 'more cause')}; ${budget.rest}.`)
  return parts
}

function causeRow(cause: CauseGroup, listed: number): string[] {
  const reason = cause.reason.length > MAX_REASON ? cause.reason.slice(0, MAX_REASON - 1) + '…' : cause.reason
  return [causePlace(cause), cause.phase, prose(reason), operationsCell(cause.operations, listed)]
}

/** The source defect's pointer and file:line, as code; a failure the slice brought is the slice's. */
function causePlace(cause: CauseGroup): string {
  if (!cause.inSource) return 'the slice'
  const location = cause.location
  const line = location?.line !== undefined ? `:${location.line}` : ''
  const where = location ? code(`${workspaceFile(location.file)}${line}`) : ''
  const pointer = cause.pointer !== undefined ? code(`#${cause.pointer}`) : ''
  return [pointer, where].filter(Boolean).join('<br>')
}

/** The operations, sorted by path, folded under "91 operations" (one line, so the table holds it). */
function operationsCell(failures: FailedOperation[], listed: number): string {
  const sorted = [...failures].sort(byPath)
  const lines = sorted.slice(0, listed).map(failure => operation(failure.method, failure.path))
  const more = sorted.length - lines.length
  if (more > 0) lines.push(`… and ${more} more`)
  return `<details><summary>${count(failures.length, 'operation')}</summary>${lines.join('<br>')}</details>`
}

export function byPath(a: { path: string; method: string }, b: { path: string; method: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.method < b.method ? -1 : a.method > b.method ? 1 : 0
}
