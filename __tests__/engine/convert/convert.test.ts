import { describe, expect, it } from '@jest/globals'
import { convertDocument } from '../../../src/engine/convert/convert-document.js'
import type { Finding } from '../../../src/engine/findings.js'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { schemaTo30 } from '../../../src/engine/convert/to-30.js'
import { schemaTo31 } from '../../../src/engine/convert/to-31.js'
import { sliceOf } from '../../helpers/slice-doc.js'

const to31 = (schema: JsonObject, inBody = false) => {
  const notes: Finding[] = []
  return { schema: schemaTo31(schema, { at: () => '/s', notes, inRequestBody: inBody }), notes }
}
const to30 = (schema: JsonObject) => {
  const notes: Finding[] = []
  return { schema: schemaTo30(schema, { at: () => '/s', notes }), notes }
}

describe('3.0 → 3.1', () => {
  it('nullable becomes a type array with null, and null joins a nullable enum', () => {
    expect(to31({ type: 'string', nullable: true, enum: ['a', 'b'], format: 'email' }).schema).toEqual({
      type: ['string', 'null'],
      enum: ['a', 'b', null],
      format: 'email'
    })
    expect(to31({ type: 'string', nullable: false }).schema).toEqual({ type: 'string' })
    expect(
      to31({ nullable: true, allOf: [{ $ref: '#/components/schemas/A' }], description: 'd' }).schema
    ).toEqual({
      description: 'd',
      anyOf: [{ allOf: [{ $ref: '#/components/schemas/A' }] }, { type: 'null' }]
    })
  })
  it('example becomes examples', () => {
    expect(to31({ type: 'integer', example: 3 }).schema).toEqual({ type: 'integer', examples: [3] })
  })
  it('boolean exclusive bounds become numbers', () => {
    expect(
      to31({ type: 'number', minimum: 1, exclusiveMinimum: true, maximum: 9, exclusiveMaximum: false }).schema
    ).toEqual({ type: 'number', exclusiveMinimum: 1, maximum: 9 })
  })
  it('binary and base64 strings in request bodies use contentMediaType and contentEncoding', () => {
    expect(to31({ type: 'string', format: 'binary' }, true).schema).toEqual({
      type: 'string',
      contentMediaType: 'application/octet-stream'
    })
    expect(to31({ type: 'string', format: 'byte' }, true).schema).toEqual({
      type: 'string',
      contentEncoding: 'base64'
    })
    expect(to31({ type: 'string', format: 'binary' }, false).schema).toEqual({
      type: 'string',
      format: 'binary'
    })
  })
  it('keeps example where a $ref points into it, so the ref still resolves in the slice', () => {
    const source: JsonObject = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/users': {
          get: {
            responses: {
              '200': {
                description: 'OK',
                content: {
                  'application/json': {
                    schema: { $ref: '#/components/schemas/User' },
                    examples: { one: { value: { $ref: '#/components/schemas/User/example' } } }
                  }
                }
              }
            }
          }
        }
      },
      components: {
        schemas: {
          User: { type: 'object', example: { name: 'Ada' } },
          Other: { type: 'string', example: 'x' }
        }
      }
    }
    const { doc, notes } = convertDocument(source, '3.0', '3.1')
    const schemas = (doc.components as JsonObject).schemas as JsonObject
    expect(schemas.User).toEqual({ type: 'object', example: { name: 'Ada' } })
    // A schema no ref points into is converted as before.
    expect(schemas.Other).toEqual({ type: 'string', examples: ['x'] })
    expect(notes).toContainEqual(
      expect.objectContaining({ code: 'CONVERT_EXAMPLE_KEPT', pointer: '/components/schemas/User' })
    )
    const { report } = sliceOf(doc, 'GET /users')
    expect(report.failures).toEqual([])
  })
  it('declares openapi 3.1.0', () => {
    const { doc, version } = convertDocument(
      { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {} },
      '3.0',
      '3.1'
    )
    expect([doc.openapi, version]).toEqual(['3.1.0', '3.1'])
  })
})

