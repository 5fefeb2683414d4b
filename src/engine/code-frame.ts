/**
 * A code frame: the lines around a place in a source text, numbered, with a caret under the column, as
 * Redocly and Babel show a defect. Only the lines shown are looked at, so a large spec costs one scan
 * to the place.
 */

export interface CodeFrameOptions {
  /** Lines shown before and after the line at fault. */
  context?: number
  /** Longer lines are cut to a window of this many characters around the column. */
  width?: number
}

/** The frame's lines (no trailing newline); none when the line is not in the text. */
export function codeFrame(
  text: string,
  line: number,
  column: number | undefined,
  { context = 2, width = 100 }: CodeFrameOptions = {}
): string[] {
  if (!Number.isInteger(line) || line < 1) return []
  const first = Math.max(1, line - context)
  const lines = linesBetween(text, first, line + context)
  if (lines.length <= line - first) return []
  const gutter = String(first + lines.length - 1).length
  const frame: string[] = []
  lines.forEach((source, i) => {
    const number = first + i
    const at = number === line
    const { shown, offset } = windowOf(source, at && column ? column - 1 : 0, width)
    frame.push(`${at ? '>' : ' '} ${String(number).padStart(gutter)} | ${shown}`.trimEnd())
    if (at && column && column >= 1) {
      // Tabs before the caret stay tabs, so the caret lines up however wide the terminal shows them.
      const lead = shown.slice(0, column - 1 - offset).replace(/[^\t]/g, ' ')
      frame.push(`  ${' '.repeat(gutter)} | ${lead}^`)
    }
  })
  return frame
}

/** Lines `from` to `to` (1-based, inclusive) of a text, without their line breaks. */
function linesBetween(text: string, from: number, to: number): string[] {
  let start = 0
  for (let number = 1; number < from; number++) {
    const end = text.indexOf('\n', start)
    if (end < 0) return []
    start = end + 1
  }
  const lines: string[] = []
  for (let number = from; number <= to && start <= text.length; number++) {
    const end = text.indexOf('\n', start)
    lines.push(text.slice(start, end < 0 ? text.length : end).replace(/\r$/, ''))
    if (end < 0) break
    start = end + 1
  }
  return lines
}

/** A long line's part around an index, marked with ellipses where cut; `offset` is where it starts. */
function windowOf(source: string, index: number, width: number): { shown: string; offset: number } {
  if (source.length <= width) return { shown: source, offset: 0 }
  const offset = Math.max(0, Math.min(index - Math.floor(width / 2), source.length - width))
  const body = source.slice(offset, offset + width)
  // The leading ellipsis takes the place of one character, so columns after it stay where they were.
  const head = offset > 0 ? '…' + body.slice(1) : body
  return { shown: offset + width < source.length ? head + '…' : head, offset }
}
