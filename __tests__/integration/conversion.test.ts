/**
 * Conversion over the real corpus: a 3.0 → 3.1 → 3.0 round trip gives back every 3.0 document apart
 * from recorded losses, and every Swagger 2.0 document slices at a 100% pass rate in both versions.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { convertDocument } from '../../src/engine/convert/convert-document.js'
import { runBatch } from '../../src/engine/index.js'
import { isObject } from '../../src/engine/json-value.js'
import { loadSpec } from '../../src/engine/load/load-spec.js'
import { escapeToken } from '../../src/engine/pointer.js'
import { readmeDocuments, readmeExamplesDir } from '../helpers/corpora.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-convert-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Pointers where two trees differ (key order ignored). */
function differences(a: unknown, b: unknown, at = '', found: string[] = []): string[] {
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((item, i) => differences(item, b[i], `${at}/${i}`, found))
  } else if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
      differences(a[key], b[key], `${at}/${escapeToken(key)}`, found)
  } else if (a !== b) found.push(at || '/')
  return found
}

describe('3.0 → 3.1 → 3.0', () => {
  it.each(readmeDocuments('3.0').map(file => [path.relative(readmeExamplesDir, file), file]))(
    '%s comes back as it was, apart from recorded losses',
    async (_name, file) => {
      const { doc: original } = await loadSpec(file)
      const up = convertDocument(original, '3.0', '3.1')
      const down = convertDocument(up.doc, '3.1', '3.0')
      const recorded = [...up.notes, ...down.notes].map(note => note.pointer ?? '')
      const unexplained = differences(original, down.doc).filter(
        at =>
          at !== '/openapi' &&
          !recorded.some(pointer => pointer && (at === pointer || at.startsWith(pointer + '/')))
      )
      expect(unexplained).toEqual([])
    }
  )
})

describe('Swagger 2.0 input', () => {
  it.each(readmeDocuments('2.0').map(file => [path.relative(readmeExamplesDir, file), file]))(
    '%s slices at a 100%% pass rate, as 3.0 and as 3.1',
    async (_name, file) => {
      for (const outputVersion of ['3.0', '3.1'] as const) {
        const result = await runBatch({
          spec: file,
          outputDir: path.join(dir, `${path.basename(file)}-${outputVersion}`),
          outputVersion
        })
        expect(result.failures).toEqual([])
        expect(result.passRate).toBe(100)
        expect(result.extracted).toBeGreaterThan(0)
      }
    }
  )
})

describe('every 3.0 document sliced as 3.1, and every 3.1 document as 3.0', () => {
  const outcomes: string[] = []
  const documents = [
    ...readmeDocuments('3.0').map(file => [file, '3.1'] as const),
    ...readmeDocuments('3.1').map(file => [file, '3.0'] as const)
  ]
  it.each(documents.map(([file, version], i) => [path.relative(readmeExamplesDir, file), version, file, i]))(
    '%s as %s',
    async (name, outputVersion, file, i) => {
      try {
        const result = await runBatch({
          spec: file as string,
          outputDir: path.join(dir, `cross-${i}`),
          outputVersion: outputVersion as '3.0' | '3.1',
          minPassRate: 0
        })
        for (const failure of result.failures)
          outcomes.push(`${name}: ${failure.method} ${failure.path} fails ${failure.phase}`)
      } catch (error) {
        outcomes.push(`${name}: refused, ${(error as { code?: string }).code}`)
      }
    }
  )

  it('fails only where the source is broken or the conversion cannot carry it', () => {
    expect(outcomes.sort()).toEqual([
      // Defects of the source, which fail in its own version too (see slice-corpora.test.ts).
      '3.0/json/openapi-workshop/post.json: POST /hoot fails structure',
      // A document with no operations.
      '3.0/json/openapi-workshop/title.json: refused, SELECTION_EMPTY',
      '3.0/json/response-http-behavior.json: GET /cache fails completeness',
      '3.0/json/response-http-behavior.json: GET /status/204 fails completeness',
      '3.0/json/response-http-behavior.json: GET /status/302 fails completeness',
      '3.0/yaml/response-http-behavior.yaml: GET /cache fails completeness',
      '3.0/yaml/response-http-behavior.yaml: GET /status/204 fails completeness',
      '3.0/yaml/response-http-behavior.yaml: GET /status/302 fails completeness',
      // OpenAPI 3.0 has no mutualTLS security scheme (recorded as CONVERT_LOSSY), nor webhooks.
      '3.1/json/security.json: POST /anything/mutualTLS fails structure',
      '3.1/json/webhooks.json: refused, SELECTION_EMPTY',
      '3.1/yaml/security.yaml: POST /anything/mutualTLS fails structure',
      '3.1/yaml/webhooks.yaml: refused, SELECTION_EMPTY'
    ])
  })
})

