/** The summary's services come from what the engine says a group is, never from the shape of its id. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildComment, buildSummary, COMMENT_LIMIT_CHARS } from '../../src/action/summary.js'
import { runBatch } from '../../src/engine/index.js'
import { gfmProblems } from '../helpers/gfm-check.js'

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
    const summary = buildSummary(result, { spec: 'api.json' })
    expect(gfmProblems(summary)).toEqual([])
    expect(summary).toContain('| my pets | 1 |')
    expect(summary).not.toContain('| animals |')
  })

  it('names an operation by its first tag', async () => {
    const spec = path.join(dir, 'api.json')
    const paths = { '/my pets/list': { get: { tags: ['animals'], ...ok } } }
    writeFileSync(spec, JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths }))
    const summary = buildSummary(await runBatch({ spec, outputDir: dir, dryRun: true }), { spec: 'api.json' })
    expect(gfmProblems(summary)).toEqual([])
    expect(summary).toContain('| animals | 1 |')
  })
})

describe('the size of the review', () => {
  it('keeps a comment on a huge failing run far under GitHub’s 65,536 characters, readable', async () => {
    const { resultOf, context, expectReadable } = await import('./review/fixtures.js')
    const result = resultOf(0, 20_000)
    result.failures = result.failures.map(failure => ({ ...failure, reason: 'x'.repeat(2000) }))
    const comment = buildComment(result, context)
    expect(comment.length).toBeLessThan(COMMENT_LIMIT_CHARS)
    expect(COMMENT_LIMIT_CHARS).toBeLessThan(65_536)
    expectReadable(comment)
  })

  it('cuts what no budget fits at a line, closing its collapsed blocks, and says where the rest is', async () => {
    const { resultOf, context, expectReadable } = await import('./review/fixtures.js')
    const result = resultOf(0, 40)
    const note = 'why '.repeat(20_000)
    const comment = buildComment(result, { ...context, artifactNote: `${note}\n\n${note}` })
    expect(comment.length).toBeLessThan(COMMENT_LIMIT_CHARS)
    expect(comment).toMatch(
      /\n\n… cut short; the \[job summary\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/42\) lists every one\.\n$/
    )
    expect(comment.match(/<details>/g)!.length).toBe(comment.match(/<\/details>/g)!.length)
    expectReadable(comment)
  })

  it('still reads the old call without a context, naming the spec it sliced', async () => {
    const spec = path.join(dir, 'api.json')
    writeFileSync(
      spec,
      JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/a': { get: ok } } })
    )
    const summary = buildSummary(await runBatch({ spec, outputDir: dir, dryRun: true }), { spec: 'api.json' })
    expect(gfmProblems(summary)).toEqual([])
    expect(summary.split('\n')[2]).toBe(`Spec \`${path.basename(spec)}\``)
  })
})
