/**
 * JSON input: `JSON.parse` for the data (fast), plus a check for duplicate keys, which `JSON.parse`
 * would silently collapse: the keys in the text are counted (count-keys.ts; on another thread for a
 * large spec) against those parsed, and only when the counts differ does a slower scan find the
 * duplicate to report it. Where the shallow keys are (so operations can be located by line) is recorded
 * by a second scan, only when something is first located: most runs never locate anything, and on large
 * documents the positions cost more memory than the scan costs time.
 */
import { SliceOasError } from '../errors.js'
import { escapeToken } from '../pointer.js'
import type { Finding } from '../findings.js'
import { countKeysInBytes } from './count-keys.js'
import { isSuspectNumber, jsonNumberNotes } from './json-numbers.js'
import type { NumberLiterals } from './number-literals.js'
import { positionAt, type TextPosition } from './text-position.js'
import { closingQuote } from './json-strings.js'

/** Keys this deep (paths → path → method → field) are recorded in one scan; deeper ones are looked up. */
export const LOCATED_DEPTH = 4
/** Nesting beyond this is refused: no real OpenAPI document comes near it. */
export const MAX_NESTING = 1000

export interface ParsedJson {
  data: unknown
  /** Whether some `$ref` points outside the document (found on the way, so load-spec need not walk again). */
  externalRefs: boolean
  /** Where the key at a pointer (of at most LOCATED_DEPTH tokens, escaped) is, if it is there. */
  positionOf(pointer: string): TextPosition | undefined
  /** Warnings about numbers a double cannot hold as written. */
  notes: Finding[]
  numberLiterals: NumberLiterals
}

interface Frame {
  isObject: boolean
  keys: Set<string> | undefined
  index: number
  pendingKey: string
}

/**
 * @param keysInText the text's key count, when another thread is making it (count-keys.ts). When that
 *   gives nothing, or a negative count (the text nests too deep), it is counted here.
 */
export async function parseJson(
  text: string,
  file: string,
  keysInText?: Promise<number | undefined>
): Promise<ParsedJson> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw jsonSyntaxError(text, file, error)
  }
  // Duplicates collapse in the parse, so a document without them has as many keys as its text. Only
  // when the counts differ does the slower scan look for the duplicate, to report it.
  const tree = surveyTree(data)
  let keys = await keysInText
  if (keys === undefined || keys < 0) {
    // Counted here, from the text's own bytes, so a refusal names the place in it.
    const bytes = Buffer.from(text, 'utf8')
    keys = countKeysInBytes(bytes, MAX_NESTING)
    if (keys < 0) {
      // The offset is in bytes; the text before it, decoded, gives the place in characters.
      const offset = bytes.toString('utf8', 0, -1 - keys).length
      throw new SliceOasError(
        'SPEC_TOO_DEEP',
        `The spec nests more than ${MAX_NESTING} levels deep, which no OpenAPI document needs; it was refused.`,
        { file, ...positionAt(text, offset) }
      )
    }
  }
  if (keys !== tree.keys) scanJson(text, file, undefined)
  let positions: Map<string, TextPosition> | undefined
  // The text is read for its numbers only when the walk met a value that may not be as written.
  const numbers = tree.suspectNumbers ? jsonNumberNotes(text, file) : { notes: [], numberLiterals: new Map() }
  return {
    data,
    externalRefs: tree.externalRefs,
    ...numbers,
    positionOf(pointer) {
      if (!positions) {
        positions = new Map()
        scanJson(text, file, positions)
      }
      return positions.get(pointer)
    }
  }
}

function jsonSyntaxError(text: string, file: string, error: unknown): SliceOasError {
  const message = error instanceof Error ? error.message : String(error)
  const lineColumn = /line (\d+) column (\d+)/.exec(message)
  const offset = /position (\d+)/.exec(message)
  const where = lineColumn
    ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
    : offset
      ? positionAt(text, Number(offset[1]))
      : undefined
  const reason = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+.*$/, '')
  return new SliceOasError(
    'SPEC_PARSE',
    `The spec is not valid JSON: ${reason}. Fix the syntax at that place.`,
    {
      file,
      ...where
    }
  )
}

