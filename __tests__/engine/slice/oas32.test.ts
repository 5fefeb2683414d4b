import { describe, expect, it } from '@jest/globals'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { enumerateOperations } from '../../../src/engine/openapi/operations.js'
import { getAt } from '../../../src/engine/pointer.js'
import { checkStructure } from '../../../src/engine/validate/structure.js'
import { deepFreeze, sliceOf } from '../../helpers/slice-doc.js'

const ok = { description: 'OK' }
const pet = (schema: JsonObject) => ({ content: { 'application/json': { schema } } })

/** A small 3.2 document with each construct 3.2 adds that a slice must carry. */
function doc32(): JsonObject {
  return deepFreeze<JsonObject>({
    openapi: '3.2.0',
    info: { title: 'pets', version: '1' },
    servers: [{ url: 'https://api.example.com', name: 'production' }],
    tags: [
      { name: 'animals', summary: 'Animals', kind: 'nav' },
      { name: 'pets', summary: 'Pets', parent: 'animals', kind: 'nav' },
      { name: 'dogs', parent: 'pets' },
      { name: 'unused', parent: 'animals' },
      { name: 'loop-a', parent: 'loop-b' },
      { name: 'loop-b', parent: 'loop-a' }
    ],
    paths: {
      '/pets': {
        query: {
          operationId: 'searchPets',
          tags: ['dogs'],
          requestBody: { content: { 'application/json': { $ref: '#/components/mediaTypes/Search' } } },
          responses: {
            '200': {
              summary: 'Matches',
              description: 'A stream of pets',
              content: {
                'application/jsonl': {
                  itemSchema: { $ref: '#/components/schemas/Pet' },
                  examples: { one: { $ref: '#/components/examples/OnePet' } }
                }
              }
            }
          }
        },
        get: { operationId: 'listPets', tags: ['loop-a'], responses: { '200': ok } },
        additionalOperations: {
          LINK: {
            operationId: 'linkPets',
            security: [{ device: ['pets:write'] }],
            parameters: [
              {
                name: 'filter',
                in: 'querystring',
                content: {
                  'application/x-www-form-urlencoded': { schema: { $ref: '#/components/schemas/Filter' } }
                }
              }
            ],
            responses: { '204': { description: 'linked' } }
          },
          PURGE: { operationId: 'purgePets', responses: { '204': { description: 'gone' } } }
        }
      },
      '/uploads': {
        post: {
          operationId: 'upload',
          requestBody: {
            content: {
              'multipart/mixed': {
                itemSchema: { type: 'string' },
                prefixEncoding: [
                  {
                    contentType: 'application/json',
                    headers: { 'X-Part': { $ref: '#/components/headers/Part' } }
                  }
                ],
                itemEncoding: {
                  contentType: 'text/plain',
                  headers: { 'X-Item': { $ref: '#/components/headers/Item' } }
                }
              }
            }
          },
          responses: { '200': pet({ $ref: '#/components/schemas/Animal' }) }
        }
      }
    },
    components: {
      schemas: {
        Pet: { type: 'object', properties: { name: { type: 'string' } } },
        Filter: { type: 'object', properties: { kind: { type: 'string' } } },
        Animal: {
          type: 'object',
          properties: { kind: { type: 'string' } },
          discriminator: {
            propertyName: 'kind',
            mapping: { cat: '#/components/schemas/Cat' },
            defaultMapping: 'Other'
          }
        },
        Cat: { type: 'object' },
        Other: { type: 'object' },
        Unused: { type: 'string' }
      },
      examples: { OnePet: { summary: 'one', dataValue: { name: 'Rex' }, serializedValue: '{"name":"Rex"}' } },
      headers: {
        Part: { schema: { type: 'string' } },
        Item: { schema: { type: 'string' } },
        Unused: { schema: { type: 'string' } }
      },
      mediaTypes: {
        Search: { schema: { $ref: '#/components/schemas/Filter' } },
        Unused: { schema: { type: 'string' } }
      },
      securitySchemes: {
        device: {
          type: 'oauth2',
          deprecated: true,
          oauth2MetadataUrl: 'https://auth.example.com/.well-known/oauth-authorization-server',
          flows: {
            deviceAuthorization: {
              deviceAuthorizationUrl: 'https://auth.example.com/device',
              tokenUrl: 'https://auth.example.com/token',
              scopes: { 'pets:write': 'write pets' }
            }
          }
        }
      }
    }
  })
}

const components = (document: JsonObject) => document.components as Record<string, JsonObject>

