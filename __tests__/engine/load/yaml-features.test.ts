import { describe, expect, it } from '@jest/globals'
import { parseText } from '../../../src/engine/load/parse-text.js'

const parse = (text: string) => parseText(text, 'api.yaml')

describe('YAML features', () => {
  it('merges `<<` keys, from one alias or a list, with keys of its own winning', async () => {
    const { data } = await parse(
      'defaults: &d {type: string, maxLength: 5}\nmore: &m {format: email}\na:\n  <<: *d\n  maxLength: 9\nb:\n  <<: [*d, *m]\n'
    )
    expect(data).toEqual({
      defaults: { type: 'string', maxLength: 5 },
      more: { format: 'email' },
      a: { type: 'string', maxLength: 9 },
      b: { type: 'string', maxLength: 5, format: 'email' }
    })
  })

  it('merges `<<` keys where the document is read with positions too', async () => {
    const { data, notes } = await parse('d: &d {maximum: 1}\nx: !Ref Foo\na:\n  <<: *d\n  minimum: 0\n')
    expect(data).toEqual({ d: { maximum: 1 }, x: 'Foo', a: { maximum: 1, minimum: 0 } })
    expect(notes).toHaveLength(1)
  })

  it('refuses several documents in one file at the line of the second', async () => {
    await expect(parse('openapi: 3.0.3\npaths: {}\n---\nopenapi: 3.1.0\n')).rejects.toMatchObject({
      code: 'SPEC_PARSE',
      message: expect.stringMatching(
        /^The spec holds more than one YAML document; a spec must be one document\./
      ),
      location: { line: 3, column: 1 }
    })
  })

  it('keeps the text of custom and !!binary tags and warns about each, by pointer and line', async () => {
    const { data, notes } = await parse(
      'paths:\n  /a: !include a.yaml\nx-logo: !!binary aGVsbG8=\nx-list:\n  - !Ref Thing\n'
    )
    expect(data).toEqual({ paths: { '/a': 'a.yaml' }, 'x-logo': 'aGVsbG8=', 'x-list': ['Thing'] })
    expect(
      notes.map(({ code, severity, pointer, location }) => [code, severity, pointer, location?.line])
    ).toEqual([
      ['SPEC_YAML_TAG', 'warning', '/paths/~1a', 2],
      ['SPEC_YAML_TAG', 'warning', '/x-logo', 3],
      ['SPEC_YAML_TAG', 'warning', '/x-list/0', 5]
    ])
    expect(notes[0].message).toBe(
      'The YAML tag !include at /paths/~1a is not one slice-oas reads; the value is kept as written, without the tag.'
    )
    expect(notes[1].message).toMatch(/^The YAML tag !!binary at \/x-logo /)
  })

  it('reports a bad indentation on the line at fault, not at the end of the line before', async () => {
    await expect(parse('openapi: 3.0.3\npaths:\n  /a:\n    get:\n   responses: {}\n')).rejects.toMatchObject({
      code: 'SPEC_PARSE',
      location: { line: 5, column: 4 }
    })
  })

  it('reports a key indented deeper than its siblings on its own line, not at the value above', async () => {
    await expect(parse('openapi: 3.0.3\ninfo:\n  title: x\n   version: 1\n')).rejects.toMatchObject({
      code: 'SPEC_PARSE',
      message: expect.stringMatching(/this key is indented more than the keys before it/),
      location: { line: 4, column: 4 }
    })
  })

  it('still refuses an alias bomb built from merge keys', async () => {
    const levels = ['a0: &a0 {k: [1, 2, 3, 4, 5, 6, 7, 8, 9]}']
    for (let i = 1; i < 12; i++) {
      const list = Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')
      levels.push(`a${i}: &a${i} {l: [${list}], <<: *a${i - 1}}`)
    }
    await expect(parse(levels.join('\n') + '\n')).rejects.toMatchObject({ code: 'SPEC_ALIAS_BOMB' })
  })
})
