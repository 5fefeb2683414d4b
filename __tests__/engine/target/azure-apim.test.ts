/** Azure API Management: each FAIL rule broken by a tiny document, and a clean control. */
import { describe, expect, it } from '@jest/globals'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { doc, ok, ruleIds, verdicts } from './target-helper.js'

const get = (parameters: JsonObject[] = []) => ({ get: { parameters, responses: { '200': ok } } })
const path = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } })
const clean = doc({
  '/users/{id}': get([path('id'), { name: 'id', in: 'query', schema: { type: 'string' } }])
})
const azure = (slice: JsonObject, bytes?: number) => verdicts(slice, 'azure-apim', { bytes })
const MB = 1024 * 1024

describe('azure-apim', () => {
  it('passes a clean slice: an optional query parameter may share a path parameter’s name', () => {
    expect(azure(clean)).toEqual({ fails: [], warnings: [] })
    expect(azure({ ...clean, openapi: '3.1.0' })).toEqual({ fails: [], warnings: [] })
  })

  it('fails a slice over 4 MB inline, and passes 4 MB', () => {
    expect(azure(clean, 4 * MB).fails).toEqual([])
    expect(azure(clean, 4 * MB + 1).fails).toEqual([
      `[target] azure-size-inline (at most 4 MB inline; no limit when imported from a URL): the slice is ${4 * MB + 1} bytes, over 4 MB: import it from a URL instead of inline`
    ])
  })

  it('fails an OpenAPI 3.0 version after 3.0.3, and 3.2, and reads 3.0.3 and 3.1', () => {
    expect(ruleIds(azure({ ...clean, openapi: '3.0.4' }).fails)).toEqual(['azure-openapi-version'])
    expect(ruleIds(azure({ ...clean, openapi: '3.2.0' }).fails)).toEqual(['azure-openapi-version'])
    expect(ruleIds(azure({ ...clean, openapi: '3.0.3' }).fails)).toEqual([])
    expect(ruleIds(azure({ ...clean, openapi: '3.1.1' }).fails)).toEqual([])
  })

  it('fails an external $ref', () => {
    const slice = doc({ '/a': { get: { responses: { '200': { $ref: './common.yaml#/Ok' } } } } })
    expect(azure(slice).fails).toEqual([
      '[target] azure-external-ref ($ref pointers cannot reference external files): the $ref "./common.yaml#/Ok" points outside the document'
    ])
  })

  it('fails a required query parameter named like a path parameter, ignoring case', () => {
    const slice = doc({ '/users/{id}': get([path('id'), { name: 'ID', in: 'query', required: true }]) })
    expect(ruleIds(azure(slice).fails)).toEqual(['azure-url-parameter-names'])
    expect(azure(slice).fails[0]).toContain(
      '(parameter names unique within the whole URL template, ignoring case)'
    )
  })

  it('fails a path parameter the template does not hold, and a URL of 128 characters', () => {
    expect(ruleIds(azure(doc({ '/users': get([path('id')]) })).fails)).toEqual([
      'azure-url-parameter-defined'
    ])
    const long = '/' + 'a'.repeat(127)
    expect(ruleIds(azure(doc({ [long]: get() })).fails)).toEqual(['azure-url-length'])
    expect(azure(doc({ [long.slice(0, 127)]: get() })).fails).toEqual([])
  })

  it('warns of recursion, operation servers, cookies, security schemes and operationId collisions', () => {
    const slice = doc(
      {
        '/a': {
          get: {
            servers: [{ url: '/x' }],
            parameters: [{ name: 'c', in: 'cookie' }],
            responses: { '200': ok }
          }
        }
      },
      {
        components: {
          schemas: { Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } } },
          securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'k' } }
        }
      }
    )
    const collisions = [{ key: 'GET /a', message: 'the operationId "a" collides' }]
    const { fails, warnings } = verdicts(slice, 'azure-apim', { collisions })
    expect(fails).toEqual([])
    expect(ruleIds(warnings)).toEqual([
      'azure-recursion',
      'azure-operation-servers',
      'azure-cookie-parameter',
      'azure-security-ignored',
      'azure-operationid-collision'
    ])
  })
})
