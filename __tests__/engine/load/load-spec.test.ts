import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import jsYaml from 'js-yaml'
import { parse as parseYaml } from 'yaml'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { COUNT_BESIDE_FROM_BYTES } from '../../../src/engine/load/count-keys.js'
import { loadSpec } from '../../../src/engine/load/load-spec.js'
import { enumerateOperations } from '../../../src/engine/openapi/operations.js'
import { sliceOf } from '../../helpers/slice-doc.js'
import { githubRestJson, readmeDocuments } from '../../helpers/corpora.js'

let dir: string
const write = (name: string, text: string) => {
  const file = path.join(dir, name)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
  return file
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-load-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('loadSpec', () => {
  it('digests the text without its byte order mark', async () => {
    const text = '{"openapi": "3.0.3", "info": {"title": "Café ☕", "version": "1"}, "paths": {}}\n'
    const expected = createHash('sha256').update(text, 'utf8').digest('hex')
    expect((await loadSpec(write('plain.json', text))).digest).toBe(expected)
    expect((await loadSpec(write('bom.json', '\uFEFF' + text))).digest).toBe(expected)
  })

  it('reads YAML with a BOM and locates every operation by line', async () => {
    const file = write(
      'api.yaml',
      '\uFEFFopenapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses: {"200": {description: ok}}\n'
    )
    const spec = await loadSpec(file)
    const [operation] = enumerateOperations(spec.doc, spec.locate)
    expect(operation.location).toMatchObject({ file, line: 5, column: 5 })
  })

  it('locates operations in JSON too', async () => {
    const file = write(
      'api.json',
      JSON.stringify(
        { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { '/a': { get: { responses: {} } } } },
        null,
        2
      )
    )
    const spec = await loadSpec(file)
    expect(enumerateOperations(spec.doc, spec.locate)[0].location).toMatchObject({ line: 9 })
  })

  it('reads escaped quotes and backslashes in JSON strings and keys, and names a duplicate by pointer', async () => {
    const head = '{"openapi": "3.0.3", "info": {"title": "a \\"{quoted}\\" \\\\", "version": "1"},\n'
    const distinct = write('escapes.json', head + '"paths": {}, "x-k": {"a\\\\": 1, "a\\"": 2, "a": 3}}\n')
    const spec = await loadSpec(distinct)
    expect(spec.doc['x-k']).toEqual({ 'a\\': 1, 'a"': 2, a: 3 })
    expect((spec.doc.info as { title: string }).title).toBe('a "{quoted}" \\')
    const twice = write('twice.json', head + '"paths": {}, "x-k": [0, {"b": {"a\\\\": 1, "a\\\\": 2}}]}\n')
    await expect(loadSpec(twice)).rejects.toMatchObject({
      code: 'SPEC_DUPLICATE_KEY',
      location: { line: 2, column: 42, pointer: '/x-k/1/b/a\\' }
    })
  })

  it('counts keys right around strings in arrays, and finds a duplicate spelled with an escape', async () => {
    const head = '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},\n'
    const distinct = write('arrays.json', head + '"x-k": {"a": ["b,", "c", {"d": "e,"}], "f": [[], {}]}}\n')
    expect((await loadSpec(distinct)).doc['x-k']).toEqual({ a: ['b,', 'c', { d: 'e,' }], f: [[], {}] })
    const spelled = write('spelled.json', head + '"x-k": {"ab": 1, "\\u0061b": 2}}\n')
    await expect(loadSpec(spelled)).rejects.toMatchObject({
      code: 'SPEC_DUPLICATE_KEY',
      location: { line: 2, column: 18, pointer: '/x-k/ab' }
    })
  })

  it('checks a JSON spec too large to count on this thread for duplicates and depth all the same', async () => {
    const padding = 'x'.repeat(COUNT_BESIDE_FROM_BYTES)
    const head = `{"openapi": "3.0.3", "info": {"title": "t", "version": "1", "description": "${padding}"},\n`
    const good = write('big.json', head + '"paths": {}, "x-k": {"a": 1, "b": [{"a": 2}]}}\n')
    expect((await loadSpec(good)).doc['x-k']).toEqual({ a: 1, b: [{ a: 2 }] })
    const twice = write('big-twice.json', head + '"paths": {}, "x-k": {"a": 1, "a": 2}}\n')
    await expect(loadSpec(twice)).rejects.toMatchObject({
      code: 'SPEC_DUPLICATE_KEY',
      location: { line: 2, column: 30, pointer: '/x-k/a' }
    })
    const deep = write(
      'big-deep.json',
      head + '"paths": {}, "x-é": ' + '['.repeat(1200) + ']'.repeat(1200) + '}\n'
    )
    await expect(loadSpec(deep)).rejects.toMatchObject({
      code: 'SPEC_TOO_DEEP',
      // The root object and 1,000 brackets inside it are let through: the 1,001st bracket is refused.
      location: { line: 2, column: 20 + 1001 }
    })
  })

  it('locates every JSON operation from the positions found on the first lookup', async () => {
    const file = write(
      'two.json',
      '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"},\n' +
        '"paths": {\n' +
        '  "/a": {"get": {"responses": {}}},\n' +
        '  "/b": {"put": {"responses": {}},\n' +
        '         "post": {"responses": {}}}}}\n'
    )
    const spec = await loadSpec(file)
    const [get, put, post] = enumerateOperations(spec.doc, spec.locate)
    expect(post.location).toMatchObject({ file, line: 5, column: 10, pointer: '/paths/~1b/post' })
    expect(get.location).toMatchObject({ line: 3, column: 10 })
    expect(put.location).toMatchObject({ line: 4, column: 10 })
    expect(spec.locate(['paths', '/b', 'put', 'responses', '200'])).toMatchObject({ line: 4, column: 18 })
  })

  it.each([
    ['missing.yaml', undefined, 'SPEC_NOT_FOUND'],
    ['empty.yaml', '', 'SPEC_EMPTY'],
    ['bad.yaml', 'openapi: 3.0.3\npaths: [\n', 'SPEC_PARSE'],
    ['bad.json', '{"openapi": "3.0.3",\n "paths": }', 'SPEC_PARSE'],
    ['dup.json', '{"openapi": "3.0.3", "openapi": "3.0.3"}', 'SPEC_DUPLICATE_KEY'],
    ['dup.yaml', 'openapi: 3.0.3\nopenapi: 3.0.3\n', 'SPEC_DUPLICATE_KEY'],
    ['v4.yaml', 'openapi: 4.0.0\n', 'SPEC_UNSUPPORTED_VERSION'],
    ['swagger.yaml', 'swagger: "1.2"\n', 'SPEC_UNSUPPORTED_VERSION'],
    ['nulls.yaml', 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: null\n', 'SPEC_PATHS_INVALID'],
    ['list.yaml', '- a\n', 'SPEC_NOT_OPENAPI']
  ])('refuses %s with a typed error', async (name, text, code) => {
    const file = text === undefined ? path.join(dir, name) : write(name, text)
    await expect(loadSpec(file)).rejects.toMatchObject({ code })
  })

  it('gives line and column for malformed YAML', async () => {
    const file = write('broken.yaml', 'openapi: 3.0.3\ninfo:\n  title: [unclosed\n')
    await expect(loadSpec(file)).rejects.toMatchObject({
      code: 'SPEC_PARSE',
      location: { line: expect.any(Number) }
    })
  })

  it('refuses a YAML alias bomb quickly', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill('*' + String.fromCharCode(96 + i))
          .join(',')}]`
      )
    const file = write('bomb.yaml', levels.join('\n') + '\nopenapi: 3.0.3\n')
    await expect(loadSpec(file)).rejects.toMatchObject({ code: 'SPEC_ALIAS_BOMB' })
  })

  it('refuses a recursive YAML alias', async () => {
    const file = write('recursive.yaml', 'openapi: 3.0.3\nx-loop: &loop\n  again: *loop\n')
    await expect(loadSpec(file)).rejects.toMatchObject({ code: 'SPEC_ALIAS_BOMB' })
  })

  it('reads every YAML document of the corpus, and the GitHub REST description as YAML, to what the yaml package reads', async () => {
    const files = readmeDocuments('3.0')
      .concat(readmeDocuments('3.1'))
      .filter(f => f.endsWith('.yaml'))
    const github = write(
      'github.yaml',
      jsYaml.dump(JSON.parse(readFileSync(githubRestJson, 'utf8')), { noRefs: true, lineWidth: -1 })
    )
    for (const file of [...files, github]) {
      const { doc } = await loadSpec(file)
      expect([file, doc]).toEqual([file, parseYaml(readFileSync(file, 'utf8'))])
    }
    expect(files.length).toBeGreaterThan(50)
  })

  it('bundles multi-file documents under stable names, and never lets two things share one', async () => {
    write('multi/common/parameters.yaml', 'Limit: {name: limit, in: query, schema: {type: integer}}\n')
    write(
      'multi/api/schemas/order.yaml',
      'type: object\nproperties:\n  item: {$ref: "./item.yaml"}\n  other: {$ref: "../../other/order.yaml"}\n'
    )
    write('multi/api/schemas/item.yaml', 'type: string\n')
    write('multi/other/order.yaml', 'type: integer\n')
    write(
      'multi/api/paths/orders.yaml',
      'get:\n  parameters: [{$ref: "../../common/parameters.yaml#/Limit"}]\n  responses:\n    "200":\n      description: ok\n      content: {application/json: {schema: {$ref: "../schemas/order.yaml"}}}\n'
    )
    const file = write(
      'multi/api/openapi.yaml',
      'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /orders: {$ref: "./paths/orders.yaml"}\ncomponents:\n  schemas:\n    item: {type: boolean}\n'
    )
    const spec = await loadSpec(file, { refRoot: path.join(dir, 'multi') })
    const schemas = (spec.doc.components as Record<string, Record<string, unknown>>).schemas
    expect(Object.keys(schemas)).toEqual(['item', 'order', 'item_2', 'order_2'])
    expect(Object.keys((spec.doc.components as Record<string, object>).parameters)).toEqual([
      'parameters_Limit'
    ])
    expect(spec.notes.map(note => note.code)).toEqual(['BUNDLE_NAME_SUFFIXED', 'BUNDLE_NAME_SUFFIXED'])
    const again = await loadSpec(file, { refRoot: path.join(dir, 'multi') })
    expect(again.doc).toEqual(spec.doc)
    const { report } = sliceOf(spec.doc)
    expect(report.failures).toEqual([])
  })

  it('bundles the files a JSON document refers to, however deep the ref, and digests them', async () => {
    write('json/schemas.json', JSON.stringify({ Pet: { type: 'object' } }))
    const doc = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/pets': {
          get: {
            responses: {
              '200': {
                description: 'ok',
                content: { 'application/json': { schema: { $ref: 'schemas.json#/Pet' } } }
              }
            }
          }
        }
      }
    }
    const text = JSON.stringify(doc)
    const spec = await loadSpec(write('json/api.json', text))
    expect(Object.keys((spec.doc.components as Record<string, object>).schemas)).toEqual(['schemas_Pet'])
    expect(spec.digest).not.toBe(createHash('sha256').update(text).digest('hex'))
    const local = text.replace('schemas.json#/Pet', '#/paths')
    expect((await loadSpec(write('json/local.json', local))).digest).toBe(
      createHash('sha256').update(local).digest('hex')
    )
  })

  it('refuses file refs that climb out of the spec folder', async () => {
    write('outside.yaml', 'type: string\n')
    const file = write(
      'jail/api.yaml',
      'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200": {description: ok, content: {a/b: {schema: {$ref: "../outside.yaml"}}}}\n'
    )
    await expect(loadSpec(file)).rejects.toMatchObject({ code: 'REF_OUTSIDE_ROOT' })
    const etc = write(
      'jail/etc.yaml',
      'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200": {description: ok, content: {a/b: {schema: {$ref: "/etc/passwd"}}}}\n'
    )
    await expect(loadSpec(etc)).rejects.toMatchObject({ code: 'REF_OUTSIDE_ROOT' })
  })

  it('refuses remote refs unless allowed', async () => {
    const file = write(
      'remote.yaml',
      'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200": {$ref: "http://127.0.0.1:1/x.yaml"}\n'
    )
    await expect(loadSpec(file)).rejects.toMatchObject({ code: 'REF_REMOTE_REFUSED' })
  })
})