describe('3.1 → 3.0', () => {
  it('type arrays with null become nullable; several types become anyOf', () => {
    expect(to30({ type: ['string', 'null'] }).schema).toEqual({ type: 'string', nullable: true })
    expect(to30({ type: ['string', 'integer', 'null'], minimum: 1 }).schema).toEqual({
      minimum: 1,
      anyOf: [{ type: 'string' }, { type: 'integer' }],
      nullable: true
    })
    expect(to30({ type: 'null' }).schema).toEqual({ enum: [null], nullable: true })
  })
  it('const becomes a single-value enum; examples become example', () => {
    expect(to30({ const: 'x' }).schema).toEqual({ enum: ['x'] })
    const { schema, notes } = to30({ type: 'string', examples: ['a', 'b'] })
    expect(schema).toEqual({ type: 'string', example: 'a' })
    expect(notes[0].message).toContain('2 examples')
  })
  it('numeric exclusive bounds become boolean ones with minimum/maximum', () => {
    expect(to30({ type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 10 }).schema).toEqual({
      type: 'number',
      minimum: 0,
      exclusiveMinimum: true,
      maximum: 10,
      exclusiveMaximum: true
    })
  })
  it('contentEncoding base64 becomes format byte; contentMediaType becomes format binary', () => {
    expect(to30({ type: 'string', contentEncoding: 'base64' }).schema).toEqual({
      type: 'string',
      format: 'byte'
    })
    expect(to30({ type: 'string', contentMediaType: 'image/png' }).schema).toEqual({
      type: 'string',
      format: 'binary'
    })
  })
  it('a $ref with siblings becomes an allOf wrapper', () => {
    expect(to30({ $ref: '#/components/schemas/A', description: 'why' }).schema).toEqual({
      allOf: [{ $ref: '#/components/schemas/A' }, { description: 'why' }]
    })
  })
  it('records every loss: prefixItems, if/then/else, unevaluatedProperties and more', () => {
    const { schema, notes } = to30({
      type: 'array',
      prefixItems: [{ type: 'string' }, { type: 'integer' }],
      if: { minItems: 1 },
      then: { maxItems: 3 },
      unevaluatedProperties: false,
      $comment: 'c'
    })
    expect(schema).toEqual({
      type: 'array',
      items: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
      additionalProperties: false
    })
    expect(notes.map(note => note.message.split(' at ')[0]).sort()).toEqual([
      '$comment',
      'Positional items (prefixItems)',
      'conditional subschemas (if/then/else)',
      'conditional subschemas (if/then/else)',
      'unevaluatedProperties (kept as additionalProperties where there was none)'
    ])
  })

  const doc31: JsonObject = {
    openapi: '3.1.0',
    info: { title: 't', version: '1', summary: 's', license: { name: 'MIT', identifier: 'MIT' } },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    paths: {
      '/pets': { $ref: '#/components/pathItems/Pets' },
      '/owners': {
        get: {
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Owner' } } }
            }
          }
        }
      }
    },
    webhooks: { newPet: { post: { responses: { '200': { description: 'ok' } } } } },
    components: {
      pathItems: {
        Pets: {
          get: {
            operationId: 'listPets',
            responses: { '200': { $ref: '#/components/responses/Ok', description: 'sibling' } }
          }
        }
      },
      responses: { Ok: { description: 'ok' } },
      schemas: {
        Owner: {
          type: 'object',
          properties: { pet: { $ref: '#/components/schemas/Owner/$defs/Pet' } },
          $defs: { Pet: { type: ['string', 'null'] } }
        }
      }
    }
  }

  it('inlines components/pathItems, hoists $defs, drops webhooks and jsonSchemaDialect, and declares 3.0.3', () => {
    const { doc, notes } = convertDocument(doc31, '3.1', '3.0')
    expect(doc.openapi).toBe('3.0.3')
    expect(doc.webhooks).toBeUndefined()
    expect(doc.jsonSchemaDialect).toBeUndefined()
    expect((doc.components as JsonObject).pathItems).toBeUndefined()
    expect((doc.paths as JsonObject)['/pets']).toEqual({
      get: { operationId: 'listPets', responses: { '200': { $ref: '#/components/responses/Ok' } } }
    })
    expect((doc.components as { schemas: JsonObject }).schemas).toEqual({
      Owner: { type: 'object', properties: { pet: { $ref: '#/components/schemas/Owner_Pet' } } },
      Owner_Pet: { type: 'string', nullable: true }
    })
    expect(doc.info).toEqual({
      title: 't',
      version: '1',
      license: { name: 'MIT', url: 'https://spdx.org/licenses/MIT.html' }
    })
    expect(notes.map(note => note.code)).toEqual(
      expect.arrayContaining(['CONVERT_WEBHOOK_DROPPED', 'CONVERT_PATH_ITEM_INLINED', 'CONVERT_DEFS_HOISTED'])
    )
    for (const key of ['GET /pets', 'GET /owners']) expect(sliceOf(doc, key).report.failures).toEqual([])
  })

  it('leaves plain data alone, even where it looks like a schema, while converting the schema it is in', () => {
    const lookalike = { type: ['string', 'null'], const: 'x', exclusiveMinimum: 1 }
    const schema = { type: ['string', 'null'], example: lookalike, default: lookalike, 'x-shape': lookalike }
    const source = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: { schemas: { S: schema }, examples: { E: { value: lookalike } } },
      'x-root': lookalike
    }
    const { doc } = convertDocument(source, '3.1', '3.0')
    const components = doc.components as Record<string, Record<string, JsonObject>>
    expect(components.schemas.S).toEqual({
      type: 'string',
      nullable: true,
      example: lookalike,
      default: lookalike,
      'x-shape': lookalike
    })
    expect(components.schemas.S.example).toBe(lookalike)
    expect(components.examples.E).toBe(source.components.examples.E)
    expect(doc['x-root']).toBe(lookalike)
  })

  it('never mutates the source document', () => {
    const before = JSON.stringify(doc31)
    convertDocument(doc31, '3.1', '3.0')
    expect(JSON.stringify(doc31)).toBe(before)
  })
})

