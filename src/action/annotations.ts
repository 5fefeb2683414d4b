/**
 * Job annotations: each cause of failure is an error on the defect's file and line, lossy or partial
 * decisions are warnings; at most 10 of each, then one notice says how many more there are.
 */
import path from 'node:path'
import {
  causeHeadline,
  failureCauses,
  operationLabel,
  type BatchResult,
  type CauseGroup,
  type SourceLocation
} from '../engine/index.js'
import { annotateBreaking } from './breaking-annotations.js'
import type { ActionLog, AnnotationProps } from './log.js'

export const MAX_ANNOTATIONS_PER_LEVEL = 10
/** Operations named in a cause's annotation; the summary and index.csv list every one. */
const MAX_LISTED = 10

function props(
  title: string,
  location: SourceLocation | undefined,
  workspace: string,
  fallbackFile: string | undefined
): AnnotationProps {
  const file = location?.file ?? fallbackFile
  return {
    title,
    ...(file ? { file: path.relative(workspace, file) || file } : {}),
    ...(location?.line ? { startLine: location.line } : {}),
    ...(location?.column ? { startColumn: location.column } : {})
  }
}

/** One operation keeps the familiar sentence; a shared cause is said once, naming what it affects. */
function causeMessage(cause: CauseGroup, workspace: string): string {
  if (cause.operations.length === 1) {
    const failure = cause.operations[0]
    return `${failure.method} ${failure.path} failed the ${failure.phase} phase: ${failure.reason}`
  }
  const listed = cause.operations.slice(0, MAX_LISTED).map(operationLabel).join(', ')
  const more = cause.operations.length - MAX_LISTED
  const headline = causeHeadline(cause, file => path.relative(workspace, file) || file)
  return `${headline}: ${listed}${more > 0 ? ` and ${more} more` : ''}`
}

export function annotate(result: BatchResult, log: ActionLog, workspace: string, specFile?: string): void {
  // One error per cause, on the defect's own file and line when the source has it.
  const causes = failureCauses(result.failures)
  const annotated = causes.slice(0, MAX_ANNOTATIONS_PER_LEVEL)
  annotated.forEach(cause => {
    log.error(
      causeMessage(cause, workspace),
      props(`slice-oas: ${cause.phase}`, cause.location, workspace, specFile)
    )
  })
  const warnings = result.notes.filter(note => note.severity === 'warning')
  warnings.slice(0, MAX_ANNOTATIONS_PER_LEVEL).forEach(note => {
    log.warning(note.message, props(`slice-oas: ${note.code}`, note.location, workspace, specFile))
  })
  const moreErrors = causes
    .slice(MAX_ANNOTATIONS_PER_LEVEL)
    .reduce((sum, cause) => sum + cause.operations.length, 0)
  const moreWarnings = Math.max(0, warnings.length - MAX_ANNOTATIONS_PER_LEVEL)
  if (moreErrors + moreWarnings > 0) {
    const parts = [
      moreErrors ? `${moreErrors} more failed operation(s)` : '',
      moreWarnings ? `${moreWarnings} more warning(s)` : ''
    ].filter(Boolean)
    log.notice(`${parts.join(' and ')} are not annotated; the job summary and index.csv list them all.`, {
      title: 'slice-oas: more findings'
    })
  }
  annotateBreaking(result, log, workspace)
}
