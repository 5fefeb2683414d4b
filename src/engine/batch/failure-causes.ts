/**
 * Failures by cause: one broken shared schema fails every operation that uses it, and a run reports it
 * once, at the defect's own file and line, with the operations it affects.
 */
import path from 'node:path'
import type { SourceLocation } from '../errors.js'
import { parsePointer } from '../pointer.js'
import type { FailureCause, PhaseFailure, PhaseName } from '../validate/phases.js'
import type { FailedOperation } from './result.js'

export interface CauseGroup {
  key: string
  phase: PhaseName
  reason: string
  /** True when the defect is the source document's own. */
  inSource: boolean
  /** The defect's pointer in the source, when it is the source's: in the file that holds it, when located. */
  pointer?: string
  /** The defect's place in the source when known, else the first affected operation's. */
  location?: SourceLocation
  operations: FailedOperation[]
}

/** Sets each source defect's location, looking every pointer up once. */
export function causeLocator(
  locate: (tokens: readonly string[]) => SourceLocation
): (failures: readonly PhaseFailure[]) => void {
  const known = new Map<string, SourceLocation>()
  return failures => {
    for (const { cause } of failures) {
      if (!cause?.inSource || cause.pointer === undefined || cause.location) continue
      let location = known.get(cause.pointer)
      if (!location) {
        const tokens = parsePointer(cause.pointer)
        if (!tokens) continue
        known.set(cause.pointer, (location = locate(tokens)))
      }
      cause.location = location
    }
  }
}

/** Adds why an external ref was not bundled (no such file, a folder, too large…) to its failures. */
export function explainUnbundled(failures: readonly PhaseFailure[], why: ReadonlyMap<string, string>): void {
  if (why.size === 0) return
  for (const failure of failures) {
    const reason = failure.ref === undefined ? undefined : why.get(failure.ref)
    if (reason === undefined) continue
    failure.reason += `: ${reason}`
    if (failure.cause) failure.cause.message = failure.reason
  }
}

/** The failed operations grouped by cause, the cause that fails the most operations first. */
export function failureCauses(failures: readonly FailedOperation[]): CauseGroup[] {
  const groups = new Map<string, CauseGroup>()
  for (const failure of failures) {
    // Without a traced cause, each operation stands alone.
    const key = failure.cause?.key ?? `${failure.method} ${failure.path}\0${failure.fileName}`
    let group = groups.get(key)
    if (!group) groups.set(key, (group = newGroup(key, failure, failure.cause)))
    group.operations.push(failure)
  }
  return [...groups.values()].sort((a, b) => b.operations.length - a.operations.length)
}

function newGroup(key: string, failure: FailedOperation, cause: FailureCause | undefined): CauseGroup {
  const inSource = cause?.inSource ?? false
  return {
    key,
    phase: failure.phase,
    reason: failure.reason,
    inSource,
    ...(inSource && cause?.pointer !== undefined
      ? { pointer: cause.location?.pointer ?? cause.pointer }
      : {}),
    location: (inSource ? cause?.location : undefined) ?? failure.location,
    operations: []
  }
}

/**
 * One line for a cause: "`#/components/schemas/Problem` at `errors.yaml:12`: [references] …; 91
 * operations affected". `fileLabel` shows a file as the reader knows it (relative to their folder).
 */
export function causeHeadline(
  group: CauseGroup,
  fileLabel: (file: string) => string = path.basename
): string {
  // The operation's place is not the defect's: only a source defect's place is named.
  const location = group.inSource ? group.location : undefined
  const line = location?.line !== undefined ? `:${location.line}` : ''
  const where = location ? `${fileLabel(location.file)}${line}` : ''
  const subject = [group.pointer !== undefined ? `\`#${group.pointer}\`` : '', where ? `at \`${where}\`` : '']
    .filter(Boolean)
    .join(' ')
  const count = group.operations.length
  const affected = `${count} operation${count === 1 ? '' : 's'} affected`
  return `${subject ? `${subject}: ` : ''}[${group.phase}] ${group.reason}; ${affected}`
}

/** How an affected operation is listed under its cause. */
export function operationLabel(failure: FailedOperation): string {
  return `${failure.method} ${failure.path}`
}
