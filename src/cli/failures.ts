/**
 * The failures of a run, one cause at a time: a defect that fails many operations is said once, led by
 * its own file, line and column, with a code frame and the operations it affects under it.
 */
import {
  failureCauses,
  formatLocation,
  operationLabel,
  type BatchResult,
  type CauseGroup
} from '../engine/index.js'
import type { SummaryOutput } from './summary.js'
import { relativeFile } from './summary.js'

/** Causes listed without --verbose, and operations listed under each. */
const SHOWN_CAUSES = 20
const SHOWN_OPERATIONS = 3

export function printFailures(result: BatchResult, output: SummaryOutput): void {
  if (result.failures.length === 0) return
  const { out, paint, verbose } = output
  const causes = failureCauses(result.failures)
  out(
    paint(
      'red',
      `Failed operations: ${result.failures.length}, from ${causes.length} cause${causes.length === 1 ? '' : 's'}:`
    )
  )
  const shown = verbose ? causes : causes.slice(0, SHOWN_CAUSES)
  for (const cause of shown) {
    out(`  ${causeLine(cause, output)}`)
    for (const line of output.frames?.frame(placeOf(cause)) ?? []) out(line)
    if (cause.operations.length === 1) continue
    const operations = verbose ? cause.operations : cause.operations.slice(0, SHOWN_OPERATIONS)
    for (const operation of operations) out(`    ${operationLabel(operation)}`)
    if (operations.length < cause.operations.length)
      out(`    … and ${cause.operations.length - operations.length} more`)
  }
  if (shown.length < causes.length)
    out(`  … and ${causes.length - shown.length} more causes (use --verbose, or see the index).`)
}

/**
 * "api.yaml:8:17: [references] reason (#/pointer); 5 operations affected": the place first, as compilers
 * and linters lead, so a terminal or an editor can open it. One operation's line names the operation.
 */
function causeLine(cause: CauseGroup, { paint }: SummaryOutput): string {
  const location = placeOf(cause)
  const where = location && formatLocation({ ...location, file: relativeFile(location.file) })
  const place = where ? `${paint('cyan', where)}: ` : ''
  const phase = paint('red', `[${cause.phase}]`)
  if (cause.operations.length === 1)
    return `${place}${paint('bold', operationLabel(cause.operations[0]))} ${phase} ${cause.reason}`
  const pointer = cause.pointer !== undefined ? ` (#${cause.pointer})` : ''
  const affected = paint('bold', `${cause.operations.length} operations affected`)
  return `${place}${phase} ${cause.reason}${pointer}; ${affected}`
}

/** Where a cause is shown: the defect's own place, or the one operation's; never an operation's for many. */
function placeOf(cause: CauseGroup) {
  return cause.inSource || cause.operations.length === 1 ? cause.location : undefined
}
