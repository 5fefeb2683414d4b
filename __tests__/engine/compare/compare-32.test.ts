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
