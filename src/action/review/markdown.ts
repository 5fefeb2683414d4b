/**
 * Markdown pieces that read the same on GitHub whatever the text holds: code spans for pointers and
 * paths (a `~1` outside one renders as strikethrough), escaped prose, right-aligned numeric columns,
 * collapsed blocks, and counts that agree with their nouns.
 */

/** "1 slice", "2 slices"; `many` for irregular plurals. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`
}

/** A code span that holds any text: a longer fence when the text has backticks, one line always. */
export function code(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ')
  const runs = flat.match(/`+/g) ?? []
  const fence = '`'.repeat(Math.max(0, ...runs.map(run => run.length)) + 1)
  const pad = fence.length > 1 || flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** Prose with nothing GitHub would read as markup: emphasis, strikethrough, links, HTML, entities. */
export function escapeText(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/[\\`*_~[\]<>&#!]/g, char => `\\${char}`)
}

// A JSON pointer or path in a sentence ("#/components/schemas/Pet", "/paths/~1pets", "/a/b"): kept
// whole, as code. A lone "/x" is left alone: it may be prose ("and/or").
const POINTER =
  /#\/[^\s`'",;()]*|(?<![\w./\\])\/[^\s`'",;()/]+\/[^\s`'",;()]*|(?<![\w./\\])\/[^\s`'",;()]*~[01][^\s`'",;()]*/g

/** A sentence from the engine: its code spans kept, its pointers put in code spans, the rest escaped. */
export function prose(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? part : pointersAsCode(part)))
    .join('')
}

function pointersAsCode(text: string): string {
  let out = ''
  let last = 0
  for (const match of text.matchAll(POINTER)) {
    const pointer = match[0].replace(/[.:]$/, '')
    out += escapeText(text.slice(last, match.index)) + code(pointer)
    last = match.index + pointer.length
  }
  return out + escapeText(text.slice(last))
}

/** Text for an HTML element's body (a `<summary>`), where Markdown is not read. */
export function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export type Align = 'left' | 'right'

/** A GFM table; cells are Markdown already, and `|` is escaped in them (code spans included). */
export function table(header: string[], rows: string[][], align: Align[] = []): string {
  const cell = (text: string) => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map((_, i) => (align[i] === 'right' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map(row => `| ${row.map(cell).join(' | ')} |`)
  ].join('\n')
}

/** A collapsed block; its body is Markdown (blank lines around it so GitHub renders it). */
export function details(summary: string, body: string): string {
  return `<details>\n<summary>${html(summary)}</summary>\n\n${body}\n\n</details>`
}

/** A method and path as a reader knows it: `GET /pets/{id}` (an operation key, as code). */
export function operation(method: string, path: string): string {
  return code(`${method.toUpperCase()} ${path}`)
}

/** Operations are listed by path, then method. */
export function byPath(a: { path: string; method: string }, b: { path: string; method: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.method < b.method ? -1 : a.method > b.method ? 1 : 0
}
