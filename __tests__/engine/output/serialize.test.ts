/**
 * YAML slices reuse each shared component's dumped text: the result must be byte for byte one dump of
 * the whole slice, whatever the components hold, and parse back to the same data.
 */
import { describe, expect, it } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { serializeJson } from '../../../src/engine/output/serialize.js'
import { dumpYaml, serializeYaml } from '../../../src/engine/output/serialize-yaml.js'

const shared: JsonObject = {
  type: 'object',
  description: 'Line one\n\n  indented after an empty line\ntrailing spaces   \n',
  properties: {
    'key: with colon': { type: 'string', example: 'yes' },
    '#hash': { type: 'string', enum: ['on', 'off', '', ' ', '2020-01-01', '0x1F', '~', 'null'] },
    nested: { type: 'array', items: { type: 'string', default: '- dash' } }
  }
}

function slice(extra: JsonObject = {}): JsonObject {
  return {
    openapi: '3.0.3',
    info: { title: 'T', version: '1' },
    components: {
      schemas: {
        Shared: shared,
        'Odd name: "quoted"': shared,
        Empty: {},
        Flag: true as unknown as JsonObject
      },
      responses: {},
      parameters: { p: { name: 'q', in: 'query', description: '|literal start\n>folded' } },
      'x-extension': 'plain'
    },
    paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } },
    ...extra
  }
}

describe('serializeYaml', () => {
  it.each([
    ['components before paths', slice()],
    ['components last, and tags after', { ...slice(), tags: [{ name: 't' }] }],
    ['empty components', { openapi: '3.0.3', info: { title: 'T', version: '1' }, paths: {}, components: {} }],
    ['no components', { openapi: '3.0.3', info: { title: 'T', version: '1' }, paths: {} }]
  ])('gives one dump of the whole slice: %s', (_name, document) => {
    const text = serializeYaml(document as JsonObject)
    expect(text).toBe(dumpYaml(document))
    expect(parseYaml(text)).toEqual(document)
  })

  it('gives the same text when a component is reused from an earlier slice', () => {
    const first = serializeYaml(slice())
    const second = serializeYaml(slice({ servers: [{ url: 'https://x' }] }))
    expect(first).toBe(dumpYaml(slice()))
    expect(second).toBe(dumpYaml(slice({ servers: [{ url: 'https://x' }] })))
  })

  it('writes JSON as pretty JSON with a final newline', () => {
    expect(serializeJson({ a: 1 })).toBe('{\n  "a": 1\n}\n')
  })
})
