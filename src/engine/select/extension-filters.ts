/**
 * Audiences by specification extensions: `include-extensions: x-public=true` keeps flagged operations,
 * `exclude-extensions: x-internal` drops them. An operation's own extension wins over its path item's.
 * With fail-closed, an operation that carries none of the included flags is left out.
 */
import { SliceOasError } from '../errors.js'
import type { Finding } from '../findings.js'
import { isObject, ownValue, type JsonObject, type JsonValue } from '../json-value.js'
import { operationObjects, type OperationInfo } from '../openapi/operations.js'

export interface ExtensionFilter {
  name: string
  /** Absent: the flag is set (present, and neither false nor null). */
  value?: string
}

export interface ExtensionSelection {
  includeExtensions?: readonly string[]
  excludeExtensions?: readonly string[]
  failClosed?: boolean
}

const FILTER = /^(x-[A-Za-z0-9_.-]+)(?:=(.*))?$/

export function parseExtensionFilter(option: string, text: string): ExtensionFilter {
  const match = FILTER.exec(text.trim())
  if (!match) {
    throw new SliceOasError(
      'REQUEST_INVALID',
      `${option} takes extension flags such as x-internal or x-audience=public; got "${text}". An extension name starts with x-.`
    )
  }
  return match[2] === undefined ? { name: match[1] } : { name: match[1], value: match[2].trim() }
}

/** Checks the extension options up front, so a bad one is refused before anything is read. */
export function checkExtensionSelection(selection: ExtensionSelection): void {
  for (const text of selection.includeExtensions ?? []) parseExtensionFilter('include-extensions', text)
  for (const text of selection.excludeExtensions ?? []) parseExtensionFilter('exclude-extensions', text)
  if (selection.failClosed && (selection.includeExtensions ?? []).length === 0) {
    throw new SliceOasError(
      'REQUEST_INVALID',
      'fail-closed leaves out operations without an included flag, so it needs include-extensions (for example x-public=true).'
    )
  }
}

function valueMatches(actual: JsonValue, expected: string | undefined): boolean {
  if (expected === undefined) return actual !== false && actual !== null
  if (Array.isArray(actual)) return actual.some(item => valueMatches(item, expected))
  if (isObject(actual)) return false
  return String(actual) === expected
}

/** The extension's value on the operation, else on its path item; undefined when neither has it. */
function extensionOf(doc: JsonObject, operation: OperationInfo, name: string): JsonValue | undefined {
  const objects = operationObjects(doc, operation)
  if (!objects) return undefined
  const own = ownValue(objects.operation, name)
  return own !== undefined ? own : ownValue(objects.pathItem, name)
}

/** A predicate over operations, or undefined when no extension option is set. */
export function extensionMatcher(
  doc: JsonObject,
  selection: ExtensionSelection
): ((operation: OperationInfo) => boolean) | undefined {
  const include = (selection.includeExtensions ?? []).map(t => parseExtensionFilter('include-extensions', t))
  const exclude = (selection.excludeExtensions ?? []).map(t => parseExtensionFilter('exclude-extensions', t))
  if (include.length === 0 && exclude.length === 0) return undefined
  const matches = (operation: OperationInfo, filter: ExtensionFilter) => {
    const actual = extensionOf(doc, operation, filter.name)
    return actual !== undefined && valueMatches(actual, filter.value)
  }
  return operation => {
    if (exclude.some(filter => matches(operation, filter))) return false
    if (include.length === 0 || include.some(filter => matches(operation, filter))) return true
    // Flagged otherwise (x-public: false) is out; unflagged is out only when failing closed.
    const flagged = include.some(filter => extensionOf(doc, operation, filter.name) !== undefined)
    return !flagged && !selection.failClosed
  }
}

/**
 * An included flag that no operation carries with its value (x-public=yes where they say true): without
 * fail-closed, the run would quietly keep every unflagged operation and drop the flagged ones.
 */
export function unmatchedFlags(
  doc: JsonObject,
  operations: readonly OperationInfo[],
  selection: ExtensionSelection
): Finding[] {
  const notes: Finding[] = []
  for (const text of selection.includeExtensions ?? []) {
    const filter = parseExtensionFilter('include-extensions', text)
    const values = operations
      .map(operation => extensionOf(doc, operation, filter.name))
      .filter((value): value is JsonValue => value !== undefined)
    if (values.some(value => valueMatches(value, filter.value))) continue
    const seen = [...new Set(values.map(value => JSON.stringify(value)))].slice(0, 5)
    notes.push({
      code: 'EXTENSION_FLAG_UNMATCHED',
      severity: 'warning',
      message:
        values.length === 0
          ? `include-extensions ${text} matches no operation: none carries ${filter.name}.`
          : `include-extensions ${text} matches no operation: ${values.length} carry ${filter.name}, with ${seen.join(', ')}; they are left out.`
    })
  }
  return notes
}
