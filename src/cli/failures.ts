/**
 * The failures of a run, one cause at a time: a defect that fails many operations is said once, at its
 * own file and line, with the operations it affects under it.
 */
import {
  causeHeadline,
  failureCauses,
  formatLocation,
  operationLabel,
  type BatchResult,
  type SourceLocation
} from '../engine/index.js'

/** Causes listed without --verbose, and operations listed under each. */
const SHOWN_CAUSES = 20
const SHOWN_OPERATIONS = 3

export function printFailures(
  result: BatchResult,
  out: (line: string) => void,
  verbose: boolean,
  rel: (file: string) => string
): void {
  if (result.failures.length === 0) return
  const causes = failureCauses(result.failures)
  out(`Failed operations: ${result.failures.length}, from ${causes.length} cause(s):`)
  const shown = verbose ? causes : causes.slice(0, SHOWN_CAUSES)
  for (const cause of shown) {
    if (cause.operations.length === 1) {
      // One operation: the operation, its phase and reason, and where the defect is.
      const where = formatLocation(relative(cause.location, rel))
      out(
        `  ${operationLabel(cause.operations[0])} [${cause.phase}] ${cause.reason}${where ? ` (${where})` : ''}`
      )
      continue
    }
    out(`  ${causeHeadline(cause, rel)}`)
    const operations = verbose ? cause.operations : cause.operations.slice(0, SHOWN_OPERATIONS)
    for (const operation of operations) out(`    ${operationLabel(operation)}`)
    if (operations.length < cause.operations.length)
      out(`    … and ${cause.operations.length - operations.length} more`)
  }
  if (shown.length < causes.length)
    out(`  … and ${causes.length - shown.length} more cause(s) (use --verbose, or see the index).`)
}

function relative(location: SourceLocation | undefined, rel: (file: string) => string) {
  return location && { ...location, file: rel(location.file) }
}
