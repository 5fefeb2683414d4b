import { describe, expect, it } from '@jest/globals'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { deepFreeze, doc30, ok, sliceOf } from '../../helpers/slice-doc.js'

const json = (schema: JsonObject) => ({ content: { 'application/json': { schema } } })

describe('buildSlice: every edge kind', () => {
  it('carries each component kind reached by $ref, and nothing else', () => {
    const doc = doc30(
      {
        '/pets': {
          post: {
            parameters: [{ $ref: '#/components/parameters/Limit' }],
            requestBody: { $ref: '#/components/requestBodies/NewPet' },
            responses: { '200': { $ref: '#/components/responses/Pet' } },
            callbacks: { onEvent: { $ref: '#/components/callbacks/Event' } }
          }
        },
        '/other': { get: { responses: { '200': { $ref: '#/components/responses/Unused' } } } }
      },
      {
        schemas: { Pet: { type: 'object' }, Unused: { type: 'string' } },
        parameters: {
          Limit: {
            name: 'limit',
            in: 'query',
            schema: { type: 'integer' },
            examples: { small: { $ref: '#/components/examples/Small' } }
          }
        },
        examples: { Small: { value: 1 } },
        requestBodies: { NewPet: json({ $ref: '#/components/schemas/Pet' }) },
        headers: { Rate: { schema: { type: 'integer' } } },
        links: { Self: { operationId: 'getPet' } },
        responses: {
          Pet: {
            description: 'pet',
            headers: { 'X-Rate': { $ref: '#/components/headers/Rate' } },
            links: { self: { $ref: '#/components/links/Self' } }
          },
          Unused: ok
        },
        callbacks: { Event: { '{$request.body#/url}': { post: { responses: { '200': ok } } } } }
      }
    )
    const { document, report } = sliceOf(doc, 'POST /pets')
    expect(report.failures).toEqual([])
    const components = document.components as Record<string, JsonObject>
    expect(Object.keys(components)).toEqual([
      'schemas',
      'parameters',
      'examples',
      'requestBodies',
      'headers',
      'links',
      'responses',
      'callbacks'
    ])
    expect(Object.keys(components.schemas)).toEqual(['Pet'])
    expect(Object.keys(components.responses)).toEqual(['Pet'])
    expect(Object.keys(document.paths as JsonObject)).toEqual(['/pets'])
  })

  it('carries the whole component for a ref into its middle, keeping the pointer', () => {
    const doc = doc30(
      {
        '/a': {
          get: {
            responses: {
              '200': { description: 'x', ...json({ $ref: '#/components/schemas/Pet/properties/owner' }) }
            }
          }
        }
      },
      {
        schemas: {
          Pet: { type: 'object', properties: { owner: { $ref: '#/components/schemas/Owner' } } },
          Owner: { type: 'string' }
        }
      }
    )
    const { document, report } = sliceOf(doc)
    expect(report.failures).toEqual([])
    expect(Object.keys((document.components as JsonObject).schemas as JsonObject)).toEqual(['Pet', 'Owner'])
    expect(JSON.stringify(document)).toContain('#/components/schemas/Pet/properties/owner')
  })

  it('follows escaped and percent-encoded pointers (names such as a/b~c survive)', () => {
    const doc = doc30(
      {
        '/a': {
          get: {
            responses: {
              '200': { description: 'x', ...json({ $ref: '#/components/schemas/a~1b~0c' }) },
              '201': { description: 'y', ...json({ $ref: '#/components/schemas/with%20space' }) }
            }
          }
        }
      },
      { schemas: { 'a/b~c': { type: 'string' }, 'with space': { type: 'integer' } } }
    )
    const { document, report } = sliceOf(doc)
    expect(report.failures).toEqual([])
    expect(Object.keys((document.components as JsonObject).schemas as JsonObject)).toEqual([
      'a/b~c',
      'with space'
    ])
  })

  it('carries a ref into another operation (#/paths/...) as a component and rewrites the ref', () => {
    const doc = doc30({
      '/a': { get: { responses: { '200': { $ref: '#/paths/~1b/get/responses/200' } } } },
      '/b': { get: { responses: { '200': { description: 'from b', ...json({ type: 'string' }) } } } }
    })
    const { document, report } = sliceOf(doc, 'GET /a')
    expect(report.failures).toEqual([])
    const responses = (document.components as JsonObject).responses as JsonObject
    expect(Object.keys(responses)).toEqual(['paths_b_get_responses_200'])
    expect(JSON.stringify(document.paths)).toContain('#/components/responses/paths_b_get_responses_200')
    expect(Object.keys(document.paths as JsonObject)).toEqual(['/a'])
  })

  it('follows discriminator mappings, both refs and bare names', () => {
    const doc = doc30(
      {
        '/pets': {
          get: { responses: { '200': { description: 'x', ...json({ $ref: '#/components/schemas/Pet' }) } } }
        }
      },
      {
        schemas: {
          Pet: {
            type: 'object',
            discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat', dog: 'Dog' } },
            properties: { kind: { type: 'string' } }
          },
          Cat: { type: 'object' },
          Dog: { type: 'object' },
          Bird: { allOf: [{ $ref: '#/components/schemas/Pet' }] }
        }
      }
    )
    const { document, report } = sliceOf(doc)
    expect(report.failures).toEqual([])
    expect(Object.keys((document.components as JsonObject).schemas as JsonObject)).toEqual([
      'Pet',
      'Cat',
      'Dog'
    ])
  })

  it('carries implicit discriminator subtypes (allOf children) when there is no mapping', () => {
    const doc = doc30(
      {
        '/pets': {
          get: { responses: { '200': { description: 'x', ...json({ $ref: '#/components/schemas/Pet' }) } } }
        }
      },
      {
        schemas: {
          Pet: {
            type: 'object',
            discriminator: { propertyName: 'kind' },
            properties: { kind: { type: 'string' } }
          },
          Cat: {
            allOf: [
              { $ref: '#/components/schemas/Pet' },
              { type: 'object', properties: { lives: { type: 'integer' } } }
            ]
          },
          Dog: { allOf: [{ $ref: '#/components/schemas/Pet' }] },
          Rock: { type: 'object' }
        }
      }
    )
    const { document, report } = sliceOf(doc)
    expect(report.failures).toEqual([])
    expect(Object.keys((document.components as JsonObject).schemas as JsonObject)).toEqual([
      'Pet',
      'Cat',
      'Dog'
    ])
  })

  it('keeps only the security schemes in force: the operation overrides the root, [] means none', () => {
    const components = {
      securitySchemes: {
        key: { type: 'apiKey', in: 'header', name: 'k' },
        bearer: { type: 'http', scheme: 'bearer' },
        unused: { type: 'http', scheme: 'basic' }
      }
    }
    const doc = doc30(
      {
        '/root': { get: { responses: { '200': ok } } },
        '/own': { get: { security: [{ bearer: [] }], responses: { '200': ok } } },
        '/none': { get: { security: [], responses: { '200': ok } } }
      },
      components,
      { security: [{ key: [] }] }
    )
    const root = sliceOf(doc, 'GET /root')
    expect(root.report.failures).toEqual([])
    expect(root.document.security).toEqual([{ key: [] }])
    expect(
      Object.keys(((root.document.components as JsonObject).securitySchemes as JsonObject) ?? {})
    ).toEqual(['key'])
    const own = sliceOf(doc, 'GET /own')
    expect(own.report.failures).toEqual([])
    expect(own.document.security).toBeUndefined()
    expect(Object.keys((own.document.components as JsonObject).securitySchemes as JsonObject)).toEqual([
      'bearer'
    ])
    const none = sliceOf(doc, 'GET /none')
    expect(none.report.failures).toEqual([])
    expect(none.document.components).toBeUndefined()
  })

  it('carries the definitions of the tags used, in source order; an undefined tag stays undefined', () => {
    const doc = doc30(
      { '/a': { get: { tags: ['b', 'a', 'ghost'], responses: { '200': ok } } } },
      {},
      { tags: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] }
    )
    const { document, report } = sliceOf(doc)
    expect(report.failures).toEqual([])
    expect(document.tags).toEqual([{ name: 'a' }, { name: 'b' }])
  })

  it('keeps path-level parameters, servers, summary and description, and root servers, info and externalDocs', () => {
    const doc = doc30(
      {
        '/users/{id}': {
          summary: 'A user',
          description: 'One user',
          servers: [{ url: 'https://users.example.com' }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          get: { responses: { '200': ok } },
          delete: { responses: { '204': { description: 'gone' } } }
        }
      },
      {},
      {
        servers: [{ url: 'https://api.example.com' }],
        externalDocs: { url: 'https://docs.example.com' },
        'x-owner': 'team'
      }
    )
    const { document, report } = sliceOf(doc, 'GET /users/{id}')
    expect(report.failures).toEqual([])
    expect(Object.keys((document.paths as JsonObject)['/users/{id}'] as JsonObject)).toEqual([
      'summary',
      'description',
      'servers',
      'parameters',
      'get'
    ])
    expect(document.servers).toEqual([{ url: 'https://api.example.com' }])
    expect(document.externalDocs).toEqual({ url: 'https://docs.example.com' })
    expect(document['x-owner']).toBe('team')
  })

  it('follows $ref inside extensions and example values', () => {
    const doc = doc30(
      {
        '/a': {
          get: {
            'x-model': { $ref: '#/components/schemas/Ext' },
            responses: {
              '200': {
                description: 'x',
                content: { 'application/json': { examples: { one: { $ref: '#/components/examples/One' } } } }
              }
            }
          }
        }
      },
      { schemas: { Ext: { type: 'string' } }, examples: { One: { value: { id: 1 } } } }
    )
    const { document, report } = sliceOf(doc)
    expect(report.failures).toEqual([])
    expect(Object.keys(document.components as JsonObject)).toEqual(['schemas', 'examples'])
  })

  it('rewrites a link operationRef to an operation outside the slice into its operationId, and records it', () => {
    const doc = doc30({
      '/a': {
        get: {
          responses: {
            '200': {
              description: 'x',
              links: { toB: { operationRef: '#/paths/~1b/get' }, toC: { operationRef: '#/paths/~1c/get' } }
            }
          }
        }
      },
      '/b': { get: { operationId: 'getB', responses: { '200': ok } } },
      '/c': { get: { responses: { '200': ok } } }
    })
    const { document, notes, report } = sliceOf(doc, 'GET /a')
    expect(report.failures).toEqual([])
    const links = (
      (((document.paths as JsonObject)['/a'] as JsonObject).get as JsonObject).responses as JsonObject
    )['200'] as JsonObject
    expect(links.links).toEqual({ toB: { operationId: 'getB' }, toC: { operationRef: '#/paths/~1c/get' } })
    expect(notes.map(note => note.code).sort()).toEqual([
      'LINK_OPERATION_REF_KEPT',
      'LINK_OPERATION_REF_REWRITTEN'
    ])
  })

  it('keeps circular schemas as refs and terminates', () => {
    const doc = doc30(
      {
        '/tree': {
          get: { responses: { '200': { description: 'x', ...json({ $ref: '#/components/schemas/Node' }) } } }
        }
      },
      {
        schemas: {
          Node: {
            type: 'object',
            properties: {
              children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
              parent: { $ref: '#/components/schemas/Other' }
            }
          },
          Other: { properties: { back: { $ref: '#/components/schemas/Node' } } }
        }
      }
    )
    const { document, report } = sliceOf(doc)
    expect(report.failures).toEqual([])
    expect(Object.keys((document.components as JsonObject).schemas as JsonObject)).toEqual(['Node', 'Other'])
  })

  it('inlines path items given by $ref (3.1 components/pathItems)', () => {
    const doc: JsonObject = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: { '/a': { $ref: '#/components/pathItems/A' } },
      components: { pathItems: { A: { get: { responses: { '200': ok } } } } }
    }
    const { document, report } = sliceOf(doc)
    expect(report.failures).toEqual([])
    expect(document.paths).toEqual({ '/a': { get: { responses: { '200': ok } } } })
    expect(document.components).toBeUndefined()
  })

  it('slices a 3.1 webhook under webhooks', () => {
    const doc: JsonObject = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      webhooks: { newPet: { post: { responses: { '200': ok } } } }
    }
    const { document, report, operations } = sliceOf(doc)
    expect(operations[0].key).toBe('POST webhook:newPet')
    expect(report.failures).toEqual([])
    expect(document.webhooks).toEqual(doc.webhooks)
    expect(document.paths).toEqual({})
  })

  it('never mutates the source and keeps its key order', () => {
    const doc = deepFreeze(
      doc30(
        {
          '/b': {
            post: { responses: { '200': ok } },
            get: { responses: { '200': { $ref: '#/paths/~1c/get/responses/200' } } }
          },
          '/c': { get: { responses: { '200': ok } } }
        },
        { schemas: { Z: { type: 'string' } } },
        { 'x-first': 1 }
      )
    )
    const { document, report } = sliceOf(doc, 'GET /b')
    expect(report.failures).toEqual([])
    expect(Object.keys(document)).toEqual(['openapi', 'info', 'x-first', 'paths', 'components'])
  })
})

describe('root extensions', () => {
  it('copies plain ones and leaves out those that hold refs (they belong to no operation)', () => {
    const doc = doc30(
      { '/a': { get: { responses: { '200': ok } } } },
      { schemas: { Hook: { type: 'object' } } },
      {
        'x-logo': { url: 'logo.png' },
        'x-webhooks': {
          ping: {
            post: {
              requestBody: {
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Hook' } } }
              },
              responses: { '200': ok }
            }
          }
        }
      }
    )
    const { document, report } = sliceOf(doc)
    expect(report.failures).toEqual([])
    expect(document['x-logo']).toEqual({ url: 'logo.png' })
    expect(document['x-webhooks']).toBeUndefined()
    expect(document.components).toBeUndefined()
  })

  it('leaves out x-webhooks even without refs (a dereferenced description inlines them)', () => {
    const inline = { ping: { post: { responses: { '200': ok } } } }
    const { document, report } = sliceOf(
      doc30({ '/a': { get: { responses: { '200': ok } } } }, {}, { 'x-webhooks': inline, 'x-logo': 'l' })
    )
    expect(report.failures).toEqual([])
    expect(document['x-webhooks']).toBeUndefined()
    expect(document['x-logo']).toBe('l')
  })
})
