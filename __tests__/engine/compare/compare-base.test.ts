import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runBatch } from '../../../src/engine/index.js'
import type { ServiceDefinition } from '../../../src/engine/select/services.js'
import { editedExample } from '../../helpers/edited-example.js'

let dir: string
const example = path.resolve('examples/store-platform.yaml')
const service = (name: string, include: string[]): ServiceDefinition => ({
  name,
  include,
  exclude: [],
  methods: [],
  tags: [],
  operationIds: []
})
const services = [
  service('users', ['/users/**']),
  service('orders', ['/orders/**']),
  service('payments', ['/payments/**']),
  service('catalog', ['/catalog/**'])
]

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-compare-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('comparison with a base', () => {
  it('detects each kind of change and attributes it to the right service', async () => {
    const head = path.join(dir, 'head.json')
    writeFileSync(head, JSON.stringify(editedExample()))
    const result = await runBatch({
      spec: head,
      outputDir: path.join(dir, 'out'),
      baseSpec: example,
      services
    })
    const comparison = result.comparison!
    const changes = Object.fromEntries(
      comparison.operations
        .filter(op => op.change !== 'unchanged')
        .map(op => [op.operation, [op.change, op.services.join(','), op.kinds.join(',')]])
    )
    expect(changes).toEqual({
      'GET /orders/{orderId}': ['changed', 'orders', 'parameters'],
      'POST /orders': ['changed', 'orders', 'request body'],
      'GET /orders/export': ['added', 'orders', ''],
      'DELETE /users/{userId}': ['removed', 'users', ''],
      'GET /users': ['changed', 'users', 'responses'],
      'POST /payments': ['changed', 'payments', 'security'],
      'GET /payments': ['changed', 'payments', 'servers'],
      'GET /catalog/products': ['changed', 'catalog', 'other']
    })
    expect(comparison.changedServices).toEqual(['catalog', 'orders', 'payments', 'users'])
    expect(comparison.headline).toBe(
      '4 services changed: catalog (1 changed), orders (2 changed, 1 added), payments (2 changed), users (1 changed, 1 removed)'
    )
    expect(comparison.services.find(row => row.service === 'orders')).toEqual({
      service: 'orders',
      added: 1,
      removed: 0,
      changed: 2,
      unchanged: 8
    })
  })

  it('compares with a previous index.csv, or an artifact folder holding one, by hash', async () => {
    const previous = path.join(dir, 'previous')
    await runBatch({ spec: example, outputDir: previous, services })
    const head = path.join(dir, 'head-2.json')
    writeFileSync(head, JSON.stringify(editedExample()))
    for (const base of [previous, path.join(previous, 'index.csv')]) {
      const result = await runBatch({
        spec: head,
        outputDir: path.join(dir, 'against-index'),
        baseSpec: base,
        services,
        dryRun: true
      })
      const changes = Object.fromEntries(
        result
          .comparison!.operations.filter(op => op.change !== 'unchanged')
          .map(op => [op.operation, [op.change, op.services.join(',')]])
      )
      expect(changes).toEqual({
        'GET /orders/{orderId}': ['changed', 'orders'],
        'POST /orders': ['changed', 'orders'],
        'GET /orders/export': ['added', 'orders'],
        'DELETE /users/{userId}': ['removed', 'users'],
        'GET /users': ['changed', 'users'],
        'POST /payments': ['changed', 'payments'],
        'GET /payments': ['changed', 'payments'],
        'GET /catalog/products': ['changed', 'catalog']
      })
    }
  })

  it('reports nothing changed against itself, and uses first tags without a service map', async () => {
    const result = await runBatch({
      spec: example,
      outputDir: path.join(dir, 'same'),
      baseSpec: example,
      dryRun: true
    })
    expect(result.comparison!.headline).toBe('No service changed.')
    expect(result.comparison!.services.map(row => row.service)).toEqual([
      'accounts',
      'admin',
      'catalog',
      'inventory',
      'notifications',
      'orders',
      'payments',
      'shipping',
      'users'
    ])
  })
})
