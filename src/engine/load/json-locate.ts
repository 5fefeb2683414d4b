/**
 * Where a deep key of a JSON text is: one scan that descends only along the pointer, skipping every
 * string with `indexOf` and reading only the keys of the containers on the way. The shallow keys are
 * recorded for all (parse-json.ts); a failure deep inside a component is located here, once per pointer.
 */
import type { TextPosition } from './text-position.js'
import { closingQuote } from './json-strings.js'

interface Open {
  isObject: boolean
  index: number
}

export function locateJsonKey(text: string, tokens: readonly string[]): TextPosition | undefined {
  if (tokens.length === 0) return undefined
  const stack: Open[] = []
  // Containers 1..onPath are on the pointer's way; the next container opened is too when `descend`.
  let onPath = 0
  let descend = true
  let expectKey = false
  let line = 1
  let lineStart = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 32 /* space */) continue
    if (ch === 10 /* \n */) {
      line++
      lineStart = i + 1
    } else if (ch === 34 /* " */) {
      const j = closingQuote(text, i)
      const depth = stack.length
      if (expectKey && depth === onPath) {
        const raw = text.slice(i + 1, j)
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, j + 1)) as string) : raw
        descend = key === tokens[depth - 1]
        if (descend && depth === tokens.length) return { line, column: i - lineStart + 1 }
      }
      expectKey = false
      i = j
    } else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      const parent = stack[stack.length - 1]
      const depth = stack.length
      const elementOnPath =
        parent !== undefined &&
        !parent.isObject &&
        depth === onPath &&
        String(parent.index) === tokens[depth - 1]
      if (elementOnPath && depth === tokens.length) return { line, column: i - lineStart + 1 }
      if (depth === onPath && (parent === undefined || (parent.isObject ? descend : elementOnPath))) onPath++
      stack.push({ isObject: ch === 123, index: 0 })
      expectKey = ch === 123
      descend = false
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) {
      // The container on the way closed without the key: the pointer is not in the text.
      if (stack.length === onPath && onPath > 0 && stack.length <= tokens.length) return undefined
      if (stack.length === onPath) onPath--
      stack.pop()
      expectKey = false
    } else if (ch === 44 /* , */) {
      const frame = stack[stack.length - 1]
      if (frame?.isObject) expectKey = true
      else if (frame) frame.index++
    }
  }
  return undefined
}
