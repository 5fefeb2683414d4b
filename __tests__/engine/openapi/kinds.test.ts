/** Shapes are looked up by document keys: a key that Object.prototype also has is a key like any other. */
import { describe, expect, it } from '@jest/globals'
import { childShape, isLiteralField, kindAt, kindOfSection } from '../../../src/engine/openapi/kinds.js'

const names = ['__proto__', 'constructor', 'toString', 'size', 'hasOwnProperty', 'valueOf']

describe('kinds', () => {
  it.each(names)('treats %s as plain data in every position', name => {
    for (const shape of ['schema', 'operation', 'parameter', 'components', 'document'] as const)
      expect([shape, childShape(shape, name)]).toEqual([shape, 'data'])
    expect(kindOfSection(name)).toBeUndefined()
    expect(kindAt(['components', 'schemas', 'A', name])).toBe('data')
    expect(kindAt(['components', 'schemas', name])).toBe('schema')
    expect(isLiteralField('schema', name)).toBe(false)
  })

  it('knows which fields hold literal data', () => {
    expect(
      ['example', 'examples', 'default', 'enum', 'const'].every(key => isLiteralField('schema', key))
    ).toBe(true)
    expect(isLiteralField('mediaType', 'example')).toBe(true)
    expect(isLiteralField('mediaType', 'examples')).toBe(false)
    expect(isLiteralField('example', 'value')).toBe(true)
    expect(isLiteralField({ mapOf: 'schema' }, 'example')).toBe(false)
  })
})
