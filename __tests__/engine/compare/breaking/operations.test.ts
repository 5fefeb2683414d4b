import { describe, expect, it } from '@jest/globals'
import { classifyChanges, groupByCause } from '../../../../src/engine/compare/breaking/classify.js'
import { enumerateOperations } from '../../../../src/engine/openapi/operations.js'
import type { JsonObject } from '../../../../src/engine/json-value.js'

const input = (doc: JsonObject) => ({ doc, operations: enumerateOperations(doc) })
const spec = (paths: JsonObject): JsonObject => ({
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths
})
const ok = { responses: { '200': { description: 'ok' } } }

describe('operations added and removed', () => {
  const a = spec({ '/pets': { get: ok } })
  const b = spec({ '/pets': { get: ok }, '/owners': { get: ok } })

  it('an added operation is info, a removed one an error', () => {
    const added = classifyChanges(input(a), input(b))
    expect(added.map(c => [c.rule, c.level, c.operation.key])).toEqual([
      ['endpoint-added', 'info', 'GET /owners']
    ])
    expect(added[0].head).toEqual({ pointer: '#/paths/~1owners/get' })
    const removed = classifyChanges(input(b), input(a))
    expect(removed.map(c => [c.rule, c.level])).toEqual([['api-removed-without-deprecation', 'error']])
    expect(removed[0].base).toEqual({ pointer: '#/paths/~1owners/get' })
    expect(removed[0].fingerprint).toMatch(/^[0-9a-f]{16}$/)
    expect(groupByCause(removed)).toHaveLength(1)
  })

  it('a spec compared with itself has no change', () => {
    expect(classifyChanges(input(b), input(b))).toEqual([])
  })
})
