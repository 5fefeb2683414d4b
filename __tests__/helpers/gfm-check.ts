/**
 * Renders Markdown as GitHub does (GFM, with `marked`) and names what would read badly there: struck-
 * through text (a JSON pointer's `~1` outside a code span), tables wider than 8 columns, a first
 * heading that is not the verdict, and too much text before the first collapsed block.
 */
import { Marked, type Token, type Tokens } from 'marked'

const VERDICTS = ['✅', '⚠️', '❌']
const MAX_COLUMNS = 8

export function gfmProblems(markdown: string, options: { maxLinesBeforeDetails?: number } = {}): string[] {
  const marked = new Marked({ gfm: true, async: false })
  const problems: string[] = []
  const html = marked.parse(markdown) as string
  const struck = html.match(/<(del|s)>[\s\S]*?<\/\1>/g) ?? []
  for (const text of struck.slice(0, 5)) problems.push(`Text is struck through: ${text}`)

  const tokens = marked.lexer(markdown)
  let firstHeading: string | undefined
  marked.walkTokens(tokens, (token: Token) => {
    if (token.type === 'table') {
      const columns = (token as Tokens.Table).header.length
      if (columns > MAX_COLUMNS) problems.push(`A table has ${columns} columns, more than ${MAX_COLUMNS}.`)
    }
    if (token.type === 'heading' && firstHeading === undefined) firstHeading = (token as Tokens.Heading).text
  })
  if (firstHeading === undefined) problems.push('There is no heading: the first heading must be the verdict.')
  else if (!VERDICTS.some(mark => firstHeading!.trimStart().startsWith(mark)))
    problems.push(`The first heading is not the verdict (✅, ⚠️ or ❌): ${firstHeading}`)

  const limit = options.maxLinesBeforeDetails
  if (limit !== undefined) {
    const lines = markdown.split('\n')
    const at = lines.findIndex(line => line.includes('<details'))
    const before = at === -1 ? lines.length : at
    if (before > limit)
      problems.push(`${before} Markdown lines come before the first <details>, more than ${limit}.`)
  }
  return problems
}
