/**
 * The shipped OpenAPI 3.2 example, sliced at its own version: every slice passes every phase, and every
 * slice is valid against the official 3.2 schema by a validator of its own (not the structure phase's).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Validator } from '@seriousme/openapi-schema-validator'
import { parse } from 'csv-parse/sync'
import { parse as parseYaml } from 'yaml'
import { runBatch, type BatchResult } from '../../src/engine/index.js'

const EXAMPLE = path.resolve('examples/bookshop-3.2.yaml')
let dir: string
let result: BatchResult
let rows: Record<string, string>[]

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-bookshop-'))
  result = await runBatch({ spec: EXAMPLE, outputDir: dir }, {}, {})
  rows = parse(readFileSync(path.join(dir, 'index.csv'), 'utf8'), { columns: true })
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('examples/bookshop-3.2.yaml', () => {
  it('is itself valid OpenAPI 3.2', async () => {
    const checked = await new Validator().validate(parseYaml(readFileSync(EXAMPLE, 'utf8')))
    expect(checked.errors ?? []).toEqual([])
    expect(checked.valid).toBe(true)
  })

  it('slices to 3.2 with a 100% pass rate, QUERY and custom methods included', () => {
    expect(result.failures).toEqual([])
    expect(result).toMatchObject({ failed: 0, passRate: 100, passed: true })
    expect(result.total).toBeGreaterThanOrEqual(30)
    expect(new Set(rows.map(row => row.method))).toEqual(
      new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'QUERY', 'LINK', 'UNLINK'])
    )
    expect(rows.every(row => row.output_oas_version === '3.2.0')).toBe(true)
    expect(rows.map(row => row.filename)).toEqual(
      expect.arrayContaining(['books_QUERY.yaml', 'books-bookId_LINK.yaml', 'books-bookId_UNLINK.yaml'])
    )
  })

  it('writes slices that are each valid against the official 3.2 schema', async () => {
    const validator = new Validator()
    const invalid: string[] = []
    for (const row of rows) {
      const slice = parseYaml(readFileSync(path.join(dir, row.filename), 'utf8'))
      const checked = await validator.validate(slice)
      if (!checked.valid) invalid.push(`${row.filename}: ${JSON.stringify(checked.errors).slice(0, 300)}`)
    }
    expect(invalid).toEqual([])
  })

  it('slices by path prefix too, each service document valid against the 3.2 schema', async () => {
    const out = path.join(dir, 'by-prefix')
    const grouped = await runBatch({ spec: EXAMPLE, outputDir: out, groupBy: 'path-prefix' }, {}, {})
    expect(grouped).toMatchObject({ failed: 0, passRate: 100 })
    const validator = new Validator()
    const files = [...new Set(grouped.slices.map(slice => slice.fileName))]
    for (const file of files) {
      const checked = await validator.validate(parseYaml(readFileSync(path.join(out, file), 'utf8')))
      expect([file, checked.errors ?? []]).toEqual([file, []])
    }
    const books = parseYaml(readFileSync(path.join(out, 'books.yaml'), 'utf8'))
    expect(Object.keys(books.paths['/books/{bookId}'].additionalOperations)).toEqual(['LINK', 'UNLINK'])
  }, 60_000)

  it('carries media type components, tag ancestors and the default mapping target where used', () => {
    const read = (name: string) => parseYaml(readFileSync(path.join(dir, name), 'utf8'))
    const search = read('books_QUERY.yaml')
    expect(Object.keys(search.components.mediaTypes)).toEqual(['BookSearchJson', 'ProblemJson'])
    expect(search.tags.map((tag: { name: string }) => tag.name)).toEqual(['catalog', 'books'])
    expect(search.$self).toBeUndefined()
    const pay = read('orders-orderId-payments_POST.yaml')
    expect(Object.keys(pay.components.schemas)).toEqual(
      expect.arrayContaining(['Payment', 'CardPayment', 'WalletPayment', 'OtherPayment'])
    )
    expect(pay.tags.map((tag: { name: string }) => tag.name)).toEqual(['orders', 'payments'])
    const reindex = read('admin-reindex_POST.yaml')
    expect(reindex.components.securitySchemes.legacyKey).toMatchObject({ deprecated: true })
    expect(reindex.components.securitySchemes.oauth.flows.deviceAuthorization).toBeDefined()
  })
})
