/**
 * The one catalogue of errors a user can see. Every error has a stable code, a plain sentence that says
 * what to do, and the spec location when it is known. Anything that is not a SliceOasError is a bug and
 * is reported as an internal error by the adapters.
 */

export interface SourceLocation {
  file: string
  line?: number
  column?: number
  /** JSON pointer inside the document, when known. */
  pointer?: string
}

/** How a front end should treat the error: which exit code, whether the run was partial. */
export type ErrorCategory = 'usage' | 'input' | 'missing' | 'output' | 'interrupted' | 'internal'

export const ERROR_CODES = {
  REQUEST_INVALID: 'usage',
  PATTERN_INVALID: 'usage',
  CONFIG_INVALID: 'usage',
  SELECTION_EMPTY: 'usage',
  SPEC_NOT_FOUND: 'missing',
  SPEC_IS_DIRECTORY: 'missing',
  SPEC_UNREADABLE: 'missing',
  SPEC_EMPTY: 'input',
  SPEC_ENCODING: 'input',
  SPEC_PARSE: 'input',
  SPEC_DUPLICATE_KEY: 'input',
  SPEC_ALIAS_BOMB: 'input',
  SPEC_TOO_DEEP: 'input',
  SPEC_NOT_OPENAPI: 'input',
  SPEC_UNSUPPORTED_VERSION: 'input',
  SPEC_CONVERSION_FAILED: 'input',
  SPEC_PATHS_INVALID: 'input',
  REF_OUTSIDE_ROOT: 'input',
  REF_REMOTE_REFUSED: 'input',
  REF_UNRESOLVED: 'input',
  OUTPUT_NOT_WRITABLE: 'output',
  OUTPUT_ESCAPE: 'output',
  OUTPUT_NOT_OURS: 'output',
  OUTPUT_LOCKED: 'output',
  OUTPUT_OVERWRITES_INPUT: 'usage',
  MANIFEST_INVALID: 'output',
  DISK_FULL: 'output',
  MERGE_INVALID: 'input',
  INTERRUPTED: 'interrupted',
  INTERNAL: 'internal'
} as const satisfies Record<string, ErrorCategory>

export type ErrorCode = keyof typeof ERROR_CODES

export class SliceOasError extends Error {
  readonly code: ErrorCode
  readonly location?: SourceLocation

  constructor(code: ErrorCode, message: string, location?: SourceLocation, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'SliceOasError'
    this.code = code
    this.location = location
  }

  get category(): ErrorCategory {
    return ERROR_CODES[this.code]
  }
}

export function isSliceOasError(error: unknown): error is SliceOasError {
  return error instanceof SliceOasError
}

/** "file:line:column" (as far as known), for log lines. */
export function formatLocation(location: SourceLocation | undefined): string {
  if (!location) return ''
  let text = location.file
  if (location.line !== undefined) {
    text += `:${location.line}`
    if (location.column !== undefined) text += `:${location.column}`
  }
  return text
}

/** One plain line for a user: code, sentence and location. Never a stack trace. */
export function describeError(error: unknown): string {
  if (isSliceOasError(error)) {
    const where = formatLocation(error.location)
    return `${error.code}: ${error.message}${where ? ` (${where})` : ''}`
  }
  const message = error instanceof Error ? error.message : String(error)
  return `INTERNAL: slice-oas hit an unexpected problem: ${message}`
}
