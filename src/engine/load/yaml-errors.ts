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
      ? STRAYING
      : (misaligned(text, error, lineCounter) ??
        error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''))
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

const STRAYING = 'this key is indented more than the keys before it, so it reads as part of the value above'

/**
 * A mapping key that lines up with neither its siblings nor its parent's: said as more or less indented
 * than the line above it, which is where the eye looks for the sibling.
 */
function misaligned(text: string, error: YAMLError, lineCounter: LineCounter): string | undefined {
  if (error.code !== 'BAD_INDENT' || !/mapping items/.test(error.message)) return undefined
  const at = errorOffset(text, error.pos[0])
  const { line } = lineCounter.linePos(at)
  const indent = (start: number) => /^[ \t]*/.exec(text.slice(start, start + 200))![0].length
  const here = indent(lineCounter.lineStarts[line - 1])
  for (let above = line - 2; above >= 0; above--) {
    const start = lineCounter.lineStarts[above]
    const end = lineCounter.lineStarts[above + 1] ?? text.length
    const content = text.slice(start, end).trim()
    if (content === '' || content.startsWith('#')) continue
    const before = indent(start)
    if (here > before) return STRAYING
    if (here < before)
      return 'this key is indented less than the key above it, and lines up with no mapping it could belong to'
    return undefined
  }
  return undefined
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
 * The library places some errors (a bad indentation) at the end of the line before the one at fault, or
 * at the start of its indentation, so an offset at a line break or a blank moves to the next text.
 */
function errorOffset(text: string, offset: number): number {
  // A tab stays where it is: the tab itself is the fault the library reports there.
  if (!/[ \r\n]/.test(text[offset] ?? '')) return offset
  let next = offset
  while (next < text.length && /\s/.test(text[next])) next++
  return next < text.length ? next : offset
}
