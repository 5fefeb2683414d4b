/** The Markdown pieces: whatever the text holds, GitHub shows it as written. */
import { describe, expect, it } from '@jest/globals'
import { code, count, details, escapeText, prose, table } from '../../../src/action/review/markdown.js'
import { gfmProblems } from '../../helpers/gfm-check.js'

const verdict = '## ✅ ok\n\n'

describe('the review’s Markdown', () => {
  it('agrees counts with their nouns', () => {
    expect(count(1, 'slice')).toBe('1 slice')
    expect(count(0, 'slice')).toBe('0 slices')
    expect(count(12345, 'operation')).toBe('12,345 operations')
  })

  it('holds backticks in a code span', () => {
    expect(code('a`b')).toBe('`` a`b ``')
    expect(code('/paths/~1pets')).toBe('`/paths/~1pets`')
  })

  it('puts pointers and paths of a sentence in code spans, leaving prose and code spans alone', () => {
    expect(prose('ref #/paths/~1a~1b resolves nowhere.')).toBe('ref `#/paths/~1a~1b` resolves nowhere.')
    expect(prose('at /components/schemas/Pet/x, and /paths/~1a')).toBe(
      'at `/components/schemas/Pet/x`, and `/paths/~1a`'
    )
    expect(prose('set `orphans: warn` and/or retry')).toBe('set `orphans: warn` and/or retry')
    const markdown = verdict + prose('a ~b~ and *c* with <d> from /x/~1y') + '\n'
    expect(gfmProblems(markdown)).toEqual([])
    expect(markdown).toContain('a \\~b\\~ and \\*c\\* with \\<d\\> from `/x/~1y`')
  })

  it('escapes markup in plain text', () => {
    expect(escapeText('a_b*c~d[e]<f>&#')).toBe('a\\_b\\*c\\~d\\[e\\]\\<f\\>\\&\\#')
  })

  it('right-aligns numeric columns and escapes pipes, in code spans too', () => {
    expect(table(['Name', 'N'], [['`a|b`', '3']], ['left', 'right'])).toBe(
      '| Name | N |\n| --- | ---: |\n| `a\\|b` | 3 |'
    )
  })

  it('collapses a block with its summary as HTML text', () => {
    expect(details('a <b> & c', 'body')).toBe(
      '<details>\n<summary>a &lt;b&gt; &amp; c</summary>\n\nbody\n\n</details>'
    )
  })
})
