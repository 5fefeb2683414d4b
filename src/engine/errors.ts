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
  OVERLAY_INVALID: 'usage',
  INTERRUPTED: 'interrupted',
  INTERNAL: 'internal',
  ARTIFACT_NAME_TAKEN: 'usage'
} as const satisfies Record<string, ErrorCategory>

export type ErrorCode = keyof typeof ERROR_CODES

/** One line per error code, for the README's list (a test holds the two equal). */
export const ERROR_MEANINGS: Record<ErrorCode, string> = {
  REQUEST_INVALID: 'An input or flag has a value it cannot take.',
  PATTERN_INVALID: 'An include or exclude pattern is too long or not a valid linear-time regex.',
  CONFIG_INVALID: 'The config file cannot be read as slice-oas options.',
  SELECTION_EMPTY: 'No operation is left to slice after the filters.',
  SPEC_NOT_FOUND: 'The spec (or the base spec) does not exist.',
  SPEC_IS_DIRECTORY: 'The spec is a folder or another non-regular file.',
  SPEC_UNREADABLE: 'The spec exists but cannot be read.',
  SPEC_EMPTY: 'The spec is empty.',
  SPEC_ENCODING: 'The spec is not UTF-8 or UTF-16 text.',
  SPEC_PARSE: 'The spec is not valid JSON or YAML, or holds several YAML documents.',
  SPEC_DUPLICATE_KEY: 'A mapping in the spec has the same key twice.',
  SPEC_ALIAS_BOMB: 'YAML aliases would expand the spec beyond any sane size.',
  SPEC_TOO_DEEP: 'The spec nests deeper than any OpenAPI document needs.',
  SPEC_NOT_OPENAPI: 'The document is not an OpenAPI or Swagger description.',
  SPEC_UNSUPPORTED_VERSION: 'The document declares an OpenAPI version slice-oas does not read.',
  SPEC_CONVERSION_FAILED: 'A Swagger 2.0 document could not be converted to OpenAPI 3.0.',
  SPEC_PATHS_INVALID: '`paths` is not a mapping of path templates to path items.',
  REF_OUTSIDE_ROOT: 'A file `$ref` (outside literal data) reaches outside the spec’s folder (or `ref-root`).',
  REF_REMOTE_REFUSED:
    'A `$ref` (outside literal data) is remote while `allow-remote-refs` is off, or uses another scheme.',
  REF_UNRESOLVED: 'A remote document that a `$ref` needs could not be fetched.',
  OUTPUT_NOT_WRITABLE: 'The output folder cannot be created or written.',
  OUTPUT_ESCAPE: 'A write would land outside the output folder.',
  OUTPUT_NOT_OURS: 'The output folder holds files slice-oas did not write, which the run would replace.',
  OUTPUT_LOCKED: 'Another run holds the output folder’s lock.',
  OUTPUT_OVERWRITES_INPUT:
    'The run would replace or remove its own spec, config or base in the output folder.',
  MANIFEST_INVALID: 'The manifest was altered to name a file outside the output folder.',
  DISK_FULL: 'The disk filled up while writing; finished slices are kept.',
  MERGE_INVALID: 'A shard’s output cannot be merged.',
  OVERLAY_INVALID: 'An overlay named by the service map cannot be read as an Overlay 1.0 document.',
  INTERRUPTED: 'The run was stopped by a signal; the next run resumes.',
  INTERNAL: 'An unexpected problem: a bug in slice-oas.',
  ARTIFACT_NAME_TAKEN:
    'This workflow run already has an artifact of that name (set `overwrite-artifact` or a unique name).'
}

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
