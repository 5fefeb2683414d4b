/**
 * The shipped OpenAPI 3.2 example, sliced down to 3.1 and 3.0: every slice passes every phase and is
 * valid against the official schema of its version, and every change the conversion makes is reported:
 * in the slices' conversion_notes, or with the run's findings when no slice holds it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Validator } from '@seriousme/openapi-schema-validator'
import { parse } from 'csv-parse/sync'
import { parse as parseYaml } from 'yaml'
import { convertDocument } from '../../src/engine/convert/convert-document.js'
import { runBatch, type BatchResult } from '../../src/engine/index.js'
import { loadSpec } from '../../src/engine/load/load-spec.js'
import { readmeDocuments } from '../helpers/corpora.js'

const EXAMPLE = path.resolve('examples/bookshop-3.2.yaml')
let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-bookshop-down-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.each(['3.1', '3.0'] as const)('examples/bookshop-3.2.yaml as %s', version => {
  let result: BatchResult
  let rows: Record<string, string>[]
  beforeAll(async () => {
    result = await runBatch({ spec: EXAMPLE, outputDir: path.join(dir, version), outputVersion: version })
    rows = parse(readFileSync(path.join(dir, version, 'index.csv'), 'utf8'), { columns: true })
  }, 60_000)

  it('slices at a 100% pass rate, without the QUERY and custom-method operations', () => {
    expect(result.failures).toEqual([])
    expect(result).toMatchObject({ failed: 0, passRate: 100 })
    expect(rows.length).toBeGreaterThanOrEqual(30)
    expect(rows.every(row => row.output_oas_version.startsWith(version + '.'))).toBe(true)
    expect(rows.filter(row => ['QUERY', 'LINK', 'UNLINK'].includes(row.method))).toEqual([])
  })

  it("carries the left-out operations in no other operation's slice", () => {
    const carrying = rows.filter(row =>
      readFileSync(path.join(dir, version, row.filename), 'utf8').includes('x-oai-additionalOperations')
    )
    expect(carrying.map(row => row.filename)).toEqual([])
  })

  it('writes slices each valid against the official schema of their version', async () => {
    const validator = new Validator()
    const invalid: string[] = []
    for (const row of rows) {
      const slice = parseYaml(readFileSync(path.join(dir, version, row.filename), 'utf8'))
      const checked = await validator.validate(slice)
      if (!checked.valid) invalid.push(`${row.filename}: ${JSON.stringify(checked.errors).slice(0, 300)}`)
    }
    expect(invalid).toEqual([])
  })

  it('reports every change the conversion makes, each 3.2 construct by its own code', async () => {
    const { doc } = await loadSpec(EXAMPLE)
    const { notes } = convertDocument(doc, '3.2', version)
    const codes = new Set(notes.map(note => note.code))
    for (const code of [
      'CONVERT_OPERATION_LEFT_OUT',
      'CONVERT_QUERYSTRING',
      'CONVERT_TAG_HIERARCHY',
      'CONVERT_ITEM_SCHEMA',
      'CONVERT_MEDIA_TYPE_INLINED',
      'CONVERT_RESPONSE_SUMMARY',
      'CONVERT_EXAMPLE_VALUE',
      'CONVERT_SECURITY_32',
      'CONVERT_FIELD_AS_EXTENSION'
    ] as const)
      expect([code, codes.has(code)]).toEqual([code, true])
    const inIndex = new Set(rows.flatMap(row => row.conversion_notes.split(/\s*\|\s*|\n/)))
    const reported = new Set(result.notes.map(note => note.message))
    const warnings = notes.filter(note => note.severity === 'warning')
    const unreported = warnings.filter(
      note =>
        !reported.has(note.message) && ![...inIndex].some(cell => cell.includes(note.message.slice(0, 60)))
    )
    expect(unreported).toEqual([])
    for (const code of ['CONVERT_OPERATION_LEFT_OUT', 'CONVERT_TAG_HIERARCHY'])
      expect(result.notes.some(note => note.code === code)).toBe(true)
    expect(rows.some(row => row.conversion_notes.includes('x-oai-querystring'))).toBe(true)
  })
})

describe('Swagger 2.0, 3.0 and 3.1 documents sliced up to 3.2', () => {
  const documents = [
    path.resolve('examples/store-platform.yaml'),
    ...readmeDocuments('2.0').filter(file => /petstore\.json$/.test(file)),
    ...readmeDocuments('3.1').filter(file => /petstore|webhooks|schema-types/.test(file))
  ]
  it.each(documents.map(file => [path.relative(process.cwd(), file), file]))(
    '%s slices as 3.2 at a 100%% pass rate, each slice valid against the official 3.2 schema',
    async (name, file) => {
      const out = path.join(dir, `up-${name.replace(/[^\w.-]/g, '_')}`)
      const result = await runBatch({ spec: file, outputDir: out, outputVersion: '3.2' })
      expect(result.failures).toEqual([])
      expect(result.passRate).toBe(100)
      const rows: Record<string, string>[] = parse(readFileSync(path.join(out, 'index.csv'), 'utf8'), {
        columns: true
      })
      const validator = new Validator()
      for (const row of rows.slice(0, 10)) {
        expect(row.output_oas_version).toBe('3.2.0')
        const slice = parseYaml(readFileSync(path.join(out, row.filename), 'utf8'))
        expect([row.filename, (await validator.validate(slice)).errors ?? []]).toEqual([row.filename, []])
      }
    },
    60_000
  )
})
