/**
 * Parses one spec file's text as JSON or YAML and gives a locator for pointers in it. The YAML parsers
 * (yaml and js-yaml, a third of the bundle) are loaded the first time a YAML text comes, so a JSON run
 * does not load them.
 */
import { SliceOasError } from '../errors.js'
import type { Finding } from '../findings.js'
import { escapeToken } from '../pointer.js'
import type { NumberLiterals } from './number-literals.js'
import { locateJsonKey } from './json-locate.js'
import { LOCATED_DEPTH, parseJson } from './parse-json.js'
import type { TextPosition } from './text-position.js'

export type SpecFormat = 'json' | 'yaml'

export interface ParsedText {
  data: unknown
  format: SpecFormat
  /** For JSON, whether some `$ref` points outside the document; undefined when the parser did not look. */
  externalRefs?: boolean
  locate(tokens: readonly string[]): TextPosition | undefined
  /** Warnings about what was not read as written (numbers a double cannot hold, YAML tags). */
  notes: Finding[]
  /** Source literals of numbers a double does not hold, for the serializers to write back. */
  numberLiterals: NumberLiterals
}

/** Strips a UTF-8 byte order mark, which editors on Windows like to add. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

export function detectFormat(file: string, text: string): SpecFormat {
  if (/\.json$/i.test(file)) return 'json'
  if (/\.ya?ml$/i.test(file)) return 'yaml'
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml'
}

/** @param keysInText for JSON, the text's key count if another thread is making it (see parseJson). */
export async function parseText(
  rawText: string,
  file: string,
  keysInText?: Promise<number | undefined>
): Promise<ParsedText> {
  const text = stripBom(rawText)
  if (text.trim() === '') {
    throw new SliceOasError(
      'SPEC_EMPTY',
      'The spec file is empty. Point the spec input at an OpenAPI document.',
      {
        file
      }
    )
  }
  const format = detectFormat(file, text)
  if (format === 'json') {
    const { data, externalRefs, positionOf, notes, numberLiterals } = await parseJson(text, file, keysInText)
    const deep = new Map<string, TextPosition | undefined>()
    return {
      data,
      format,
      externalRefs,
      notes,
      numberLiterals,
      locate(tokens) {
        // Shallow keys are all recorded; a deeper one is looked up along its pointer, once.
        if (tokens.length > LOCATED_DEPTH) {
          const key = tokens.map(escapeToken).join('/')
          if (!deep.has(key)) deep.set(key, locateJsonKey(text, tokens))
          const found = deep.get(key)
          if (found) return found
        }
        for (let n = Math.min(tokens.length, LOCATED_DEPTH); n > 0; n--) {
          const position = positionOf('/' + tokens.slice(0, n).map(escapeToken).join('/'))
          if (position) return position
        }
        return undefined
      }
    }
  }
  const { parseYaml } = await import('./parse-yaml.js')
  const { data, locate, notes, numberLiterals } = parseYaml(text, file)
  return { data, format, locate, notes, numberLiterals }
}
