/** Google API Gateway, Apigee and Kong: each FAIL rule broken by a tiny document, and clean controls. */
import { describe, expect, it } from '@jest/globals'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { doc, ok, ruleIds, verdicts } from './target-helper.js'

const get = { get: { responses: { '200': ok } } }
const MB = 1024 * 1024

describe('google-api-gateway', () => {
  const key = { key: { type: 'apiKey', in: 'header', name: 'k' } }
  const clean = doc({ '/items/{id}': get }, { components: { securitySchemes: key }, security: [{ key: [] }] })

  it('passes a clean slice', () => {
    expect(verdicts(clean, 'google-api-gateway')).toEqual({ fails: [], warnings: [] })
  })

  it('fails partial-segment parameters, trailing slashes and external refs', () => {
    const slice = doc({
      '/items/overview.{format}': get,
      '/items/': get,
      '/x': { get: { responses: { '200': { $ref: 'https://e.com/r.yaml' } } } }
    })
    const { fails } = verdicts(slice, 'google-api-gateway')
    expect(ruleIds(fails)).toEqual(['google-path-template', 'google-trailing-slash', 'google-external-ref'])
    expect(fails[0]).toContain('(parameters for entire path segments only; partial segments are rejected)')
  })

  it('fails two servers with x-google-endpoint, and a requirement no scheme defines', () => {
    const servers = [
      { url: 'https://a', 'x-google-endpoint': {} },
      { url: 'https://b', 'x-google-endpoint': {} }
    ]
    expect(ruleIds(verdicts({ ...clean, servers }, 'google-api-gateway').fails)).toEqual([
      'google-endpoint-server'
    ])
    const missing = { ...clean, security: [{ oauth: [] }] }
    expect(verdicts(missing, 'google-api-gateway').fails).toEqual([
      '[target] google-security-defined (a security requirement without a matching definition is rejected): GET /items/{id} requires oauth, which no security scheme defines'
    ])
  })

  it('warns of an API key as one of alternative requirements, and of scopes', () => {
    const schemes = { ...key, oauth: { type: 'oauth2', flows: {} } }
    const slice = {
      ...clean,
      components: { securitySchemes: schemes },
      security: [{ key: [] }, { oauth: ['read'] }] as JsonObject[]
    }
    expect(ruleIds(verdicts(slice, 'google-api-gateway').warnings)).toEqual([
      'google-api-key-alternative',
      'google-scopes-ignored'
    ])
  })
})

describe('apigee', () => {
  it('passes a small 3.0 slice, fails one over 4 MB, and warns over 1 MB and of 3.1', () => {
    const clean = doc({ '/a': get })
    expect(verdicts(clean, 'apigee')).toEqual({ fails: [], warnings: [] })
    expect(verdicts(clean, 'apigee', { bytes: 4 * MB + 1 }).fails).toEqual([
      `[target] apigee-spec-size (at most 4 MB per OpenAPI Specification): the slice is ${4 * MB + 1} bytes, over the 4 MB Apigee supports`
    ])
    expect(ruleIds(verdicts(clean, 'apigee', { bytes: 2 * MB }).warnings)).toEqual(['apigee-spec-size-large'])
    expect(ruleIds(verdicts({ ...clean, openapi: '3.1.0' }, 'apigee').warnings)).toEqual([
      'apigee-openapi-version'
    ])
  })
})

describe('kong', () => {
  const clean = doc(
    { '/a': get },
    {
      servers: [{ url: 'https://a.example.com/v1' }, { url: 'https://b.example.com:8443/v1' }],
      'x-kong-name': 'shop'
    }
  )

  it('passes a slice whose servers differ only by host and port', () => {
    expect(verdicts(clean, 'kong')).toEqual({ fails: [], warnings: [] })
  })

  it('fails servers that differ by path or scheme', () => {
    const slice = {
      ...clean,
      servers: [{ url: 'https://a.example.com/v1' }, { url: 'http://a.example.com/v2' }]
    }
    expect(verdicts(slice, 'kong').fails).toEqual([
      '[target] kong-servers (servers of one service differ only by hostname and port): the servers https://a.example.com/v1, http://a.example.com/v2 differ in scheme or path'
    ])
  })

  it('fails an operationId that collides with another of its service, as a route name', () => {
    const collisions = [
      {
        key: 'GET /a',
        message:
          'the operationId "get_a" of GET /a becomes "get-a", as does "get-a" (GET /b) in the service shop'
      }
    ]
    expect(verdicts(clean, 'kong', { collisions }).fails).toEqual([
      '[target] kong-route-name-collision (one route per operationId, named after it; route names are unique): the operationId "get_a" of GET /a becomes "get-a", as does "get-a" (GET /b) in the service shop'
    ])
  })

  it('warns when no x-kong-name names the service', () => {
    const { 'x-kong-name': _name, ...unnamed } = clean
    expect(ruleIds(verdicts(unnamed, 'kong').warnings)).toEqual(['kong-service-name'])
  })
})