/**
 * How many keys the parsed objects hold, whether a `$ref` among them points outside the document, and
 * whether a number may not be as written. Walked without recursion: the nesting is checked only after
 * this walk, by the count of the text.
 */
function surveyTree(data: unknown): { keys: number; externalRefs: boolean; suspectNumbers: boolean } {
  let keys = 0
  let externalRefs = false
  let suspectNumbers = typeof data === 'number' && isSuspectNumber(data)
  const stack: unknown[] = [data]
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node !== 'object' || node === null) continue
    if (Array.isArray(node)) {
      for (const child of node) {
        if (typeof child === 'object') stack.push(child)
        else if (typeof child === 'number' && isSuspectNumber(child)) suspectNumbers = true
      }
      continue
    }
    for (const key in node) {
      keys++
      const child = (node as Record<string, unknown>)[key]
      if (typeof child === 'object') stack.push(child)
      else if (typeof child === 'number') suspectNumbers ||= isSuspectNumber(child)
      else if (key === '$ref' && typeof child === 'string' && !child.startsWith('#')) externalRefs = true
    }
  }
  return { keys, externalRefs, suspectNumbers }
}

/** The pointer of the key being read, from the keys and indexes above it. */
function pointerOf(stack: Frame[], key: string): string {
  let pointer = ''
  for (let level = 0; level < stack.length - 1; level++) {
    const frame = stack[level]
    pointer += '/' + (frame.isObject ? escapeToken(frame.pendingKey) : String(frame.index))
  }
  return `${pointer}/${escapeToken(key)}`
}

/**
 * Finds the first duplicate key or, given a map, records the positions of the shallow keys in it. Strings
 * are skipped with `indexOf` (JSON strings hold no raw line breaks, so lines are still counted right).
 * It runs only after the key count, which has refused a text nested too deep.
 */
function scanJson(text: string, file: string, positions: Map<string, TextPosition> | undefined): void {
  const stack: Frame[] = []
  let line = 1
  let lineStart = 0
  let expectKey = false
  const length = text.length
  for (let i = 0; i < length; i++) {
    const ch = text.charCodeAt(i)
    // Most characters outside strings are indentation: let them through first.
    if (ch === 32 /* space */) continue
    if (ch === 10 /* \n */) {
      line++
      lineStart = i + 1
    } else if (ch === 34 /* " */) {
      const j = closingQuote(text, i)
      const frame = stack[stack.length - 1]
      // Recording follows a scan that found no duplicate, so it reads only the keys it records.
      if (frame?.isObject && expectKey && (!positions || stack.length <= LOCATED_DEPTH)) {
        // A key with any escape (\", \\, \u0061 …) is read as JSON reads it.
        const raw = text.slice(i + 1, j)
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, j + 1)) as string) : raw
        const column = i - lineStart + 1
        if (positions) positions.set(pointerOf(stack, key), { line, column })
        else if (frame.keys!.has(key)) {
          throw new SliceOasError(
            'SPEC_DUPLICATE_KEY',
            `The key "${key}" appears twice in one object; JSON parsers disagree on which one wins. Remove one of them.`,
            { file, line, column, pointer: pointerOf(stack, key) }
          )
        } else frame.keys!.add(key)
        frame.pendingKey = key
      }
      expectKey = false
      i = j
    } else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      const isObject = ch === 123
      stack.push({ isObject, keys: isObject && !positions ? new Set() : undefined, index: 0, pendingKey: '' })
      expectKey = isObject
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) {
      stack.pop()
      expectKey = false
    } else if (ch === 44 /* , */) {
      const frame = stack[stack.length - 1]
      if (frame.isObject) expectKey = true
      else frame.index++
    }
  }
}
