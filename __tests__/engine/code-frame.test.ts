import { describe, expect, it } from '@jest/globals'
import { codeFrame } from '../../src/engine/code-frame.js'

const text = ['openapi: 3.0.3', 'info:', '  title: t', '    version: "1"', 'paths: {}', 'x: 1', ''].join('\n')

describe('codeFrame', () => {
  it('shows two lines either side, numbered, with a caret under the column', () => {
    expect(codeFrame(text, 4, 5)).toEqual([
      '  2 | info:',
      '  3 |   title: t',
      '> 4 |     version: "1"',
      '    |     ^',
      '  5 | paths: {}',
      '  6 | x: 1'
    ])
  })

  it('shows the first line without lines before it, and no caret without a column', () => {
    expect(codeFrame(text, 1, undefined, { context: 1 })).toEqual(['> 1 | openapi: 3.0.3', '  2 | info:'])
  })

  it('widens the gutter for the largest number and keeps CRLF out of the lines', () => {
    const long = Array.from({ length: 12 }, (_, i) => `k${i + 1}: ${i + 1}`).join('\r\n')
    expect(codeFrame(long, 10, 1, { context: 1 })).toEqual([
      '   9 | k9: 9',
      '> 10 | k10: 10',
      '     | ^',
      '  11 | k11: 11'
    ])
  })

  it('cuts a long line to a window around the column, the caret still under it', () => {
    const line = 'a'.repeat(300) + 'X' + 'b'.repeat(300)
    const [shown, caret] = codeFrame(line, 1, 301, { context: 0, width: 40 })
    expect(shown.length).toBeLessThan(60)
    expect(shown.indexOf('X')).toBe(caret.indexOf('^'))
  })

  it('keeps tabs before the caret so it lines up', () => {
    expect(codeFrame('\tkey: 1', 1, 2, { context: 0 })).toEqual(['> 1 | \tkey: 1', '    | \t^'])
  })

  it('gives nothing for a line past the end', () => {
    expect(codeFrame(text, 40, 1)).toEqual([])
    expect(codeFrame(text, 0, 1)).toEqual([])
  })
})
