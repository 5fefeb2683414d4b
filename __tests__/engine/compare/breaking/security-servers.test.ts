import { describe, expect, it } from '@jest/globals'
import type { JsonObject } from '../../../../src/engine/json-value.js'
import { classify, ok, spec, verdicts } from './fixture.js'

const schemes = {
  securitySchemes: {
    oauth: { type: 'oauth2', flows: {} },
    key: { type: 'apiKey', in: 'header', name: 'X-Key' }
  }
}
const secured = (security: JsonObject[] | undefined, root?: JsonObject[], components: JsonObject = schemes) =>
  spec(
    { '/pets': { get: { ...(security ? { security } : {}), responses: { '200': ok() } } } },
    components,
    root ? { security: root } : {}
  )

describe('security', () => {
  it('requiring credentials where none were is an error; dropping them is info', () => {
    expect(verdicts(secured(undefined), secured([{ oauth: [] }]))).toEqual([
      'api-security-became-required:error'
    ])
    expect(verdicts(secured([{ oauth: [] }]), secured([]))).toEqual(['api-security-became-optional:info'])
  })

  it('a side where the changed node does not exist has no pointer', () => {
    const [change] = classify(secured(undefined), secured([{ oauth: [] }]))
    expect(change.base).toBeUndefined()
    expect(change.head).toEqual({ pointer: '#/paths/~1pets/get/security' })
  })

  it('an alternative added is info; one removed is an error', () => {
    const one = secured([{ oauth: [] }])
    const two = secured([{ oauth: [] }, { key: [] }])
    expect(verdicts(one, two)).toEqual(['api-security-added:info'])
    expect(verdicts(two, one)).toEqual(['api-security-removed:error'])
  })

  it('a scheme added to a requirement (both needed) removes the old alternative: an error', () => {
    expect(verdicts(secured([{ oauth: [] }]), secured([{ oauth: [], key: [] }]))).toEqual([
      'api-security-added:info',
      'api-security-removed:error'
    ])
  })

  it('a scope added is an error; removed, info', () => {
    const read = secured([{ oauth: ['read'] }])
    const readWrite = secured([{ oauth: ['read', 'write'] }])
    expect(verdicts(read, readWrite)).toEqual(['api-security-scope-added:error'])
    expect(verdicts(readWrite, read)).toEqual(['api-security-scope-removed:info'])
  })

  it('a scheme whose type or place changed is an error, named after the scheme', () => {
    const bearer = {
      securitySchemes: { ...schemes.securitySchemes, key: { type: 'http', scheme: 'bearer' } }
    }
    const a = secured([{ key: [] }])
    const b = secured([{ key: [] }], undefined, bearer)
    const changes = classify(a, b)
    expect(changes.map(c => `${c.rule}:${c.level}`)).toContain('api-security-scheme-changed:error')
    expect(new Set(changes.map(c => c.cause))).toEqual(new Set(['#/components/securitySchemes/key']))
    expect(verdicts(b, a)).toContain('api-security-scheme-changed:error')
  })

  it('root security is one cause for every operation', () => {
    const a = secured(undefined, [{ oauth: ['read'] }])
    const b = secured(undefined, [{ oauth: ['read', 'write'] }])
    expect(classify(a, b).map(c => [c.rule, c.cause])).toEqual([['api-security-scope-added', '#/security']])
  })
})

describe('servers', () => {
  const served = (urls: string[], where: 'root' | 'operation' = 'root') => {
    const servers = urls.map(url => ({ url }))
    const get = { ...(where === 'operation' ? { servers } : {}), responses: { '200': ok() } }
    return spec({ '/pets': { get } }, {}, where === 'root' ? { servers } : {})
  }

  it('a server removed is a warning; added, info', () => {
    const two = served(['https://a.example.com/v1', 'https://b.example.com/v1'])
    const one = served(['https://a.example.com/v1'])
    expect(verdicts(two, one)).toEqual(['api-server-removed:warning'])
    expect(verdicts(one, two)).toEqual(['api-server-added:info'])
    expect(classify(two, one)[0].cause).toBe('#/servers')
  })

  it('a base path changed moves every path: an error either way', () => {
    const v1 = served(['https://api.example.com/v1'])
    const v2 = served(['https://api.example.com/v2'])
    expect(verdicts(v1, v2)).toEqual(['api-base-path-changed:error'])
    expect(verdicts(v2, v1)).toEqual(['api-base-path-changed:error'])
  })

  it('servers an operation declares itself are its own cause', () => {
    const a = served(['https://a.example.com', 'https://b.example.com'], 'operation')
    const b = served(['https://a.example.com'], 'operation')
    expect(classify(a, b)[0].cause).toBe('#/paths/~1pets/get/servers')
  })
})
