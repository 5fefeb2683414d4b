import { describe, expect, it } from '@jest/globals'
import { locateJsonPointers, sourceLocator } from '../../../src/engine/compare/locate-pointers.js'
import type { SpecReader } from '../../../src/engine/load/spec-reader.js'
import { locateJsonKey } from '../../../src/engine/load/json-locate.js'
import { parsePointer } from '../../../src/engine/pointer.js'

const doc = {
  openapi: '3.0.3',
  paths: {
    '/a/{id}': { get: { parameters: [{ name: 'id' }, { name: 'q', schema: { enum: ['x', 'y'] } }] } },
    '/b': { post: { 'x-quote': 'a "b" \\ c', requestBody: { content: {} } } }
  },
  components: { schemas: { 'a~b/c': { properties: { p: { type: 'string' } } }, Z: [1, { k: 2 }] } }
}

describe('locateJsonPointers', () => {
  it('finds every pointer in one scan where the one-pointer scan finds it, pretty or minified', () => {
    const pointers = [
      '#/paths/~1a~1{id}/get',
      '#/paths/~1a~1{id}/get/parameters/1',
      '#/paths/~1a~1{id}/get/parameters/1/schema/enum',
      '#/paths/~1b/post/requestBody/content',
      '#/components/schemas/a~0b~1c/properties/p/type',
      '#/components/schemas/Z/1/k',
      '#/components/schemas/missing',
      '#/paths/~1b/post/x-quote/deeper'
    ]
    const wanted = new Map(pointers.map(p => [p, parsePointer(p)!]))
    for (const text of [JSON.stringify(doc, null, 2), JSON.stringify(doc)]) {
      const found = locateJsonPointers(text, wanted)
      for (const [pointer, tokens] of wanted)
        expect([pointer, found.get(pointer)]).toEqual([pointer, locateJsonKey(text, tokens)])
      expect(found.size).toBe(6)
    }
  })
})

describe('sourceLocator', () => {
  const text = JSON.stringify(doc, null, 2)
  const reader = { readFile: async () => Buffer.from(text) } as unknown as SpecReader
  const fallback = (tokens: readonly string[]) => ({ file: 'other.json', pointer: tokens.join('/') })

  it('scans a JSON OpenAPI source once, and asks the spec for what its text does not hold', async () => {
    const spec = { file: '/w/api.json', format: 'json', sourceVersion: '3.0.3', locate: fallback } as const
    const locate = await sourceLocator(spec, reader)
    const found = locate(['#/components/schemas/a~0b~1c/properties/p/type', '#/components/schemas/hoisted'])
    expect(found.get('#/components/schemas/a~0b~1c/properties/p/type')).toEqual({
      file: '/w/api.json',
      pointer: '#/components/schemas/a~0b~1c/properties/p/type',
      line: 36,
      column: 13
    })
    expect(found.get('#/components/schemas/hoisted')).toEqual({
      file: 'other.json',
      pointer: '#/components/schemas/hoisted'
    })
  })

  it('leaves a Swagger source to the spec, whose pointers differ from the converted document', async () => {
    const spec = { file: '/w/api.json', format: 'json', sourceVersion: '2.0', locate: fallback } as const
    const found = (await sourceLocator(spec, reader))(['#/paths/~1b/post'])
    expect(found.get('#/paths/~1b/post')).toMatchObject({ file: 'other.json' })
  })
})
