/**
 * What GitHub would make of a summary or comment: rendered as GitHub-flavoured Markdown, the problems a
 * reader would see, one sentence each. An empty list means it reads well.
 */
import { marked } from 'marked'

const VERDICT = /^(✅|⚠️|❌)/

export function gfmProblems(markdown: string, options: { maxLinesBeforeDetails?: number } = {}): string[] {
  const problems: string[] = []
  const html = marked.parse(markdown, { gfm: true, async: false })
  for (const struck of html.match(/<(del|s)>[\s\S]*?<\/\1>/g) ?? [])
    problems.push(`Text is struck through: ${struck.slice(0, 80)}`)
  for (const row of html.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) {
    const cells = (row.match(/<t[hd][\s>]/g) ?? []).length
    if (cells > 8) problems.push(`A table has ${cells} columns, more than 8.`)
  }
  const heading = /<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/.exec(html)
  if (!heading) problems.push('There is no heading: the verdict must come first.')
  else if (!VERDICT.test(heading[1].trim()))
    problems.push(`The first heading is not the verdict: "${heading[1].trim().slice(0, 80)}".`)
  const limit = options.maxLinesBeforeDetails
  if (limit !== undefined) {
    const lines = markdown.split('\n')
    const before = lines.findIndex(line => line.includes('<details'))
    const count = before < 0 ? lines.length : before
    if (count > limit) problems.push(`${count} lines come before the first <details>, more than ${limit}.`)
  }
  return problems
}
