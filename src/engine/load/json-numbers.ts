/**
 * The number literals of a JSON text that a double cannot hold as written, with their pointers and
 * places. It reads the whole text, so it runs only when the parsed data holds a suspect value.
 */
import { escapeToken } from '../pointer.js'
import { NumberLiteralLog, type NumberLiterals } from './number-literals.js'
import type { Finding } from '../findings.js'
import { closingQuote } from './json-strings.js'

interface Frame {
  isObject: boolean
  index: number
  key: string
}

/** Whether a parsed value may come from a literal it does not hold: past 2^53, long, infinite or -0. */
export function isSuspectNumber(value: number): boolean {
  if (value === 0) return Object.is(value, -0)
  if (Number.isInteger(value)) return !Number.isSafeInteger(value)
  return !Number.isFinite(value) || String(value).length >= 17
}

export function jsonNumberNotes(
  text: string,
  file: string
): { notes: Finding[]; numberLiterals: NumberLiterals } {
  const log = new NumberLiteralLog(file)
  const stack: Frame[] = []
  let line = 1
  let lineStart = 0
  let expectKey = false
  const pointer = () =>
    stack.map(frame => '/' + (frame.isObject ? escapeToken(frame.key) : String(frame.index))).join('')
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 10 /* \n */) {
      line++
      lineStart = i + 1
    } else if (ch === 34 /* " */) {
      const j = closingQuote(text, i)
      if (expectKey) {
        const raw = text.slice(i + 1, j)
        stack[stack.length - 1].key = raw.includes('\\') ? (JSON.parse(text.slice(i, j + 1)) as string) : raw
      }
      expectKey = false
      i = j
    } else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      stack.push({ isObject: ch === 123, index: 0, key: '' })
      expectKey = ch === 123
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) {
      stack.pop()
    } else if (ch === 44 /* , */) {
      const frame = stack[stack.length - 1]
      if (frame.isObject) expectKey = true
      else frame.index++
    } else if (ch === 45 /* - */ || (ch >= 48 && ch <= 57)) {
      let end = i + 1
      while (end < text.length && /[\d.eE+-]/.test(text[end])) end++
      const source = text.slice(i, end)
      const column = i - lineStart + 1
      log.meet(source, Number(source), pointer, () => ({ line, column }))
      i = end - 1
    }
  }
  return { notes: log.notes, numberLiterals: log.literals }
}
