/**
 * A run that failed before it had a result (a missing spec, a bad input, a YAML syntax error, an
 * artifact conflict): the verdict, what failed and where, and how to fix it. The same Markdown serves
 * the job summary and the pull-request comment, so a stale green comment never outlives a failure.
 */
import { ERROR_MEANINGS, isSliceOasError, type ErrorCode } from '../../engine/errors.js'
import { contextLine, workspaceFile, type ReviewContext } from './context.js'
import { code, prose } from './markdown.js'

/** What to do about each error, beyond the error's own sentence. */
const FIXES: Partial<Record<ErrorCode, string>> = {
  SPEC_NOT_FOUND:
    'Check the `spec` input (or `base-spec`): it is relative to the workspace, and the file must be checked out (`actions/checkout`) before this step.',
  SPEC_IS_DIRECTORY: 'Point `spec` at the OpenAPI file itself, not at its folder.',
  SPEC_PARSE: 'Fix the syntax at the line shown; `npx slice-oas --spec <file> --dry-run` checks it locally.',
  SPEC_DUPLICATE_KEY: 'Remove or rename the repeated key at the line shown.',
  SPEC_NOT_OPENAPI: 'Point `spec` at a document with an `openapi` or `swagger` field.',
  SELECTION_EMPTY:
    'Widen `include` or narrow `exclude`, `methods` and `tags`: patterns match paths, which start with `/`.',
  REQUEST_INVALID: "Correct the input named above in the step's `with:` block; the README lists every input.",
  PATTERN_INVALID: 'Correct the pattern, or set `filter-type` to the kind of pattern you wrote.',
  CONFIG_INVALID: 'Correct the key named above in the config file; the README lists every key.',
  OUTPUT_LOCKED: 'Let the other run finish, or give this step its own `output-dir`.',
  OUTPUT_NOT_OURS: 'Give `output-dir` a folder of its own, or empty it.',
  INTERNAL: 'This is a bug in slice-oas: please report it with this run’s log.'
}

const ARTIFACT_CONFLICT = /\b409\b|conflict/i
const ARTIFACT_FIX =
  'An artifact of this name already exists in this workflow run: set `overwrite-artifact: true` to replace it, or give each step a unique `artifact-name`.'

export function buildFailureReport(error: unknown, context: ReviewContext): string {
  const { code: errorCode, message, location } = describe(error)
  const conflict = ARTIFACT_CONFLICT.test(message)
  const heading = conflict
    ? '## ❌ slice-oas failed: the artifact could not be uploaded'
    : `## ❌ slice-oas failed (${errorCode}): ${isKnown(errorCode) && errorCode !== 'INTERNAL' ? lowerFirst(ERROR_MEANINGS[errorCode]) : 'an unexpected problem'}`
  const where = location ? ` at ${code(location)}` : ''
  const lines = [
    heading,
    '',
    contextLine(context),
    '',
    `**What failed:** ${code(errorCode)}${where}: ${prose(message)}`
  ]
  const hint = (error as { hint?: unknown } | undefined)?.hint
  const fix = conflict
    ? ARTIFACT_FIX
    : typeof hint === 'string'
      ? hint
      : isKnown(errorCode)
        ? FIXES[errorCode]
        : undefined
  if (fix) lines.push('', `**How to fix it:** ${fix}`)
  return lines.join('\n') + '\n'
}

function describe(error: unknown): { code: string; message: string; location?: string } {
  if (isSliceOasError(error)) {
    const at = error.location
    const line = at?.line !== undefined ? `:${at.line}${at.column !== undefined ? `:${at.column}` : ''}` : ''
    return {
      code: error.code,
      message: error.message,
      location: at ? `${workspaceFile(at.file)}${line}` : undefined
    }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { code: 'INTERNAL', message }
}

function isKnown(errorCode: string): errorCode is ErrorCode {
  return Object.hasOwn(ERROR_MEANINGS, errorCode)
}

function lowerFirst(text: string): string {
  return text
    .replace(/^(The|A|An|No|Another|YAML) /, word => (word === 'YAML ' ? word : word.toLowerCase()))
    .replace(/\.$/, '')
}
