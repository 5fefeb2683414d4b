/** The typed error for a YAML text the `yaml` package could not read, placed on the line at fault. */
import type { LineCounter, YAMLError } from 'yaml'
import { SliceOasError } from '../errors.js'

export function yamlError(
  text: string,
  file: string,
  errors: readonly YAMLError[],
  lineCounter: LineCounter
): SliceOasError {
  const [error] = errors
  const straying = strayingKey(text, errors)
  const { line, col: column } = lineCounter.linePos(straying ?? errorOffset(text, error.pos[0]))
  if (error.code === 'MULTIPLE_DOCS') {
    return new SliceOasError(
      'SPEC_PARSE',
      'The spec holds more than one YAML document; a spec must be one document. Remove the second document, which starts here, or move it to a file of its own.',
      { file, line, column }
    )
  }
  if (error.code === 'DUPLICATE_KEY') {
    return new SliceOasError(
      'SPEC_DUPLICATE_KEY',
      'A key appears twice in one mapping; parsers disagree on which one wins. Remove one of them.',
      { file, line, column }
    )
  }
  const reason =
    straying !== undefined
      ? 'this key is indented more than the keys before it, so it reads as part of the value above'
      : error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
  return new SliceOasError(
    'SPEC_PARSE',
    `The spec is not valid YAML: ${reason}. Fix the syntax at that place.`,
    {
      file,
      line,
      column
    }
  )
}

/**
 * A key indented deeper than its siblings makes the value above it a key spanning lines: the library
 * reports that at the value's start, a line early. The straying key begins the last line of that span.
 */
function strayingKey(text: string, errors: readonly YAMLError[]): number | undefined {
  if (errors[0].code !== 'BLOCK_AS_IMPLICIT_KEY' && errors[0].code !== 'MULTILINE_IMPLICIT_KEY')
    return undefined
  const span = errors.find(error => error.code === 'MULTILINE_IMPLICIT_KEY')?.pos
  if (!span) return undefined
  const lineStart = text.lastIndexOf('\n', span[1] - 1) + 1
  if (lineStart <= span[0]) return undefined
  let offset = lineStart
  while (text[offset] === ' ' || text[offset] === '\t') offset++
  return offset
}

/**
 * The library places some errors (a bad indentation) at the end of the line before the one at fault,
 * so an offset at a line break moves to the next text.
 */
function errorOffset(text: string, offset: number): number {
  if (text[offset] !== '\n' && text[offset] !== '\r') return offset
  let next = offset
  while (next < text.length && /\s/.test(text[next])) next++
  return next < text.length ? next : offset
}
