/**
 * The parts of a real run's review: orphans of the service map, the output folder's files (new,
 * rewritten, deleted, unchanged) apart from the base comparison's operations, and the run's mechanics
 * kept out of the main table.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildComment, buildSummary } from '../../../src/action/summary.js'
import { runBatch } from '../../../src/engine/index.js'
import { context, expectReadable, resultOf } from './fixtures.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-review-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const ok = { responses: { '200': { description: 'ok' } } }

function writeSpec(paths: Record<string, unknown>, name = 'api.json'): string {
  const spec = path.join(dir, name)
  writeFileSync(spec, JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths }))
  return spec
}

const service = (name: string, include: string[]) => ({
  name,
  include,
  exclude: [],
  methods: [],
  tags: [],
  operationIds: []
})

describe('orphans', () => {
  it('gives one line with the count and the operations no service claims in a <details>, by path', async () => {
    const spec = writeSpec({
      '/pets': { get: ok },
      '/zoo/~tilde': { get: ok, post: ok },
      '/admin': { delete: ok }
    })
    const result = await runBatch({
      spec,
      outputDir: path.join(dir, 'out'),
      groupBy: 'service',
      services: [service('pets', ['/pets'])],
      dryRun: true
    })
    expect(result.orphans).toEqual(['GET /zoo/~tilde', 'POST /zoo/~tilde', 'DELETE /admin'])
    for (const markdown of [buildSummary(result, context), buildComment(result, context)]) {
      expectReadable(markdown)
      expect(markdown).toContain('**Orphans:** 3 operations belong to no service of the service map.')
      expect(markdown).toContain(
        '<summary>3 orphan operations</summary>\n\n- `DELETE /admin`\n- `GET /zoo/~tilde`\n- `POST /zoo/~tilde`\n'
      )
    }
  })

  it('says nothing of orphans without a service map', async () => {
    const result = await runBatch({ spec: writeSpec({ '/pets': { get: ok } }), outputDir: dir, dryRun: true })
    expect(result.orphans).toBeUndefined()
    expect(buildSummary(result, context)).not.toContain('Orphans')
  })
})

describe('files and operations', () => {
  it('speaks of new, rewritten, deleted and unchanged files, and of operations since the base spec', async () => {
    const out = path.join(dir, 'out')
    const first = { '/a': { get: ok }, '/b': { get: ok }, '/c': { get: ok } }
    const base = writeSpec(first, 'base.json')
    await runBatch({ spec: writeSpec(first), outputDir: out })
    const spec = writeSpec({
      '/a': { get: ok },
      '/b': { get: { ...ok, summary: 'now documented' } },
      '/d': { get: ok }
    })
    const result = await runBatch({ spec, outputDir: out, baseSpec: base })
    const summary = buildSummary(result, context)
    expectReadable(summary)
    expect(summary).toContain('Files in the output folder: 1 new, 1 rewritten, 1 deleted, 1 unchanged file.')
    expect(summary).toContain(
      '**Since the base spec:** 1 operation added, 1 removed, 1 changed in 3 services — b (1), c (1), d (1)'
    )
    expect(summary).toMatch(/- New \(1\): `d_GET\.[a-z]+`/)
    expect(summary).toMatch(/- Deleted \(1\): `c_GET\.[a-z]+`/)
    expect(summary).not.toMatch(/\b(added|changed)\b[^\n]*\bfiles?\b/i)
    expect(summary).not.toMatch(/\bfiles?\b[^\n]*\b(added|changed)\b/i)
  })
})

describe('the main table', () => {
  it('right-aligns its numbers and keeps threads and speed in a collapsed Run details block', async () => {
    const result = await runBatch({ spec: writeSpec({ '/a': { get: ok } }), outputDir: path.join(dir, 'o') })
    const summary = buildSummary(result, context)
    const header = summary.split('\n').find(line => line.startsWith('| Operations |'))!
    expect(header).not.toMatch(/Threads|per second/)
    expect(summary).toContain('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    const runDetails = summary.slice(summary.indexOf('<summary>Run details</summary>'))
    expect(runDetails).toMatch(/^<summary>Run details<\/summary>\n\n- Threads: 1\n- Slices per second: /)
    expect(summary.indexOf('Threads')).toBe(summary.indexOf('- Threads') + 2)
    expect(buildComment(result, context)).not.toMatch(/Threads|per second/)
  })

  it('names the output folder and index relative to the workspace', () => {
    const outputDir = path.join(process.cwd(), 'slices')
    const result = resultOf(1, 0, { outputDir, indexPath: path.join(outputDir, 'index.csv') })
    const summary = buildSummary(result, context)
    expect(summary).toContain('- Output folder: `slices`\n- Index: `slices/index.csv`\n')
  })
})