describe('slicing OpenAPI 3.2', () => {
  it('lists query and additionalOperations methods as operations, in source order', () => {
    const operations = enumerateOperations(doc32())
    expect(operations.map(op => op.key)).toEqual([
      'QUERY /pets',
      'GET /pets',
      'LINK /pets',
      'PURGE /pets',
      'POST /uploads'
    ])
    expect(operations[2]).toMatchObject({
      method: 'LINK',
      tokens: ['paths', '/pets', 'additionalOperations', 'LINK']
    })
  })

  it('slices a query operation with its media type component, item schema and tag ancestors', () => {
    const { document, report } = sliceOf(doc32(), 'QUERY /pets')
    expect(report.failures).toEqual([])
    expect(Object.keys((document.paths as JsonObject)['/pets'] as JsonObject)).toEqual(['query'])
    expect(components(document).mediaTypes).toEqual({
      Search: { schema: { $ref: '#/components/schemas/Filter' } }
    })
    expect(Object.keys(components(document).schemas)).toEqual(['Pet', 'Filter'])
    expect(components(document).examples.OnePet).toMatchObject({ dataValue: { name: 'Rex' } })
    expect((document.tags as JsonObject[]).map(tag => tag.name)).toEqual(['animals', 'pets', 'dogs'])
    expect(document.servers).toEqual([{ url: 'https://api.example.com', name: 'production' }])
  })

  it('keeps a custom method under additionalOperations, with its querystring parameter and security', () => {
    const { document, report } = sliceOf(doc32(), 'LINK /pets')
    expect(report.failures).toEqual([])
    expect((document.paths as JsonObject)['/pets']).toEqual({
      additionalOperations: { LINK: getAt(doc32(), ['paths', '/pets', 'additionalOperations', 'LINK']) }
    })
    expect(Object.keys(components(document).schemas)).toEqual(['Filter'])
    expect(components(document).securitySchemes.device).toMatchObject({ deprecated: true })
  })

  it('carries the tags of a parent cycle once, without looping', () => {
    const { document, report } = sliceOf(doc32(), 'GET /pets')
    expect(report.failures).toEqual([])
    expect((document.tags as JsonObject[]).map(tag => tag.name)).toEqual(['loop-a', 'loop-b'])
  })

  it('walks prefixEncoding and itemEncoding, and follows defaultMapping like a mapping', () => {
    const { document, report } = sliceOf(doc32(), 'POST /uploads')
    expect(report.failures).toEqual([])
    expect(Object.keys(components(document).headers)).toEqual(['Part', 'Item'])
    expect(Object.keys(components(document).schemas)).toEqual(['Animal', 'Cat', 'Other'])
  })

  it('reads media type components and dataValue as what they are: example data is data, refs into paths are carried', () => {
    const data = { $ref: 'https://example.com/not/a/reference' }
    const doc = deepFreeze({
      openapi: '3.2.0',
      info: { title: 't', version: '1' },
      paths: {
        '/a': {
          get: {
            responses: {
              '200': {
                description: 'a',
                content: { 'text/plain': { schema: { type: 'string' }, example: 'a' } }
              }
            }
          }
        },
        '/b': {
          get: {
            parameters: [
              {
                name: 'q',
                in: 'query',
                schema: { type: 'string' },
                examples: { x: { $ref: '#/components/examples/X' } }
              }
            ],
            responses: {
              '200': {
                description: 'b',
                content: {
                  'text/plain': { $ref: '#/paths/~1a/get/responses/200/content/text~1plain' },
                  'application/json': { $ref: '#/components/mediaTypes/Json' }
                }
              }
            }
          }
        }
      },
      components: {
        mediaTypes: {
          Json: {
            schema: { type: 'object' },
            example: data
          }
        },
        examples: { X: { dataValue: data } }
      }
    })
    const { document, report, notes } = sliceOf(doc, 'GET /b')
    expect(report.failures).toEqual([])
    expect(notes.map(note => note.code)).toContain('DATA_REF_KEPT')
    expect(Object.keys(components(document).mediaTypes)).toEqual([
      'Json',
      'paths_a_get_responses_200_content_text_plain'
    ])
  })

  it('names a custom-method operation outside the slice by its operationId, and checks operationIds across methods', () => {
    const linked = (operationRef: string) => ({
      responses: { '200': { description: 'ok', links: { next: { operationRef } } } }
    })
    const doc = deepFreeze<JsonObject>({
      openapi: '3.2.0',
      info: { title: 't', version: '1' },
      paths: {
        '/a': { get: linked('#/paths/~1b/additionalOperations/LINK') },
        '/b': {
          get: { operationId: 'same', responses: { '200': ok } },
          additionalOperations: { LINK: { operationId: 'same', responses: { '204': ok } } }
        }
      }
    })
    const { document, report } = sliceOf(doc, 'GET /a')
    expect(report.failures).toEqual([])
    expect(getAt(document, ['paths', '/a', 'get', 'responses', '200', 'links', 'next'])).toEqual({
      operationId: 'same'
    })
    expect(sliceOf(doc, 'GET /b', 'LINK /b').report.failures).toMatchObject([
      { phase: 'uniqueness', reason: 'the operationId "same" is used by both GET /b and LINK /b' }
    ])
  })

  it('validates 3.2 slices against the 3.2 schema', () => {
    const { document } = sliceOf(doc32(), 'QUERY /pets')
    expect(checkStructure(document)).toEqual([])
    const broken = { ...document, tags: [{ name: 'x', parent: 1 }] }
    expect(checkStructure(broken)).toMatchObject([{ phase: 'structure', pointer: '/tags/0/parent' }])
  })

  it('fails a slice whose operation has two querystring parameters, or one beside query ones, as the source’s defect', () => {
    const qs = { name: 'q', in: 'querystring', content: { 'text/plain': { schema: { type: 'string' } } } }
    const base = doc32() as JsonObject
    const doc = {
      ...base,
      paths: {
        '/a': { parameters: [qs], get: { parameters: [{ ...qs, name: 'r' }], responses: { '200': ok } } },
        // The official schema refuses the mix within one list; across the path item and the operation,
        // only the parameters in force show it.
        '/b': {
          parameters: [{ name: 'x', in: 'query', schema: { type: 'string' } }],
          get: { parameters: [qs], responses: { '200': ok } }
        }
      }
    }
    expect(sliceOf(doc, 'GET /a').report.failures).toMatchObject([
      {
        phase: 'structure',
        reason: expect.stringContaining('2 querystring parameters'),
        cause: { inSource: true }
      }
    ])
    expect(sliceOf(doc, 'GET /b').report.failures).toMatchObject([
      { phase: 'structure', reason: expect.stringContaining('beside query parameters') }
    ])
  })
})
