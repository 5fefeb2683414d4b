import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { runBatch } from '../../../src/engine/index.js'
import type { ServiceDefinition } from '../../../src/engine/select/services.js'

let dir: string
const example = path.resolve('examples/bookshop-3.2.yaml')
const service = (name: string, include: string[]): ServiceDefinition => ({
  name,
  include,
  exclude: [],
  methods: [],
  tags: [],
  operationIds: []
})

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-compare-32-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('comparison with a base, both OpenAPI 3.2', () => {
  it('finds a QUERY operation changed and a custom method added and removed, per service', async () => {
    const doc = parseYaml(readFileSync(example, 'utf8'))
    const books = doc.paths['/books']
    books.query.requestBody.required = false
    const item = doc.paths['/books/{bookId}']
    item.additionalOperations.COPY = {
      operationId: 'copyBook',
      responses: { '201': { description: 'copied' } }
    }
    delete item.additionalOperations.UNLINK
    const head = path.join(dir, 'head.json')
    writeFileSync(head, JSON.stringify(doc))
    const result = await runBatch({
      spec: head,
      outputDir: path.join(dir, 'out'),
      baseSpec: example,
      services: [service('books', ['/books/**']), service('orders', ['/orders/**', '/cart/**'])]
    })
    expect(result.failed).toBe(0)
    const changes = Object.fromEntries(
      result
        .comparison!.operations.filter(op => op.change !== 'unchanged')
        .map(op => [op.operation, [op.change, op.services.join(','), op.kinds.join(',')]])
    )
    expect(changes).toEqual({
      'QUERY /books': ['changed', 'books', 'request body'],
      'COPY /books/{bookId}': ['added', 'books', ''],
      'UNLINK /books/{bookId}': ['removed', 'books', '']
    })
    expect(result.comparison!.changedServices).toEqual(['books'])
  })
})

describe('comparison with a base at 3.1 and a head at 3.2', () => {
  it('reports what changed, not the upgrade', async () => {
    const ok = {
      description: 'ok',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } }
    }
    const base = {
      openapi: '3.1.0',
      info: { title: 'pets', version: '1' },
      paths: {
        '/pets': { get: { operationId: 'listPets', tags: ['pets'], responses: { '200': ok } } },
        '/pets/{id}': {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          get: { operationId: 'getPet', tags: ['pets'], responses: { '200': ok } },
          delete: { operationId: 'deletePet', tags: ['pets'], responses: { '204': { description: 'gone' } } }
        }
      },
      components: {
        schemas: { Pet: { type: 'object', properties: { name: { type: ['string', 'null'] } } } }
      }
    }
    const head = structuredClone(base) as unknown as {
      openapi: string
      paths: Record<string, Record<string, unknown>>
    }
    head.openapi = '3.2.0'
    head.paths['/pets'].query = { operationId: 'searchPets', tags: ['pets'], responses: { '200': ok } }
    head.paths['/pets/{id}'].delete = {
      operationId: 'deletePet',
      tags: ['pets'],
      responses: { '204': { description: 'gone' }, '409': { description: 'in use' } }
    }
    writeFileSync(path.join(dir, 'base-31.json'), JSON.stringify(base))
    writeFileSync(path.join(dir, 'head-32.json'), JSON.stringify(head))
    const result = await runBatch({
      spec: path.join(dir, 'head-32.json'),
      outputDir: path.join(dir, 'out-31-32'),
      baseSpec: path.join(dir, 'base-31.json'),
      services: [service('pets', ['/pets', '/pets/**'])]
    })
    expect(result.failed).toBe(0)
    const changed = result.comparison!.operations.filter(op => op.change !== 'unchanged')
    expect(changed.map(op => [op.operation, op.change, op.kinds.join(',')])).toEqual([
      ['DELETE /pets/{id}', 'changed', 'responses'],
      ['QUERY /pets', 'added', '']
    ])
    expect(result.comparison!.changedServices).toEqual(['pets'])
  })
})
