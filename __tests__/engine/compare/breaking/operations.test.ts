import { describe, expect, it } from '@jest/globals'
import { groupByCause } from '../../../../src/engine/compare/breaking/classify.js'
import type { JsonObject } from '../../../../src/engine/json-value.js'
import { classify, ok, spec, verdicts } from './fixture.js'

const get = (extra: JsonObject = {}) => ({ ...extra, responses: { '200': ok() } })

describe('operations added and removed', () => {
  const a = spec({ '/pets': { get: get() } })
  const b = spec({ '/pets': { get: get() }, '/owners': { get: get() } })

  it('an added operation is info, a removed one an error', () => {
    const added = classify(a, b)
    expect(added.map(c => [c.rule, c.level, c.operation.key])).toEqual([
      ['endpoint-added', 'info', 'GET /owners']
    ])
    expect(added[0].head).toEqual({ pointer: '#/paths/~1owners/get' })
    expect(added[0].base).toBeUndefined()
    const removed = classify(b, a)
    expect(removed.map(c => [c.rule, c.level])).toEqual([['api-path-removed-without-deprecation', 'error']])
    expect(removed[0].base).toEqual({ pointer: '#/paths/~1owners/get' })
    expect(removed[0].fingerprint).toMatch(/^[0-9a-f]{16}$/)
    expect(groupByCause(removed)).toHaveLength(1)
  })

  it('a spec compared with itself has no change', () => {
    expect(classify(b, b)).toEqual([])
  })

  it('an operation removed from a path that stays is an error too', () => {
    const two = spec({ '/pets': { get: get(), post: get() } })
    expect(verdicts(two, a)).toEqual(['api-removed-without-deprecation:error'])
    expect(verdicts(a, two)).toEqual(['endpoint-added:info'])
  })

  it('removing a deprecated operation is info once its sunset has passed, an error before it', () => {
    const deprecated = (sunset?: string) => ({ deprecated: true, ...(sunset ? { 'x-sunset': sunset } : {}) })
    const path = (sunset?: string) =>
      spec({ '/pets': { get: get() }, '/owners': { get: get(deprecated(sunset)) } })
    expect(verdicts(path(), a)).toEqual(['api-path-removed-with-deprecation:info'])
    expect(verdicts(path('2026-01-01'), a)).toEqual(['api-path-removed-with-deprecation:info'])
    expect(verdicts(path('2027-01-01'), a)).toEqual(['api-path-removed-before-sunset:error'])
    const method = (sunset?: string) => spec({ '/pets': { get: get(), post: get(deprecated(sunset)) } })
    expect(verdicts(method(), a)).toEqual(['api-removed-with-deprecation:info'])
    expect(verdicts(method('2026-01-01'), a)).toEqual(['api-removed-with-deprecation:info'])
    expect(verdicts(method('2027-01-01'), a)).toEqual(['api-removed-before-sunset:error'])
  })
})

describe('deprecation', () => {
  const plain = spec({ '/pets': { get: get() } })
  const deprecated = spec({ '/pets': { get: get({ deprecated: true }) } })
  const withSunset = spec({ '/pets': { get: get({ deprecated: true, 'x-sunset': '2027-01-01' }) } })

  it('deprecating is info, with or without a sunset date, and so is reactivating', () => {
    expect(verdicts(plain, deprecated)).toEqual(['endpoint-deprecated:info'])
    expect(verdicts(plain, withSunset)).toEqual(['endpoint-deprecated-with-sunset:info'])
    expect(classify(plain, withSunset)[0].message).toContain('2027-01-01')
    expect(verdicts(deprecated, plain)).toEqual(['endpoint-reactivated:info'])
  })

  it('moving a sunset date earlier is an error, later is nothing', () => {
    const earlier = spec({ '/pets': { get: get({ deprecated: true, 'x-sunset': '2026-09-01' }) } })
    expect(verdicts(withSunset, earlier)).toEqual(['api-sunset-date-changed-too-small:error'])
    expect(verdicts(earlier, withSunset)).toEqual([])
  })
})

describe('path template', () => {
  const param = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } })
  const byId = spec({ '/pets/{id}': { get: get({ parameters: [param('id')] }) } })
  const byPetId = spec({ '/pets/{petId}': { get: get({ parameters: [param('petId')] }) } })

  it('a path parameter renamed in the template only is the same operation, and info', () => {
    const changes = classify(byId, byPetId)
    expect(changes.map(c => `${c.rule}:${c.level}`)).toEqual(['api-path-parameter-renamed:info'])
    expect(changes[0].operation.key).toBe('GET /pets/{petId}')
    expect(changes[0].message).toContain('`id` → `petId`')
    expect(verdicts(byPetId, byId)).toEqual(['api-path-parameter-renamed:info'])
  })

  it('a path changed otherwise is a removal and an addition', () => {
    const moved = spec({ '/animals/{id}': { get: get({ parameters: [param('id')] }) } })
    expect(verdicts(byId, moved)).toEqual([
      'endpoint-added:info',
      'api-path-removed-without-deprecation:error'
    ])
  })
})