describe('refs into what a conversion moves follow it', () => {
  const docWith = (openapi: string, schemas: JsonObject, body: JsonObject): JsonObject => ({
    openapi,
    info: { title: 't', version: '1' },
    paths: {
      '/pets': {
        post: {
          requestBody: { content: { 'application/json': body } },
          responses: { '200': { description: 'ok' } }
        }
      }
    },
    components: { schemas }
  })

  it('3.1 → 3.0: into the fields beside a $ref, and into examples', () => {
    const source = docWith(
      '3.1.0',
      {
        Base: { type: 'object' },
        Pet: {
          $ref: '#/components/schemas/Base',
          properties: { owner: { type: 'string', examples: ['Ada'] } }
        }
      },
      {
        schema: { $ref: '#/components/schemas/Pet/properties/owner' },
        examples: { one: { value: { $ref: '#/components/schemas/Pet/properties/owner/examples/0' } } }
      }
    )
    const { doc, notes } = convertDocument(source, '3.1', '3.0')
    const body = JSON.stringify((doc.paths as JsonObject)['/pets'])
    expect(body).toContain('"#/components/schemas/Pet/allOf/1/properties/owner"')
    expect(body).toContain('"#/components/schemas/Pet/allOf/1/properties/owner/example"')
    expect(notes.filter(note => note.code === 'CONVERT_REF_FOLLOWED')).toHaveLength(2)
    // The source is not changed.
    expect(JSON.stringify(source)).toContain('"#/components/schemas/Pet/properties/owner"')
    const { report } = sliceOf(doc, 'POST /pets')
    expect(report.failures).toEqual([])
  })

  it('3.0 → 3.1: into a nullable schema without a type, which becomes anyOf', () => {
    const source = docWith(
      '3.0.3',
      { Pet: { nullable: true, properties: { owner: { type: 'string' } } } },
      { schema: { $ref: '#/components/schemas/Pet/properties/owner' } }
    )
    const { doc, notes } = convertDocument(source, '3.0', '3.1')
    expect(JSON.stringify((doc.paths as JsonObject)['/pets'])).toContain(
      '"#/components/schemas/Pet/anyOf/0/properties/owner"'
    )
    expect(notes).toContainEqual(expect.objectContaining({ code: 'CONVERT_REF_FOLLOWED' }))
    const { report } = sliceOf(doc, 'POST /pets')
    expect(report.failures).toEqual([])
  })

  it('leaves the document as it is when no ref points into what moved', () => {
    const source = docWith(
      '3.1.0',
      { Pet: { $ref: '#/components/schemas/Base', description: 'd' }, Base: { type: 'object' } },
      { schema: { $ref: '#/components/schemas/Pet' } }
    )
    const { doc, notes } = convertDocument(source, '3.1', '3.0')
    expect((doc.paths as JsonObject)['/pets']).toBe((source.paths as JsonObject)['/pets'])
    expect(notes.some(note => note.code === 'CONVERT_REF_FOLLOWED')).toBe(false)
  })
})

