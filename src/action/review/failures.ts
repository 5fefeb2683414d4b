/**
 * Failures by cause: one entry per defect (a broken shared schema that fails 91 operations is one
 * entry), naming its count, phase and file:line, its pointer and reason, and its operations folded
 * under their count. Not a table: a long pointer wraps in a paragraph but widens a table past the page.
 */
import { failureCauses, type BatchResult, type CauseGroup, type FailedOperation } from '../../engine/index.js'
import { workspaceFile } from './context.js'
import { byPath, code, count, details, operation, prose } from './markdown.js'

export interface FailureBudget {
  /** Causes shown. */
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
  const parts = [title, ...causes.slice(0, budget.causes).flatMap(cause => causeEntry(cause, budget.listed))]
  const more = causes.length - budget.causes
  if (more > 0) parts.push(`… and ${count(more, 'more cause')}; ${budget.rest}.`)
  return parts
}

/** "**91 operations** · references · `errors.yaml:12`", the pointer, the reason; then the operations. */
function causeEntry(cause: CauseGroup, listed: number): string[] {
  const reason = cause.reason.length > MAX_REASON ? cause.reason.slice(0, MAX_REASON - 1) + '…' : cause.reason
  const head = [`**${count(cause.operations.length, 'operation')}**`, cause.phase, place(cause)]
  const lines = [head.join(' · ')]
  if (cause.inSource && cause.pointer !== undefined) lines.push(code(`#${cause.pointer}`))
  lines.push(prose(reason))
  return [lines.join('<br>\n'), operationList(cause.operations, listed)]
}

/** The source defect's file and line, as code; a failure the slice brought is the slice's. */
function place(cause: CauseGroup): string {
  const location = cause.location
  if (!cause.inSource || !location) return 'in the slice'
  const line = location.line !== undefined ? `:${location.line}` : ''
  return code(`${workspaceFile(location.file)}${line}`)
}

/** The operations, sorted by path, folded under "The 91 operations". */
function operationList(failures: FailedOperation[], listed: number): string {
  const sorted = [...failures].sort(byPath)
  const lines = sorted.slice(0, listed).map(failure => `- ${operation(failure.method, failure.path)}`)
  const more = sorted.length - lines.length
  if (more > 0) lines.push(`- … and ${count(more, 'more operation')}`)
  const noun = failures.length === 1 ? 'The operation' : `The ${count(failures.length, 'operation')}`
  return details(noun, lines.join('\n'))
}
