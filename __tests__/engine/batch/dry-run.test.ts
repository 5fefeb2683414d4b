import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { BatchStoppedError, runBatch, type WorkerScript } from '../../../src/engine/index.js'
import { syntheticSpec } from '../../helpers/synthetic-spec.js'

let dir: string
const ok = { '200': { description: 'ok' } }
const gone = { '200': { $ref: '#/components/responses/Gone' } }
/** Four operations, two of which refer to a response the document lacks. */
const spec = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: {
    '/a': { get: { responses: ok } },
    '/b': { get: { responses: gone } },
    '/c': { get: { responses: ok } },
    '/d': { get: { responses: gone } }
  }
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-dry-'))
  writeFileSync(path.join(dir, 'api.json'), JSON.stringify(spec))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const request = (dryRun: boolean, outputDir: string) => ({
  spec: path.join(dir, 'api.json'),
  outputDir,
  dryRun,
  minPassRate: 100
})

describe('a dry run', () => {
  it('refuses the output folder a real run would refuse, and writes nothing there', async () => {
    const foreign = path.join(dir, 'foreign')
    mkdirSync(foreign)
    writeFileSync(path.join(foreign, 'a_GET.yaml'), 'mine')
    const real = await runBatch(request(false, foreign)).catch((error: unknown) => error)
    const dry = await runBatch(request(true, foreign)).catch((error: unknown) => error)
    expect(real).toMatchObject({ code: 'OUTPUT_NOT_OURS' })
    expect(dry).toMatchObject({ code: 'OUTPUT_NOT_OURS', message: (real as Error).message })
    expect(readdirSync(foreign)).toEqual(['a_GET.yaml'])
    const file = path.join(dir, 'api.json')
    await expect(runBatch(request(true, file))).rejects.toMatchObject({ code: 'OUTPUT_NOT_WRITABLE' })
    // A folder that does not exist yet is one a run would make.
    await expect(runBatch(request(true, path.join(dir, 'new', 'deep')))).resolves.toMatchObject({
      dryRun: true
    })
    expect(existsSync(path.join(dir, 'new'))).toBe(false)
  })

  it('validates every slice as a real run does: the same failures, pass rate and gate', async () => {
    const real = await runBatch(request(false, path.join(dir, 'real')))
    const dry = await runBatch(request(true, path.join(dir, 'dry')))
    expect(real.failed).toBe(2)
    expect(dry.validated).toBe(true)
    expect(dry.dryRun).toBe(true)
    expect(dry.failures.map(f => `${f.method} ${f.path} [${f.phase}]`)).toEqual(
      real.failures.map(f => `${f.method} ${f.path} [${f.phase}]`)
    )
    expect([dry.extracted, dry.failed, dry.skipped, dry.passRate, dry.passed]).toEqual([
      real.extracted,
      real.failed,
      real.skipped,
      real.passRate,
      real.passed
    ])
    expect(dry.passed).toBe(false)
  })

  it('touches no file: no output folder, lock, manifest, index or slice', async () => {
    await runBatch(request(true, path.join(dir, 'dry')))
    expect(existsSync(path.join(dir, 'dry'))).toBe(false)
    expect(readdirSync(dir)).toEqual(['api.json'])
  })

  it('stops on a signal like a real run, with what it had validated', async () => {
    const controller = new AbortController()
    controller.abort()
    const stopped = await runBatch(
      request(true, path.join(dir, 'dry')),
      {},
      { signal: controller.signal }
    ).catch((error: unknown) => error)
    expect(stopped).toBeInstanceOf(BatchStoppedError)
    expect((stopped as BatchStoppedError).result.dryRun).toBe(true)
    expect(readdirSync(dir)).toEqual(['api.json'])
  })

  it('validates on the slice pool’s workers too, and they write nothing', async () => {
    const workers: WorkerScript = {
      url: pathToFileURL(path.resolve('src/worker.ts')),
      execArgv: ['--import', pathToFileURL(path.resolve('scripts/ts-loader.mjs')).href],
      cores: 2,
      minSlices: 50
    }
    writeFileSync(path.join(dir, 'api.json'), JSON.stringify(syntheticSpec(300)))
    const dry = await runBatch(request(true, path.join(dir, 'dry')), {}, { workers })
    expect(dry.threads).toBe(2)
    expect([dry.extracted, dry.failed, dry.skipped]).toEqual([300, 0, 0])
    expect(readdirSync(dir)).toEqual(['api.json'])
  }, 60_000)
})
