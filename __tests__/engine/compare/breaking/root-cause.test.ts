import { describe, expect, it } from '@jest/globals'
import { groupByCause } from '../../../../src/engine/compare/breaking/classify.js'
import type { JsonObject } from '../../../../src/engine/json-value.js'
import { classify, ok, spec } from './fixture.js'

const pet = (status: string[]) => ({
  type: 'object',
  properties: { status: { type: 'string', enum: status } }
})

/** 40 operations that take or return Pet, directly or through a list. */
function api(status: string[], reversed = false): JsonObject {
  const paths: JsonObject = {}
  const names = Array.from({ length: 20 }, (_, i) => `/r${i}`)
  for (const path of reversed ? names.slice().reverse() : names) {
    paths[path] = {
      get: { responses: { '200': ok({ type: 'array', items: { $ref: '#/components/schemas/Pet' } }) } },
      put: {
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } },
        responses: { '204': { description: 'done' } }
      }
    }
  }
  return spec(paths, { schemas: { Pet: pet(status) } })
}

describe('root cause, once', () => {
  it('a change in a shared component is one cause per rule, with every operation it affects', () => {
    const changes = classify(api(['available', 'sold']), api(['available']))
    expect(changes).toHaveLength(40)
    const causes = groupByCause(changes)
    expect(causes.map(c => [c.rule, c.level, c.cause, c.changes.length])).toEqual([
      ['response-property-enum-value-removed', 'info', '#/components/schemas/Pet/properties/status', 20],
      ['request-property-enum-value-removed', 'error', '#/components/schemas/Pet/properties/status', 20]
    ])
    expect(causes[1].message).toBe('`#/components/schemas/Pet/properties/status`: enum value `sold` removed.')
  })

  it('fingerprints do not depend on the order of paths, and differ per operation', () => {
    const a = classify(api(['available', 'sold']), api(['available']))
    const b = classify(api(['available', 'sold'], true), api(['available'], true))
    expect(b.map(c => c.fingerprint)).toEqual(a.map(c => c.fingerprint))
    expect(new Set(a.map(c => c.fingerprint)).size).toBe(40)
  })

  it('only the operations named as changed are walked when the caller knows them', () => {
    const changed = new Set(['PUT /r1', 'GET /r2'])
    const changes = classify(api(['available', 'sold']), api(['available']), { changed })
    expect(changes.map(c => c.operation.key)).toEqual(['GET /r2', 'PUT /r1'])
  })
})
