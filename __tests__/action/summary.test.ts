/** The summary's services come from what the engine says a group is, never from the shape of its id. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildSummary } from '../../src/action/summary.js'
import { runBatch } from '../../src/engine/index.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-summary-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const ok = { responses: { '200': { description: 'ok' } } }

describe('the summary by service', () => {
  it('names a path-prefix group by its prefix, even one with a space', async () => {
    const spec = path.join(dir, 'api.json')
    const paths = { '/my pets/list': { get: { tags: ['animals'], ...ok } }, '/stores': { get: ok } }
    writeFileSync(spec, JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths }))
    const result = await runBatch({ spec, outputDir: dir, groupBy: 'path-prefix', dryRun: true })
    expect(result.slices.map(slice => slice.kind)).toEqual(['path-prefix', 'path-prefix'])
    const summary = buildSummary(result)
    expect(summary).toContain('| my pets | 1 |')
    expect(summary).not.toContain('| animals |')
  })

  it('names an operation by its first tag', async () => {
    const spec = path.join(dir, 'api.json')
    const paths = { '/my pets/list': { get: { tags: ['animals'], ...ok } } }
    writeFileSync(spec, JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths }))
    const summary = buildSummary(await runBatch({ spec, outputDir: dir, dryRun: true }))
    expect(summary).toContain('| animals | 1 |')
  })
})
