/** Multi-file documents as real public descriptions write them: each layout bundles and slices. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runBatch } from '../../../src/engine/index.js'
import { loadSpec } from '../../../src/engine/load/load-spec.js'
import { nodeSpecReader } from '../../../src/engine/load/spec-reader.js'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { operationsOf, sliceOf } from '../../helpers/slice-doc.js'

let dir: string
/** Writes the files under a fresh folder and returns the path of its `openapi.yaml`. */
function layout(name: string, files: Record<string, string>): string {
  for (const [file, text] of Object.entries(files)) {
    const at = path.join(dir, name, file)
    mkdirSync(path.dirname(at), { recursive: true })
    writeFileSync(at, text)
  }
  return path.join(dir, name, 'openapi.yaml')
}
const head = 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\n'
const components = (doc: JsonObject) => doc.components as Record<string, Record<string, unknown>>
const passes = (doc: JsonObject) => {
  for (const operation of operationsOf(doc))
    expect([operation.key, sliceOf(doc, operation.key).report.failures]).toEqual([operation.key, []])
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-bundle-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('bundling', () => {
  it.each(['size', 'constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'hoists a schema file named %s.yml, and a pointer token of that name, exactly as named',
    async name => {
      const file = layout(`names-${name}`, {
        [`${name}.yml`]: `type: object\nproperties:\n  ${JSON.stringify(name)}: {type: integer}\n`,
        'common.yaml': `${JSON.stringify(name)}: {type: string}\n`,
        'openapi.yaml':
          head +
          `paths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content:\n            application/json:\n              schema:\n                type: object\n                properties:\n                  a: {$ref: "./${name}.yml"}\n                  b: {$ref: "./common.yaml#/${name}"}\n`
      })
      const spec = await loadSpec(file)
      const schemas = components(spec.doc).schemas
      expect(Object.getPrototypeOf(schemas)).toBe(Object.prototype)
      expect(Object.keys(schemas)).toEqual([name, `common_${name}`])
      const hoisted = Object.getOwnPropertyDescriptor(schemas, name)?.value as JsonObject
      expect(Object.keys(hoisted.properties as JsonObject)).toEqual([name])
      expect(Object.getOwnPropertyDescriptor(hoisted.properties, name)?.value).toEqual({ type: 'integer' })
      expect(Object.getOwnPropertyDescriptor(schemas, `common_${name}`)?.value).toEqual({ type: 'string' })
      expect(({} as Record<string, unknown>).type).toBeUndefined()
    }
  )

  it('writes a file that a root component entry names in that entry, and points every other ref to it there', async () => {
    const file = layout('homes', {
      'pet.yaml': 'type: object\nproperties:\n  children: {type: array, items: {$ref: "#"}}\n',
      'openapi.yaml':
        head +
        'paths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content: {application/json: {schema: {$ref: "./pet.yaml"}}}\n' +
        'components:\n  schemas:\n    Pet: {$ref: "./pet.yaml"}\n'
    })
    const spec = await loadSpec(file)
    expect(components(spec.doc).schemas).toEqual({
      Pet: {
        type: 'object',
        properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Pet' } } }
      }
    })
    expect(getMedia(spec.doc).schema).toEqual({ $ref: '#/components/schemas/Pet' })
    expect(spec.notes).toEqual([])
    expect(spec.locate(['components', 'schemas', 'Pet', 'properties', 'children'])).toMatchObject({
      file: path.join(dir, 'homes/pet.yaml'),
      line: 3
    })
    passes(spec.doc)
  })

  it('never lets a hoisted file overwrite a name of a components section given by $ref', async () => {
    const file = layout('section-ref', {
      'schemas.yaml': 'Pet: {$ref: "./Other.yaml"}\nOwner: {$ref: "./Pet.yaml"}\n',
      'Other.yaml': 'type: string\n',
      'Pet.yaml': 'type: integer\n',
      'openapi.yaml':
        head +
        'paths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content: {application/json: {schema: {$ref: "#/components/schemas/Owner"}}}\n' +
        'components:\n  schemas: {$ref: "./schemas.yaml"}\n'
    })
    const spec = await loadSpec(file)
    expect(components(spec.doc).schemas).toEqual({
      Pet: { $ref: '#/components/schemas/Other' },
      Owner: { $ref: '#/components/schemas/Pet_2' },
      Other: { type: 'string' },
      Pet_2: { type: 'integer' }
    })
    passes(spec.doc)
  })

  it('keeps every name, inherited-looking or not, as a file, a pointer token and a field', async () => {
    const risky = ['__proto__', 'constructor', 'prototype', 'toString', 'size', 'hasOwnProperty', 'valueOf']
    const name = fc.oneof(fc.constantFrom(...risky), fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/))
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(name, { minLength: 1, maxLength: 4 }), async names => {
        const files: Record<string, string> = {
          'common.yaml': names
            .map(
              n =>
                `${JSON.stringify(n)}: {type: object, properties: {${JSON.stringify(n)}: {type: string}}}\n`
            )
            .join('')
        }
        const properties = names.map(
          n => `${JSON.stringify(n)}: {$ref: ${JSON.stringify(`./common.yaml#/${n}`)}}`
        )
        files['openapi.yaml'] =
          head +
          `paths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content: {application/json: {schema: {type: object, properties: {${properties.join(', ')}}}}}\n`
        const spec = await loadSpec(layout(`property-${run++}`, files))
        const schemas = components(spec.doc).schemas
        expect(Object.keys(schemas)).toEqual(names.map(n => `common_${n}`))
        for (const n of names) {
          const hoisted = Object.getOwnPropertyDescriptor(schemas, `common_${n}`)?.value as JsonObject
          expect(Object.keys(hoisted.properties as JsonObject)).toEqual([n])
        }
        expect(Object.prototype).not.toHaveProperty('type')
      }),
      { numRuns: 25, seed: 19 }
    )
  })

  it.each(['size', '__proto__'])('suffixes a hoisted %s that meets a component of that name', async name => {
    const file = layout(`taken-${name}`, {
      [`${name}.yml`]: 'type: integer\n',
      'openapi.yaml':
        head +
        `paths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content: {application/json: {schema: {$ref: "./${name}.yml"}}}\n` +
        `components:\n  schemas:\n    ${JSON.stringify(name)}: {type: string}\n`
    })
    const spec = await loadSpec(file)
    const schemas = components(spec.doc).schemas
    expect(Object.keys(schemas)).toEqual([name, `${name}_2`])
    expect(Object.getOwnPropertyDescriptor(schemas, name)?.value).toEqual({ type: 'string' })
    expect(schemas[`${name}_2`]).toEqual({ type: 'integer' })
    expect(spec.notes.map(note => note.code)).toEqual(['BUNDLE_NAME_SUFFIXED'])
  })

  it('keeps a $ref inside literal data as data unless it names a local file, which is inlined', async () => {
    const file = layout('literal', {
      'examples.yml': 'user: {id: 7, name: ann}\n',
      'openapi.yaml':
        head +
        'paths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content:\n            application/json:\n' +
        '              schema: {type: object, default: {$ref: "https://api.example.com/scim/v2/x"}, enum: [{$ref: "missing.yaml"}]}\n' +
        '              example: {$ref: "./examples.yml#/user"}\n' +
        '            application/xml:\n              examples:\n                scim: {value: {schemas: [x], $ref: "https://api.github.com/scim/v2/Users/1"}}\n' +
        '                local: {value: {$ref: "#/x-data"}}\n' +
        'x-data: {a: 1}\n'
    })
    const spec = await loadSpec(file)
    const media = getMedia(spec.doc)
    expect(media.example).toEqual({ id: 7, name: 'ann' })
    expect(getMedia(spec.doc, 'application/xml').examples).toEqual({
      scim: { value: { schemas: ['x'], $ref: 'https://api.github.com/scim/v2/Users/1' } },
      local: { value: { $ref: '#/x-data' } }
    })
    expect(media.schema).toEqual({
      type: 'object',
      default: { $ref: 'https://api.example.com/scim/v2/x' },
      enum: [{ $ref: 'missing.yaml' }]
    })
    expect(spec.notes.map(note => [note.code, note.severity])).toEqual([
      ['BUNDLE_REF_KEPT_AS_DATA', 'info'],
      ['BUNDLE_REF_KEPT_AS_DATA', 'info'],
      ['BUNDLE_REF_KEPT_AS_DATA', 'info']
    ])
    expect(spec.notes[1]).toMatchObject({
      message: expect.stringContaining('there is no such file'),
      location: { file, line: 11 }
    })
    // The data stays data in the slice too: no phase takes it for a reference.
    passes(spec.doc)
  })

  it('never reads a file outside the ref root for literal data, and still refuses it where a schema needs it', async () => {
    const media = (field: string) =>
      head +
      `paths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content: {application/json: {${field}: {$ref: "../secret.yaml"}}}\n`
    layout('jail', { 'secret.yaml': 'password: hunter2\n' })
    const example = layout('jail/example', { 'openapi.yaml': media('example') })
    const spec = await loadSpec(example)
    expect(getMedia(spec.doc).example).toEqual({ $ref: '../secret.yaml' })
    expect(spec.notes).toEqual([
      expect.objectContaining({
        code: 'BUNDLE_REF_KEPT_AS_DATA',
        message: expect.stringContaining('outside the spec')
      })
    ])
    const schema = layout('jail/schema', { 'openapi.yaml': media('schema') })
    await expect(loadSpec(schema)).rejects.toMatchObject({ code: 'REF_OUTSIDE_ROOT' })
  })

  it('stops inlining files in files past a depth no stack overflows at', async () => {
    const nested = (ref: string) => '{"a":'.repeat(900) + JSON.stringify({ $ref: ref }) + '}'.repeat(900)
    const files: Record<string, string> = { 'openapi.yaml': head + 'paths: {}\nx-a: {$ref: "f0.json"}\n' }
    for (let i = 0; i < 8; i++) files[`f${i}.json`] = nested(`f${i + 1}.json`)
    files['f8.json'] = '{}'
    const spec = await loadSpec(layout('deep', files))
    expect(spec.notes.map(note => note.code)).toEqual(['BUNDLE_REF_TOO_DEEP'])
  })

  it("keeps a ref in another file that names the root's components, and says so", async () => {
    const file = layout('root-pointer', {
      'paths/a.yaml':
        'get:\n  responses:\n    "200":\n      description: ok\n      content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}\n',
      'openapi.yaml':
        head + 'paths:\n  /a: {$ref: "paths/a.yaml"}\ncomponents:\n  schemas:\n    Pet: {type: object}\n'
    })
    const spec = await loadSpec(file)
    expect(spec.notes).toEqual([
      expect.objectContaining({
        code: 'BUNDLE_REF_TO_ROOT',
        severity: 'info',
        location: expect.objectContaining({ file: path.join(dir, 'root-pointer/paths/a.yaml'), line: 5 })
      })
    ])
    passes(spec.doc)
  })

  it('inlines an operation given by $ref, from a file or from the document, and says so', async () => {
    const file = layout('operations', {
      'resources/droplets/get.yml':
        'operationId: getDroplet\nresponses:\n  "200": {$ref: "../../shared/responses.yml#/ok"}\n',
      'shared/responses.yml':
        'ok: {description: ok, content: {application/json: {schema: {type: string}}}}\n',
      'openapi.yaml':
        head +
        'paths:\n  /droplets:\n    get: {$ref: "resources/droplets/get.yml"}\n    put: {$ref: "#/x-operations/put"}\n' +
        'x-operations:\n  put: {operationId: putDroplet, responses: {"204": {description: none}}}\n'
    })
    const spec = await loadSpec(file)
    const item = (spec.doc.paths as Record<string, Record<string, JsonObject>>)['/droplets']
    expect(item.get).toEqual({
      operationId: 'getDroplet',
      responses: { '200': { $ref: '#/components/responses/responses_ok' } }
    })
    expect(item.put).toEqual({ operationId: 'putDroplet', responses: { '204': { description: 'none' } } })
    expect(
      spec.notes.filter(note => note.code === 'BUNDLE_OPERATION_INLINED').map(note => note.message)
    ).toEqual([
      expect.stringContaining('resources/droplets/get.yml'),
      expect.stringContaining('#/x-operations/put')
    ])
    passes(spec.doc)
    const [get] = operationsOf(spec.doc).map(operation => spec.locate(operation.tokens))
    expect(get).toMatchObject({ file: path.join(dir, 'operations/resources/droplets/get.yml'), line: 1 })
  })

  it('inlines an operation given by $ref in a single-file document', async () => {
    const file = layout('one-file', {
      'openapi.yaml':
        head +
        'paths:\n  /a:\n    get: {$ref: "#/x-operations/get"}\nx-operations:\n  get: {responses: {"204": {description: none}}}\n'
    })
    const spec = await loadSpec(file)
    passes(spec.doc)
  })

  it('inlines external refs in extensions where they stand, never as schemas', async () => {
    const file = layout('extensions', {
      'examples/curl.yml': 'lang: curl\nsource: curl https://example.com\n',
      'openapi.yaml':
        head +
        'paths:\n  /a:\n    get:\n      x-codeSamples: [{$ref: "examples/curl.yml"}]\n      responses: {"204": {description: none}}\n'
    })
    const spec = await loadSpec(file)
    const get = (spec.doc.paths as Record<string, Record<string, JsonObject>>)['/a'].get
    expect(get['x-codeSamples']).toEqual([{ lang: 'curl', source: 'curl https://example.com' }])
    expect(spec.doc.components).toBeUndefined()
    passes(spec.doc)
  })

  it('hoists each member of a definitions container as a component of its own, and leaves the container out', async () => {
    const file = layout('definitions', {
      'order.yaml':
        'type: object\nproperties:\n  lines: {type: array, items: {$ref: "#/definitions/Line"}}\n' +
        'definitions:\n  Line:\n    type: object\n    properties:\n      x: {$ref: "#/definitions/Other"}\n  Other: {type: string}\n  Unused: {type: number}\n',
      'openapi.yaml':
        head +
        'paths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content:\n            application/json:\n' +
        '              schema: {type: object, properties: {line: {$ref: "./order.yaml#/definitions/Line"}, order: {$ref: "./order.yaml"}}}\n'
    })
    const spec = await loadSpec(file)
    const schemas = components(spec.doc).schemas
    expect(schemas).toEqual({
      order_Line: { type: 'object', properties: { x: { $ref: '#/components/schemas/order_Other' } } },
      order: {
        type: 'object',
        properties: { lines: { type: 'array', items: { $ref: '#/components/schemas/order_Line' } } }
      },
      order_Other: { type: 'string' }
    })
    passes(spec.doc)
    // Item 6: a pointer inside a hoisted component is located in its own file.
    expect(spec.locate(['components', 'schemas', 'order_Line', 'properties', 'x'])).toMatchObject({
      file: path.join(dir, 'definitions/order.yaml'),
      pointer: '/definitions/Line/properties/x',
      line: 8,
      column: 7
    })
    expect(spec.locate(['paths', '/a', 'get'])).toMatchObject({ file, line: 5 })
  })
})

