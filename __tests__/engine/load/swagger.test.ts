import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { loadSpec } from '../../../src/engine/load/load-spec.js'
import { enumerateOperations } from '../../../src/engine/openapi/operations.js'
import { sliceOf } from '../../helpers/slice-doc.js'

let dir: string
const write = (name: string, value: unknown) => {
  const file = path.join(dir, name)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2))
  return file
}
const info = { title: 't', version: '1' }

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-swagger-'))
  // Azure's layout: shared types two folders up, definitions and parameters beside the root.
  write('common/types.json', {
    swagger: '2.0',
    info,
    paths: {},
    parameters: {
      ApiVersionParameter: { name: 'api-version', in: 'query', required: true, type: 'string' },
      Endpoint: {
        name: 'endpoint',
        in: 'path',
        required: true,
        type: 'string',
        format: 'url',
        'x-ms-skip-url-encoding': true,
        'x-ms-parameter-location': 'client'
      }
    },
    definitions: {
      ErrorResponse: { type: 'object', properties: { error: { $ref: '#/definitions/ErrorDetail' } } },
      ErrorDetail: {
        type: 'object',
        properties: { code: { type: 'string' }, more: { $ref: './more.json#/Inner' } }
      }
    },
    responses: { Failed: { description: 'failed', schema: { $ref: '#/definitions/ErrorResponse' } } }
  })
  write('common/more.json', { Inner: { type: 'integer' } })
  write('svc/stable/definitions.json', {
    definitions: {
      Pet: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          error: { $ref: '../../common/types.json#/definitions/ErrorResponse' }
        }
      }
    }
  })
  write('svc/stable/examples/list.json', {
    parameters: { 'api-version': '1' },
    responses: { '200': { body: [] } }
  })
  write('svc/stable/params.json', {
    parameters: {
      PetBody: {
        name: 'pet',
        in: 'body',
        required: true,
        schema: { $ref: './definitions.json#/definitions/Pet' }
      }
    }
  })
  write('svc/stable/pets.json', {
    swagger: '2.0',
    info,
    host: 'example.com',
    schemes: ['https'],
    paths: {
      '/pets': {
        get: {
          operationId: 'Pets_List',
          'x-ms-examples': { List: { $ref: './examples/list.json' } },
          parameters: [{ $ref: '../../common/types.json#/parameters/ApiVersionParameter' }],
          responses: {
            '200': {
              description: 'ok',
              schema: { type: 'array', items: { $ref: './definitions.json#/definitions/Pet' } }
            },
            default: { $ref: '../../common/types.json#/responses/Failed' }
          }
        },
        put: {
          operationId: 'Pets_Put',
          consumes: ['application/json'],
          parameters: [{ $ref: './params.json#/parameters/PetBody' }],
          responses: { '200': { description: 'ok' } }
        }
      }
    },
    definitions: {
      Pet: { type: 'string', description: 'a local Pet that an external one must not overwrite' }
    }
  })
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const sliceAll = (doc: JsonObject) =>
  enumerateOperations(doc).map(op => ({ key: op.key, failures: sliceOf(doc, op.key).report.failures }))

