/** The action's merge job fails the step by the same gate as the CLI's merge and every run. */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '../fixtures/core.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../../src/action/main.js')
const { runBatch } = await import('../../src/engine/index.js')

let dir: string
const shards: string[] = []

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-action-merge-'))
  const paths: Record<string, object> = {}
  for (let i = 0; i < 4; i++) paths[`/r${i}`] = { get: { responses: { '200': { description: 'ok' } } } }
  paths['/r0'] = { get: { responses: { '200': { $ref: '#/components/responses/Nope' } } } }
  const spec = path.join(dir, 'api.json')
  writeFileSync(spec, JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths }))
  for (const index of [1, 2]) {
    shards.push(path.join(dir, `shard${index}`))
    await runBatch({ spec, outputDir: shards[index - 1], shard: { index, count: 2 }, minPassRate: 0 })
  }
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))
beforeEach(() => {
  core.resetCore()
  process.exitCode = undefined
})
afterEach(() => {
  process.exitCode = undefined
})

describe('the merge job', () => {
  it('fails the step when the merged pass rate is below min-pass-rate', async () => {
    Object.assign(core.inputs, { merge: shards.join('\n'), 'output-dir': path.join(dir, 'm1') })
    await run({ GITHUB_WORKSPACE: dir })
    expect(core.setFailed).toHaveBeenCalledWith(
      'The validation pass rate of the merged shards is 75%, below the minimum of 100%: 1 operation failed.'
    )
  })

  it('passes at or above it', async () => {
    Object.assign(core.inputs, {
      merge: shards.join('\n'),
      'output-dir': path.join(dir, 'm2'),
      'min-pass-rate': '75'
    })
    await run({ GITHUB_WORKSPACE: dir })
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.outputs['pass-rate']).toBe('75')
  })
})