describe('every change a schema conversion makes is recorded, with its pointer', () => {
  const cases31: [JsonObject, string, boolean?][] = [
    [{ type: 'string', nullable: true }, 'CONVERT_NULLABLE'],
    [{ type: 'string', nullable: true, enum: ['a'] }, 'CONVERT_NULLABLE'],
    [{ type: 'string', nullable: false }, 'CONVERT_NULLABLE'],
    [{ nullable: true }, 'CONVERT_NULLABLE_WITHOUT_TYPE'],
    [{ type: 'number', minimum: 1, exclusiveMinimum: true }, 'CONVERT_EXCLUSIVE_BOUND'],
    [{ type: 'number', maximum: 1, exclusiveMaximum: false }, 'CONVERT_EXCLUSIVE_BOUND'],
    [{ type: 'number', exclusiveMaximum: true }, 'CONVERT_EXCLUSIVE_WITHOUT_BOUND'],
    [{ type: 'integer', example: 3 }, 'CONVERT_EXAMPLE'],
    [{ type: 'string', format: 'binary' }, 'CONVERT_CONTENT_FORMAT', true],
    [{ type: 'string', format: 'byte' }, 'CONVERT_CONTENT_FORMAT', true]
  ]
  it.each(cases31.map(([schema, code, inBody]) => [JSON.stringify(schema), code, schema, inBody]))(
    '3.0 → 3.1: %s is recorded as %s',
    (_name, code, schema, inBody) => {
      const { schema: out, notes } = to31(schema as JsonObject, inBody as boolean | undefined)
      expect(out).not.toEqual(schema)
      expect(notes).toContainEqual(expect.objectContaining({ code, pointer: '/s' }))
    }
  )

  const cases30: [JsonObject, string][] = [
    [{ type: ['string', 'null'] }, 'CONVERT_TYPE_ARRAY'],
    [{ type: ['string', 'integer'] }, 'CONVERT_TYPE_ARRAY'],
    [{ type: ['string', 'null'], enum: ['a', null] }, 'CONVERT_TYPE_ARRAY'],
    [{ const: 1 }, 'CONVERT_CONST'],
    [{ type: 'number', exclusiveMinimum: 0 }, 'CONVERT_EXCLUSIVE_BOUND'],
    [{ type: 'number', minimum: 5, exclusiveMinimum: 0 }, 'CONVERT_EXCLUSIVE_BOUND'],
    [{ type: 'string', contentEncoding: 'base64' }, 'CONVERT_CONTENT_FORMAT'],
    [{ contentMediaType: 'image/png' }, 'CONVERT_CONTENT_FORMAT'],
    [{ type: 'object', contentMediaType: 'image/png' }, 'CONVERT_LOSSY'],
    [{ type: 'string', examples: ['a'] }, 'CONVERT_EXAMPLE'],
    [{ type: 'string', examples: [] }, 'CONVERT_EXAMPLE'],
    [{ type: 'string', example: 'a', examples: ['b'] }, 'CONVERT_EXAMPLE'],
    [{ $ref: '#/components/schemas/A', description: 'd' }, 'CONVERT_REF_SIBLINGS']
  ]
  it.each(cases30.map(([schema, code]) => [JSON.stringify(schema), code, schema]))(
    '3.1 → 3.0: %s is recorded as %s',
    (_name, code, schema) => {
      const { schema: out, notes } = to30(schema as JsonObject)
      expect(out).not.toEqual(schema)
      expect(notes).toContainEqual(expect.objectContaining({ code, pointer: '/s' }))
    }
  )

  it('3.1 → 3.0: a 3.0 keyword a 3.1 schema writes, meaningless there, is kept and said to apply', () => {
    const schema = { type: 'string', nullable: true, minimum: 0, exclusiveMinimum: true }
    const { schema: out, notes } = to30(schema)
    expect(out).toBe(schema)
    expect(notes).toEqual([
      expect.objectContaining({
        code: 'CONVERT_KEYWORD_APPLIES',
        pointer: '/s',
        message: expect.stringContaining('nullable and exclusiveMinimum')
      })
    ])
  })
})