describe('Swagger 2.0 split across files', () => {
  it('slices and validates every operation whose refs point into other 2.0 files', async () => {
    const spec = await loadSpec(path.join(dir, 'svc/stable/pets.json'), { refRoot: dir })
    expect(spec.sourceVersion).toBe('2.0')
    expect(sliceAll(spec.doc)).toEqual([
      { key: 'GET /pets', failures: [] },
      { key: 'PUT /pets', failures: [] }
    ])
    const components = spec.doc.components as JsonObject
    // The local Pet keeps its name; the external one is named from its file.
    expect(Object.keys(components.schemas as JsonObject)).toEqual(
      expect.arrayContaining([
        'Pet',
        'definitions_Pet',
        'types_ErrorResponse',
        'types_ErrorDetail',
        'more_Inner'
      ])
    )
    expect((components.schemas as JsonObject).Pet).toEqual({
      type: 'string',
      description: 'a local Pet that an external one must not overwrite'
    })
    const put = (spec.doc.paths as JsonObject)['/pets'] as JsonObject
    expect(JSON.stringify((put.put as JsonObject).requestBody)).toContain('definitions_Pet')
    // An example given by file reaches the converter, which makes 3.0 examples of it.
    expect((components.examples as JsonObject).List).toEqual({ value: [] })
    expect(JSON.stringify(spec.doc)).not.toContain('.json')
  })

  it('keeps a URL $ref in example data as data, and still fails only the operation using a missing file', async () => {
    const root = write('data/api.json', {
      swagger: '2.0',
      info,
      paths: {
        '/users': {
          get: {
            produces: ['application/json'],
            responses: {
              '200': {
                description: 'ok',
                schema: { type: 'object' },
                examples: { 'application/json': { meta: { $ref: 'https://api.github.com/scim/v2/Users/1' } } }
              }
            }
          }
        },
        '/gone': {
          get: {
            parameters: [{ $ref: './missing.json#/parameters/P' }],
            responses: { '200': { description: 'ok' } }
          }
        }
      }
    })
    const spec = await loadSpec(root)
    const [users, gone] = sliceAll(spec.doc)
    expect(users.failures).toEqual([])
    expect(gone.failures).toMatchObject([{ phase: 'references' }])
    expect(gone.failures[0].reason).toContain('./missing.json#/')
  })

  it('refuses a 2.0 external file outside the ref root', async () => {
    const root = write('inner/api.json', {
      swagger: '2.0',
      info,
      paths: {
        '/a': {
          get: {
            parameters: [{ $ref: '../common/types.json#/parameters/ApiVersionParameter' }],
            responses: { '200': { description: 'ok' } }
          }
        }
      }
    })
    await expect(loadSpec(root)).rejects.toMatchObject({ code: 'REF_OUTSIDE_ROOT' })
  })

  it('makes servers from x-ms-parameterized-host whose parameters live in another file', async () => {
    const root = write('host/api.json', {
      swagger: '2.0',
      info,
      'x-ms-parameterized-host': {
        hostTemplate: '{endpoint}',
        useSchemePrefix: false,
        parameters: [{ $ref: '../common/types.json#/parameters/Endpoint' }]
      },
      paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } }
    })
    const spec = await loadSpec(root, { refRoot: dir })
    expect(spec.doc.servers).toEqual([
      {
        url: '{endpoint}',
        variables: {
          endpoint: { default: 'none', 'x-ms-skip-url-encoding': true, 'x-ms-parameter-location': 'client' }
        }
      }
    ])
    expect(sliceAll(spec.doc)).toEqual([{ key: 'GET /a', failures: [] }])
  })

  it('converts x-ms-parameterized-host in a document without schemes', async () => {
    const root = write('host/no-schemes.json', {
      swagger: '2.0',
      info,
      basePath: '/v1',
      'x-ms-parameterized-host': {
        hostTemplate: '{account}.example.com',
        parameters: [{ name: 'account', in: 'path', required: true, type: 'string', enum: ['a', 'b'] }]
      },
      paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } }
    })
    const spec = await loadSpec(root)
    expect(spec.doc.servers).toEqual([
      { url: '/v1' },
      { url: '{account}.example.com/v1', variables: { account: { default: 'a', enum: ['a', 'b'] } } }
    ])
  })
})

