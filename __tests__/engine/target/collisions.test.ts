/** operationId collisions within a service, and the renames target-fix makes of them. */
import { describe, expect, it } from '@jest/globals'
import type { OperationInfo } from '../../../src/engine/openapi/operations.js'
import { operationIdCollisions, planRenames } from '../../../src/engine/target/collisions.js'
import { KONG } from '../../../src/engine/target/kong.js'

const op = (path: string, operationId: string): OperationInfo => ({
  key: `GET ${path}`,
  source: 'path',
  path,
  method: 'get',
  operationId,
  tags: [],
  deprecated: false,
  tokens: ['paths', path, 'get']
})
const naming = KONG.naming!
const ops = [op('/a', 'a_b'), op('/b', 'a-b'), op('/c', 'a-b_2'), op('/d', 'A_B')]
const oneService = () => ['the service s']

describe('operationId collisions', () => {
  it('name every colliding operation, and none that is alone', () => {
    const found = operationIdCollisions(ops, oneService, naming)
    expect([...found.keys()]).toEqual(['GET /a', 'GET /b', 'GET /d'])
    expect(found.get('GET /b')).toBe(
      'the operationId "a-b" of GET /b becomes "a-b", as does "a_b" (GET /a), "A_B" (GET /d) in the service s'
    )
  })

  it('are only within a scope', () => {
    expect(operationIdCollisions(ops, o => [o.path], naming).size).toBe(0)
  })

  it('are renamed in source order, past names already taken, the same way every time', () => {
    const renames = planRenames(ops, oneService, naming, new Set())
    expect(Object.fromEntries(renames)).toEqual({ 'GET /b': 'a-b_3', 'GET /d': 'A_B_4' })
    expect(planRenames([...ops], oneService, naming, new Set())).toEqual(renames)
    const idOf = (o: OperationInfo) => renames.get(o.key) ?? o.operationId
    expect(operationIdCollisions(ops, oneService, naming, idOf).size).toBe(0)
  })

  it('leave an operation a link names as it is', () => {
    expect(planRenames(ops, oneService, naming, new Set(['a-b'])).has('GET /b')).toBe(false)
  })
})