function getMedia(doc: JsonObject, type = 'application/json'): JsonObject {
  const paths = doc.paths as Record<string, Record<string, JsonObject>>
  const response = (paths['/a'].get.responses as Record<string, JsonObject>)['200']
  return (response.content as Record<string, JsonObject>)[type]
}

describe('what files other than the root hold', () => {
  it('reads them as strictly as the root: numbers, YAML tags and encodings', async () => {
    const file = layout('texts', {
      'limits.yaml': 'type: integer\nmaximum: 9007199254740993\nx-note: !custom kept\n',
      'openapi.yaml':
        head +
        'paths:\n  /a:\n    get:\n      parameters:\n        - {name: n, in: query, schema: {$ref: "./limits.yaml"}}\n      responses: {"200": {description: ok}}\n'
    })
    const spec = await loadSpec(file)
    const notes = spec.notes.map(note => [note.code, note.location?.file])
    expect(notes).toContainEqual(['SPEC_NUMBER_PRECISION', path.join(dir, 'texts', 'limits.yaml')])
    expect(notes).toContainEqual(['SPEC_YAML_TAG', path.join(dir, 'texts', 'limits.yaml')])
    expect([...spec.numberLiterals.values()]).toEqual(['9007199254740993'])

    const latin1 = layout('latin1', {
      'pet.yaml': Buffer.from('description: "Caf\xe9"\ntype: string\n', 'latin1') as unknown as string,
      'openapi.yaml':
        head +
        'paths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content: {application/json: {schema: {$ref: "./pet.yaml"}}}\n'
    })
    const loaded = await loadSpec(latin1)
    const warning = loaded.notes.find(note => note.code === 'BUNDLE_REF_UNRESOLVED')
    expect(warning?.message).toMatch(/not UTF-8/)
  })
})