describe('3.0 → 3.1 outside schemas', () => {
  it('a summary or description beside a Reference Object’s $ref, ignored in 3.0, is said to apply', () => {
    const source: JsonObject = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/a': {
          get: { responses: { '200': { $ref: '#/components/responses/Ok', description: 'Here' } } }
        },
        // A Path Item's fields beside its $ref apply in 3.0 too.
        '/b': { $ref: '#/paths/~1a', summary: 'Same as /a' }
      },
      components: { responses: { Ok: { description: 'OK' } } }
    }
    const { doc, notes } = convertDocument(source, '3.0', '3.1')
    expect(doc.paths).toBe(source.paths)
    expect(notes).toEqual([
      expect.objectContaining({
        code: 'CONVERT_REF_SIBLINGS',
        pointer: '/paths/~1a/get/responses/200'
      })
    ])
  })
})

describe('a declared draft-04 dialect', () => {
  const draft04 = 'http://json-schema.org/draft-04/schema#'
  const schema = { type: 'integer', minimum: 0, exclusiveMinimum: true, nullable: true }
  const doc = (openapi: string) => ({
    openapi,
    info: { title: 't', version: '1' },
    jsonSchemaDialect: draft04,
    paths: {},
    components: { schemas: { N: schema } }
  })

  it('3.0 → 3.1 keeps boolean exclusive bounds, its form, and records it', () => {
    const { doc: out, notes } = convertDocument(doc('3.0.3'), '3.0', '3.1')
    const converted = ((out.components as JsonObject).schemas as JsonObject).N
    expect(converted).toEqual({ type: ['integer', 'null'], minimum: 0, exclusiveMinimum: true })
    expect(out.jsonSchemaDialect).toBe(draft04)
    expect(notes).toContainEqual(
      expect.objectContaining({ code: 'CONVERT_DIALECT_KEPT', pointer: '/components/schemas/N' })
    )
  })

  it('3.1 → 3.0 keeps them as they are, already the 3.0 form, and says so', () => {
    const { doc: out, notes } = convertDocument(doc('3.1.0'), '3.1', '3.0')
    expect(((out.components as JsonObject).schemas as JsonObject).N).toBe(schema)
    expect(notes.map(note => [note.code, note.pointer])).toEqual([
      ['CONVERT_LOSSY', '/jsonSchemaDialect'],
      ['CONVERT_KEYWORD_APPLIES', '/components/schemas/N']
    ])
    expect(notes[0].message).toContain('draft-04')
    expect(notes[1].message).toMatch(/^nullable at/)
  })
})

describe('conversion notes', () => {
  it('of one kind inside one component come as one note at its pointer, saying each place', () => {
    const nullable = { type: 'string', nullable: true }
    const source: JsonObject = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/a': {
          get: {
            responses: {
              '200': { description: 'OK', content: { 'application/json': { schema: nullable } } }
            }
          }
        }
      },
      components: {
        schemas: {
          A: { type: 'object', properties: { x: nullable, y: nullable }, example: {} },
          B: nullable
        }
      }
    }
    const { notes } = convertDocument(source, '3.0', '3.1')
    expect(notes.map(note => [note.code, note.pointer])).toEqual([
      ['CONVERT_NULLABLE', '/paths/~1a/get/responses/200/content/application~1json/schema'],
      ['CONVERT_NULLABLE', '/components/schemas/A'],
      ['CONVERT_EXAMPLE', '/components/schemas/A'],
      ['CONVERT_NULLABLE', '/components/schemas/B']
    ])
    expect(notes[1].message).toMatch(/^2 changes in \/components\/schemas\/A: /)
    expect(notes[1].message).toContain('at /components/schemas/A/properties/x became')
    expect(notes[1].message).toContain('at /components/schemas/A/properties/y became')
  })
})
