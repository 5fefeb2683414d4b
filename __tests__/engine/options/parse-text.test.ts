import { describe, expect, it } from '@jest/globals'
import { parseBoolean, parseNumber, splitList } from '../../../src/engine/options/parse-text.js'

describe('option text', () => {
  it('splits lists on commas and newlines, trimmed, without empties', () => {
    expect(splitList(' a,b\n\n c ,')).toEqual(['a', 'b', 'c'])
    expect(splitList('')).toEqual([])
  })

  it('reads true/yes/on/1 and false/no/off/0 in any case, and nothing else', () => {
    for (const text of ['true', 'YES', ' on ', '1']) expect(parseBoolean(text)).toBe(true)
    for (const text of ['false', 'No', 'OFF', '0']) expect(parseBoolean(text)).toBe(false)
    for (const text of ['', 'maybe', '2']) expect(parseBoolean(text)).toBeUndefined()
  })

  it('reads finite numbers, and nothing else', () => {
    expect(parseNumber(' 4 ')).toBe(4)
    expect(parseNumber('99.5')).toBe(99.5)
    for (const text of ['', '  ', 'four', 'Infinity', 'NaN']) expect(parseNumber(text)).toBeUndefined()
  })
})
