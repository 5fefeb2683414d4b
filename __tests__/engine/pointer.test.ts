/** JSON pointers and `$ref` strings: escaping, percent-encoding and lookups. */
import { describe, expect, it } from '@jest/globals'
import {
  escapeToken,
  formatPointer,
  getAt,
  parsePointer,
  pointerText,
  unescapeToken
} from '../../src/engine/pointer.js'

describe('pointer tokens', () => {
  it.each([
    ['plain', 'plain'],
    ['a/b', 'a~1b'],
    ['a~b', 'a~0b'],
    ['~1', '~01'],
    ['/~/', '~1~0~1']
  ])('escapes %p as %p and back', (token, escaped) => {
    expect(escapeToken(token)).toBe(escaped)
    expect(unescapeToken(escaped)).toBe(token)
  })

  it('round-trips tokens through a $ref, percent signs included', () => {
    const tokens = ['components', 'schemas', 'a/b~c%20d', '']
    const ref = formatPointer(tokens)
    expect(ref).toBe('#/components/schemas/a~1b~0c%2520d/')
    expect(parsePointer(ref)).toEqual(tokens)
    expect(pointerText(tokens)).toBe('/components/schemas/a~1b~0c%2520d/')
  })

  it('decodes percent-encoded fragments and leaves malformed ones alone', () => {
    expect(parsePointer('#/paths/~1pets%7Bid%7D')).toEqual(['paths', '/pets{id}'])
    expect(parsePointer('#/a/%E0%A4%A')).toEqual(['a', '%E0%A4%A'])
    expect(parsePointer('#')).toEqual([])
    expect(parsePointer('#a')).toBeUndefined()
  })

  it('gives the same tokens when a fragment is parsed again, and the same refusal', () => {
    for (const fragment of ['#/components/schemas/Pet', '/a~1b/%25', '#', '#a', 'no-slash']) {
      const first = parsePointer(fragment)
      expect(parsePointer(fragment)).toEqual(first)
    }
    expect(parsePointer('/a~1b/%25')).toEqual(['a/b', '%'])
    expect(parsePointer('no-slash')).toBeUndefined()
  })

  it('looks up own properties and array indexes only', () => {
    const doc = { a: { 'b/c': [10, 20] } }
    expect(getAt(doc, parsePointer('#/a/b~1c/1')!)).toBe(20)
    expect(getAt(doc, ['a', 'b/c', '01'])).toBeUndefined()
    expect(getAt(doc, ['a', 'toString'])).toBeUndefined()
  })
})