describe('refs that are not bundled', () => {
  const refTo = (ref: string) =>
    head +
    `paths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content: {application/json: {schema: {$ref: '${ref}'}}}\n`

  it('reads a backslash path as a local path, inside the ref root, never as a URL', async () => {
    const file = layout('backslash/api', {
      'common/a.yaml': 'type: string\n',
      'openapi.yaml': refTo('..\\api\\common\\a.yaml')
    })
    const spec = await loadSpec(file)
    expect(components(spec.doc).schemas).toEqual({ a: { type: 'string' } })
    const outside = layout('backslash-out', { 'openapi.yaml': refTo('\\\\tmp\\x.yaml') })
    await expect(loadSpec(outside)).rejects.toMatchObject({
      code: 'REF_OUTSIDE_ROOT',
      message: expect.stringContaining('/tmp/x.yaml')
    })
  })

  it.each([
    ['a folder', './schemas', 'it names a folder, not a file'],
    ['a missing fragment', './schemas/pet.yaml#/Nope', 'pet.yaml has no /Nope'],
    ['a missing file', './schemas/cat.yaml', 'there is no such file'],
    ['a file too large to read', './big.yaml', 'the file is over 2147483647 bytes, more than can be read']
  ])('says why a ref to %s was not bundled, where the ref is', async (_, ref, reason) => {
    const file = layout(`unbundled-${ref.replace(/\W/g, '')}`, {
      'schemas/pet.yaml': 'type: object\n',
      'big.yaml': 'type: string\n',
      'openapi.yaml': refTo(ref)
    })
    const tooLarge = Object.assign(new RangeError('File size is greater than 2 GiB'), {
      code: 'ERR_FS_FILE_TOO_LARGE'
    })
    const reader = {
      ...nodeSpecReader,
      readFile: (at: string) =>
        at.endsWith('big.yaml') ? Promise.reject(tooLarge) : nodeSpecReader.readFile(at)
    }
    const spec = await loadSpec(file, { reader })
    expect(spec.notes).toEqual([
      expect.objectContaining({
        code: 'BUNDLE_REF_UNRESOLVED',
        severity: 'warning',
        message: `The $ref ${ref} was not bundled: ${reason}.`,
        pointer: '/paths/~1a/get/responses/200/content/application~1json/schema',
        location: expect.objectContaining({ file, line: 9 })
      })
    ])
    // The failure of the operation says why too, and blames the source at the ref's own line.
    const result = await runBatch(
      { spec: file, outputDir: path.join(path.dirname(file), 'out'), minPassRate: 0 },
      {},
      { specReader: reader }
    )
    expect(result.failures).toEqual([
      expect.objectContaining({
        phase: 'references',
        reason: `the source document's external reference ${ref} at /paths/~1a/get/responses/200/content/application~1json/schema was not bundled: ${reason}`,
        cause: expect.objectContaining({
          inSource: true,
          location: expect.objectContaining({ file, line: 9 })
        })
      })
    ])
  })
})
