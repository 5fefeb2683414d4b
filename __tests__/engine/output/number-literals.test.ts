/**
 * Numbers a double does not hold are written with the source's digits, in JSON and in YAML slices, when
 * the loaded spec's literals are given to the serializer.
 */
import { describe, expect, it } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { parseText } from '../../../src/engine/load/parse-text.js'
import { serializerFor } from '../../../src/engine/output/serialize.js'

const source = [
  'openapi: 3.1.0',
  'components:',
  '  schemas:',
  '    Big: {type: integer, maximum: 9007199254740993, minimum: -0, multipleOf: 0x20000000000003}',
  '    Huge: {type: number, maximum: 12345678901234567890123, enum: [12345678901234567890123, 0.5]}',
  'paths: {}',
  ''
].join('\n')

describe('numbers written as the source wrote them', () => {
  it.each(['json', 'yaml'] as const)('in %s slices', async format => {
    const parsed = await parseText(source, 'api.yaml')
    const serialize = await serializerFor(format, parsed.numberLiterals)
    const text = serialize(parsed.data as JsonObject)
    const big =
      format === 'json'
        ? /"maximum": 9007199254740993,\n\s*"minimum": -0,/
        : /maximum: 9007199254740993\n\s*minimum: -0\n/
    expect(text).toMatch(big)
    expect(text).toContain(
      format === 'json' ? '"maximum": 12345678901234567890123' : 'maximum: 12345678901234567890123'
    )
    expect(text).toContain(format === 'json' ? '12345678901234567890123,\n' : '- 12345678901234567890123\n')
    // A hexadecimal literal is YAML, not JSON: JSON gets the value a double holds.
    expect(text).toContain(
      format === 'json' ? '"multipleOf": 9007199254740996' : 'multipleOf: 0x20000000000003'
    )
    // Written twice, the same components give the same text.
    expect(serialize(parsed.data as JsonObject)).toBe(text)
    const reread = format === 'json' ? JSON.parse(text) : parseYaml(text)
    expect(reread).toEqual(parsed.data)
  })

  it('writes plain numbers as before when there are no literals, or when a string holds the mark', async () => {
    const parsed = await parseText('{"a": 9007199254740993, "b": "\uE0000\uE000"}', 'api.json')
    expect((await serializerFor('json'))(parsed.data as JsonObject)).toContain('"a": 9007199254740992')
    const json = (await serializerFor('json', parsed.numberLiterals))(parsed.data as JsonObject)
    expect(json).toContain('"a": 9007199254740992')
    expect(JSON.parse(json)).toEqual(parsed.data)
  })
})
