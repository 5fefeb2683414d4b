/** The GitHub-rendering check itself: it must flag each defect it claims to, and pass clean Markdown. */
import { describe, expect, it } from '@jest/globals'
import { gfmProblems } from './gfm-check.js'

const verdict = '## ✅ slice-oas passed\n\n'

describe('gfmProblems', () => {
  it('passes a verdict, a code-spanned pointer and a narrow table', () => {
    const markdown = `${verdict}Spec \`/paths/~1catalog~1products\`\n\n| a | b |\n| ---: | --- |\n| 1 | x |\n`
    expect(gfmProblems(markdown)).toEqual([])
  })

  it('flags a pointer whose ~1 renders as strikethrough', () => {
    const problems = gfmProblems(`${verdict}Broken at /paths/~1catalog~1products here\n`)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^Text is struck through: <del>/)
  })

  it('flags double-tilde strikethrough too', () => {
    expect(gfmProblems(`${verdict}~~gone~~\n`)[0]).toMatch(/struck through/)
  })

  it('flags a table of more than 8 columns, not one of 8', () => {
    const table = (n: number) =>
      `| ${Array(n).fill('h').join(' | ')} |\n| ${Array(n).fill('---').join(' | ')} |\n| ${Array(n).fill('1').join(' | ')} |\n`
    expect(gfmProblems(verdict + table(8))).toEqual([])
    expect(gfmProblems(verdict + table(9))).toEqual(['A table has 9 columns, more than 8.'])
  })

  it('flags a first heading that is not the verdict, and Markdown without a heading', () => {
    expect(gfmProblems('## 🔀 3 services changed\n\n## ❌ failed\n')).toEqual([
      'The first heading is not the verdict (✅, ⚠️ or ❌): 🔀 3 services changed'
    ])
    expect(gfmProblems('just text\n')).toEqual([
      'There is no heading: the first heading must be the verdict.'
    ])
    expect(gfmProblems('## ⚠️ passed with 2 failures\n')).toEqual([])
    expect(gfmProblems('<!-- marker -->\n## ❌ failed\n')).toEqual([])
  })

  it('counts the lines before the first <details> only when asked', () => {
    const long = verdict + 'line\n'.repeat(70) + '<details>\n<summary>more</summary>\n\nx\n\n</details>\n'
    expect(gfmProblems(long)).toEqual([])
    expect(gfmProblems(long, { maxLinesBeforeDetails: 60 })).toEqual([
      '72 Markdown lines come before the first <details>, more than 60.'
    ])
    expect(gfmProblems(long, { maxLinesBeforeDetails: 80 })).toEqual([])
  })
})