describe('Swagger 2.0 whose sections are files', () => {
  it('reads info, paths and definitions given by $ref, and a root pointer written in another file', async () => {
    write('sections/info/index.yaml', info)
    write('sections/paths/index.yaml', { '/user': { $ref: './user.yaml' } })
    write('sections/paths/user.yaml', {
      get: { responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/User' } } } }
    })
    write('sections/definitions/index.yaml', { User: { $ref: './User.yaml' } })
    write('sections/definitions/User.yaml', { type: 'object', properties: { name: { type: 'string' } } })
    write('sections/index.yaml', {
      swagger: '2.0',
      info: { $ref: './info/index.yaml' },
      paths: { $ref: './paths/index.yaml' },
      definitions: { $ref: './definitions/index.yaml' }
    })
    const spec = await loadSpec(path.join(dir, 'sections/index.yaml'))
    expect(sliceAll(spec.doc)).toEqual([{ key: 'GET /user', failures: [] }])
    expect(spec.notes.map(note => note.code)).toContain('BUNDLE_REF_TO_ROOT')
  })
})

describe('Swagger 2.0 null types', () => {
  it('keeps a null type checkable and records each such schema', async () => {
    const root = write(
      'nulls/api.yaml',
      [
        'swagger: "2.0"',
        'info: {title: t, version: "1"}',
        'paths:',
        '  /a:',
        '    get:',
        '      responses:',
        '        "200": {description: ok, schema: {$ref: "#/definitions/Thing"}}',
        'definitions:',
        '  Thing:',
        '    type: object',
        '    properties:',
        '      gone: {type: "null"}',
        '      name: {type: [string, "null"]}',
        '      either: {type: [string, integer, "null"]}',
        '      kind: {type: string, x-nullable: true, enum: [a, null]}',
        '      other: {$ref: "#/definitions/Other", x-nullable: true}',
        '  Other: {type: string}',
        ''
      ].join('\n')
    )
    const spec = await loadSpec(root)
    const thing = ((spec.doc.components as JsonObject).schemas as JsonObject).Thing as JsonObject
    const properties = thing.properties as JsonObject
    expect(properties.gone).toEqual({ nullable: true, enum: [null] })
    expect(properties.name).toEqual({ type: 'string', nullable: true })
    expect(properties.either).toMatchObject({
      nullable: true,
      oneOf: [{ type: 'string' }, { type: 'integer' }]
    })
    expect(properties.kind).toEqual({ type: 'string', nullable: true, enum: ['a', null] })
    const notes = spec.notes.filter(note => note.code === 'CONVERT_NULL_TYPE')
    expect(notes.map(note => [note.severity, note.pointer, note.location?.line])).toEqual([
      ['warning', '/definitions/Thing/properties/gone', 12],
      ['warning', '/definitions/Thing/properties/name', 13],
      ['warning', '/definitions/Thing/properties/either', 14]
    ])
    expect(spec.notes.filter(note => note.code === 'CONVERT_NULLABLE_REF')).toMatchObject([
      { severity: 'warning', pointer: '/definitions/Thing/properties/other' }
    ])
    expect(sliceAll(spec.doc)).toEqual([{ key: 'GET /a', failures: [] }])
  })
})

describe('Swagger 2.0 locations', () => {
  it('locates a place of the converted document on its line in the 2.0 text', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-swagger-at-'))
    const file = path.join(dir, 'swagger.yaml')
    writeFileSync(
      file,
      [
        'swagger: "2.0"',
        'info: {title: t, version: "1"}',
        'paths:',
        '  /pets:',
        '    get:',
        '      responses:',
        '        "200":',
        '          description: ok',
        '          schema:',
        '            $ref: "#/definitions/Pets"',
        'definitions:',
        '  Pets:',
        '    type: array',
        '    items:',
        '      $ref: "#/definitions/Nope"',
        ''
      ].join('\n')
    )
    try {
      const spec = await loadSpec(file)
      expect(spec.locate(['components', 'schemas', 'Pets', 'items', '$ref'])).toMatchObject({ line: 15 })
      expect(
        spec.locate([
          'paths',
          '/pets',
          'get',
          'responses',
          '200',
          'content',
          'application/json',
          'schema',
          '$ref'
        ])
      ).toMatchObject({ line: 10 })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
