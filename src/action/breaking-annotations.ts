/**
 * Annotations of the breaking-change review: one per cause, on the changed line of the head spec (for
 * a removal, on the base spec's line), at the level's severity: error, warning, or notice for info.
 * A few per level, so the runner's own limit is left to validation failures; one notice counts the rest.
 */
import path from 'node:path'
import type { BatchResult, ChangeLevel, ReviewedCause, SourceLocation } from '../engine/index.js'
import type { ActionLog, AnnotationProps } from './log.js'

/** Causes annotated per level; the summary and changes.json list every one. */
export const MAX_BREAKING_ANNOTATIONS = 5

const METHOD: Record<ChangeLevel, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  info: 'notice'
}

/** The head's place of a cause's first change, else the base's (a removal). */
export function causeLocation(cause: ReviewedCause): SourceLocation | undefined {
  const change = cause.changes.find(c => c.headLocation) ?? cause.changes.find(c => c.baseLocation)
  return change?.headLocation ?? change?.baseLocation
}

function propsOf(cause: ReviewedCause, workspace: string): AnnotationProps {
  const location = causeLocation(cause)
  return {
    title: `slice-oas: ${cause.rule} (${cause.level})`,
    ...(location?.file ? { file: path.relative(workspace, location.file) || location.file } : {}),
    ...(location?.line ? { startLine: location.line } : {}),
    ...(location?.column ? { startColumn: location.column } : {})
  }
}

function messageOf(cause: ReviewedCause): string {
  const operations = cause.changes.map(change => change.operation.key)
  const listed = operations.length === 1 ? operations[0] : `${operations.length} operations`
  const services = cause.services.length > 0 ? ` in ${cause.services.join(', ')}` : ''
  const accept =
    cause.changes.length === 1
      ? ` To accept it, add fingerprint ${cause.changes[0].fingerprint} to accepted-changes.`
      : ''
  return `${cause.message} (${listed}${services}).${accept}`
}

export function annotateBreaking(result: BatchResult, log: ActionLog, workspace: string): void {
  const causes = result.comparison?.breaking.causes ?? []
  let left = 0
  for (const level of ['error', 'warning', 'info'] as const) {
    const atLevel = causes.filter(cause => cause.level === level)
    for (const cause of atLevel.slice(0, MAX_BREAKING_ANNOTATIONS))
      log[METHOD[level]](messageOf(cause), propsOf(cause, workspace))
    left += Math.max(0, atLevel.length - MAX_BREAKING_ANNOTATIONS)
  }
  if (left > 0)
    log.notice(
      `${left} more cause${left === 1 ? '' : 's'} of change since the base spec ${left === 1 ? 'is' : 'are'} not annotated; the job summary and changes.json list them all.`,
      { title: 'slice-oas: more changes' }
    )
}