describe('lossy conversions are never silent', () => {
  it('land in the index conversion_notes column and in the batch result', async () => {
    const spec = path.join(readmeExamplesDir, '3.1', 'json', 'webhooks.json')
    const result = await runBatch({
      spec: path.join(readmeExamplesDir, '3.1', 'json', 'schema-types.json'),
      outputDir: path.join(dir, 'lossy'),
      outputVersion: '3.0'
    })
    expect(result.passRate).toBe(100)
    const rows = parse(readFileSync(path.join(dir, 'lossy', 'index.csv'), 'utf8'), {
      columns: true
    }) as Record<string, string>[]
    expect(rows.every(row => row.output_oas_version === '3.0.3')).toBe(true)
    const noted = rows.filter(row => row.conversion_notes !== '')
    expect(noted.length).toBeGreaterThan(0)
    expect(noted.map(row => row.conversion_notes).join(' ')).toMatch(/OpenAPI 3\.0/)
    expect(result.notes.some(note => note.code.startsWith('CONVERT_'))).toBe(true)
    expect(spec).toContain('webhooks')
    await expect(
      runBatch({ spec, outputDir: path.join(dir, 'hooks'), outputVersion: '3.0' })
    ).rejects.toMatchObject({
      code: 'SELECTION_EMPTY',
      message: expect.stringContaining('Every operation of the spec is a webhook')
    })
  })
})

describe('every change a conversion makes is recorded', () => {
  const documents = [
    ...readmeDocuments('3.0').map(file => [file, '3.0', '3.1'] as const),
    ...readmeDocuments('3.1').map(file => [file, '3.1', '3.0'] as const)
  ]
  it.each(documents.map(([file, from, to]) => [path.relative(readmeExamplesDir, file), to, file, from]))(
    '%s as %s: each difference lies under a CONVERT_ finding with its pointer',
    async (_name, to, file, from) => {
      const { doc: source } = await loadSpec(file as string)
      const { doc, notes } = convertDocument(source, from as '3.0' | '3.1', to as '3.0' | '3.1')
      const recorded = notes.map(note => {
        expect(note.code).toMatch(/^CONVERT_/)
        return note.pointer ?? ''
      })
      const explained = (at: string, dropped: unknown): boolean =>
        recorded.some(pointer => pointer && (at === pointer || at.startsWith(pointer + '/'))) ||
        // A container dropped whole is explained by a finding for each of its members.
        (isObject(dropped) &&
          Object.keys(dropped).length > 0 &&
          Object.keys(dropped).every(key => explained(`${at}/${escapeToken(key)}`, undefined)))
      const unexplained = differences(source, doc).filter(
        at =>
          at !== '/openapi' &&
          !explained(at, doc[at.slice(1)] === undefined ? source[at.slice(1)] : undefined)
      )
      expect(unexplained).toEqual([])
    }
  )
})

describe('same version in, same meaning out', () => {
  const legacy = {
    Name: { type: 'string', nullable: true, enum: ['a', 'b'] },
    Count: { type: 'integer', minimum: 0, exclusiveMinimum: true },
    Anything: { nullable: true },
    Plain: { type: 'string', nullable: false }
  }
  const spec = (extra: object = {}) => ({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    ...extra,
    paths: {
      '/things': {
        get: {
          responses: {
            '200': {
              description: 'OK',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } }
            }
          }
        }
      }
    },
    components: { schemas: { Thing: { type: 'object', properties: legacy } } }
  })

  it('a 3.1 document that writes 3.0 keywords slices to 3.1 with every schema as written', async () => {
    for (const [name, doc] of [
      ['legacy', spec()],
      ['draft-04', spec({ jsonSchemaDialect: 'http://json-schema.org/draft-04/schema#' })]
    ] as const) {
      const file = path.join(dir, `${name}.json`)
      writeFileSync(file, JSON.stringify(doc))
      for (const outputVersion of ['auto', '3.1'] as const) {
        const out = path.join(dir, `${name}-${outputVersion}`)
        const result = await runBatch({ spec: file, outputDir: out, outputVersion, format: 'json' })
        expect(result.passRate).toBe(100)
        expect(result.slices.flatMap(slice => slice.notes.map(note => note.code))).toEqual([])
        const [slice] = result.slices
        const written = JSON.parse(readFileSync(path.join(out, slice.fileName), 'utf8'))
        expect(written.components).toEqual(doc.components)
      }
    }
  })

  it('the same document converted to 3.0 records what changes meaning there', async () => {
    const file = path.join(dir, 'legacy.json')
    writeFileSync(file, JSON.stringify(spec()))
    const result = await runBatch({
      spec: file,
      outputDir: path.join(dir, 'legacy-3.0'),
      outputVersion: '3.0'
    })
    expect(result.passRate).toBe(100)
    // One note for the component, which says each place.
    const notes = result.slices[0].notes.filter(note => note.code === 'CONVERT_KEYWORD_APPLIES')
    expect(notes.map(note => note.pointer)).toEqual(['/components/schemas/Thing'])
    for (const name of ['Anything', 'Count', 'Name', 'Plain'])
      expect(notes[0].message).toContain(`/components/schemas/Thing/properties/${name},`)
  })
})
