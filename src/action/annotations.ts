/**
 * Job annotations: each failed slice is an error on the source spec's file and line, lossy or partial
 * decisions are warnings; at most 10 of each, then one notice says how many more there are.
 */
import path from 'node:path'
import type { BatchResult, SourceLocation } from '../engine/index.js'
import type { ActionLog, AnnotationProps } from './log.js'

export const MAX_ANNOTATIONS_PER_LEVEL = 10

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

export function annotate(result: BatchResult, log: ActionLog, workspace: string, specFile?: string): void {
  const errors = result.failures
  errors.slice(0, MAX_ANNOTATIONS_PER_LEVEL).forEach(failure => {
    log.error(
      `${failure.method} ${failure.path} failed the ${failure.phase} phase: ${failure.reason}`,
      props(`slice-oas: ${failure.phase}`, failure.location, workspace, specFile)
    )
  })
  const warnings = result.notes.filter(note => note.severity === 'warning')
  warnings.slice(0, MAX_ANNOTATIONS_PER_LEVEL).forEach(note => {
    log.warning(note.message, props(`slice-oas: ${note.code}`, note.location, workspace, specFile))
  })
  const moreErrors = Math.max(0, errors.length - MAX_ANNOTATIONS_PER_LEVEL)
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
}
