import { describe, expect, it } from '@jest/globals'
import { locateJsonKey } from '../../../src/engine/load/json-locate.js'

const text = JSON.stringify(
  {
    paths: { '/a': { get: { responses: { '200': { description: 'x "y" {z}', content: {} } } } } },
    components: {
      schemas: {
        'a/b': { properties: { detail: { $ref: '#/nope' } } },
        List: { allOf: [{ type: 'object' }, { properties: { n: { type: 'integer' } } }] }
      }
    }
  },
  null,
  2
)
const lineOf = (needle: string, nth = 0) => {
  const lines = text.split('\n')
  let seen = 0
  for (let i = 0; i < lines.length; i++) if (lines[i].includes(needle) && seen++ === nth) return i + 1
  return -1
}

describe('locateJsonKey', () => {
  it('finds a deep key along the pointer, past strings holding quotes and braces', () => {
    expect(locateJsonKey(text, ['components', 'schemas', 'a/b', 'properties', 'detail', '$ref'])).toEqual({
      line: lineOf('"$ref"'),
      column: text.split('\n')[lineOf('"$ref"') - 1].indexOf('"$ref"') + 1
    })
    expect(locateJsonKey(text, ['paths', '/a', 'get', 'responses', '200', 'content'])?.line).toBe(
      lineOf('"content"')
    )
  })

  it('finds array elements and keys inside them', () => {
    expect(locateJsonKey(text, ['components', 'schemas', 'List', 'allOf', '1'])?.line).toBe(
      lineOf('"properties"', 1) - 1
    )
    expect(
      locateJsonKey(text, ['components', 'schemas', 'List', 'allOf', '1', 'properties', 'n'])?.line
    ).toBe(lineOf('"n"'))
  })

  it('gives nothing for a pointer the text does not hold', () => {
    expect(locateJsonKey(text, ['components', 'schemas', 'Nope', 'x'])).toBeUndefined()
    expect(locateJsonKey(text, ['components', 'schemas', 'List', 'allOf', '5'])).toBeUndefined()
    expect(locateJsonKey(text, [])).toBeUndefined()
  })
})
