/**
 * The target phase on the slice pool: worker threads are sent each slice's target and its collisions
 * across the service, and give the verdicts one thread gives. target-fix keeps a run on one thread.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { runBatch, type BatchRequestInput, type WorkerScript } from '../../../src/engine/index.js'

const workers: WorkerScript = {
  url: pathToFileURL(path.resolve('src/worker.ts')),
  execArgv: ['--import', pathToFileURL(path.resolve('scripts/ts-loader.mjs')).href],
  cores: 2,
  minSlices: 20
}
let dir: string
let spec: string

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-target-pool-'))
  spec = path.join(dir, 'api.json')
  // Pairs of operationIds that Kong names alike: get_0 and get-0, get_1 and get-1…
  const paths = Object.fromEntries(
    Array.from({ length: 40 }, (_, i) => [
      `/r${i}`,
      {
        get: { operationId: `get${i % 2 ? '_' : '-'}${i >> 1}`, responses: { '200': { description: 'OK' } } }
      }
    ])
  )
  writeFileSync(spec, JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths }))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const services = [{ name: 'all', include: ['/**'], exclude: [], methods: [], tags: [], operationIds: [] }]
const request = (name: string, extra: Partial<BatchRequestInput> = {}): BatchRequestInput => ({
  spec,
  outputDir: path.join(dir, name),
  target: 'kong',
  services,
  concurrency: 2,
  ...extra
})

describe('targets on the slice pool', () => {
  it('fail each colliding slice on a worker as on one thread', async () => {
    const one = await runBatch(request('one'))
    const pooled = await runBatch(request('pooled'), {}, { workers })
    expect(pooled.threads).toBeGreaterThan(1)
    expect(one.failed).toBe(40)
    const reasons = (result: typeof one) => result.failures.map(f => `${f.path} ${f.reason}`).sort()
    expect(reasons(pooled)).toEqual(reasons(one))
  })

  it('with target-fix, slice on one thread, and every slice passes', async () => {
    const fixed = await runBatch(request('fixed', { targetFix: true }), {}, { workers })
    expect(fixed.threads).toBe(1)
    expect(fixed.failed).toBe(0)
  })
})
