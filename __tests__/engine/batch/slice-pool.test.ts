/**
 * Slicing on every core: a run on the slice pool (this thread plus worker threads, which run the
 * TypeScript sources through the dev loader here) writes exactly what a run on one thread writes (the
 * files, the index and the manifest), and a worker that is lost leaves its slices to this thread.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { dump } from 'js-yaml'
import {
  BatchStoppedError,
  runBatch,
  type BatchRequestInput,
  type WorkerScript
} from '../../../src/engine/index.js'
import { MIN_SLICES_FOR_WORKERS, type BatchPorts } from '../../../src/engine/batch/run-batch.js'
import { SlicePool } from '../../../src/engine/batch/slice-pool.js'
import { enumerateOperations } from '../../../src/engine/openapi/operations.js'
import { nodeFileSink } from '../../../src/engine/output/file-sink.js'
import { githubRestJson } from '../../helpers/corpora.js'
import { syntheticSpec } from '../../helpers/synthetic-spec.js'

const loader = ['--import', pathToFileURL(path.resolve('scripts/ts-loader.mjs')).href]
// Workers from 100 slices on, so that small documents exercise the pool.
const MIN_SLICES = 100
const workers: WorkerScript = {
  url: pathToFileURL(path.resolve('src/worker.ts')),
  execArgv: loader,
  cores: 3,
  minSlices: MIN_SLICES
}
const fixed = () => new Date('2026-01-02T03:04:05Z')
let dir: string
let synthetic: string

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-pool-'))
  synthetic = path.join(dir, 'synthetic.json')
  writeFileSync(synthetic, JSON.stringify(syntheticSpec(MIN_SLICES + 40)))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Every file of a run's output; extraction_time_ms is the one column allowed to differ. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of readdirSync(folder).sort()) files[name] = readFileSync(path.join(folder, name), 'utf8')
  files['index.csv'] = files['index.csv'].replace(/,\d+,([0-9a-f]{64}|),/g, ',_,$1,')
  return files
}

/** The files that differ between two outputs, by name: a short report even when every file differs. */
function differences(a: Record<string, string>, b: Record<string, string>): string[] {
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
  return names.filter(name => a[name] !== b[name])
}

async function both(request: Omit<BatchRequestInput, 'outputDir'>, ports: BatchPorts, name: string) {
  const single = path.join(dir, `${name}-single`)
  const pooled = path.join(dir, `${name}-pooled`)
  const one = await runBatch({ ...request, outputDir: single }, {}, { now: fixed })
  const many = await runBatch({ ...request, outputDir: pooled }, {}, { now: fixed, ...ports })
  const files = snapshot(pooled)
  return { one, many, files: Object.keys(files).length, differences: differences(snapshot(single), files) }
}

describe('the slice pool', () => {
  it("slices GitHub's REST description on three threads exactly as on one", async () => {
    const run = await both({ spec: githubRestJson, format: 'yaml', concurrency: 4 }, { workers }, 'github')
    expect(run.one.threads).toBe(1)
    expect(run.many.threads).toBe(3)
    expect(run.many.extracted).toBe(1223)
    expect(run.many.notes.map(note => note.code)).not.toContain('WORKER_LOST')
    expect(run.files).toBe(1223 + 2)
    expect(run.differences).toEqual([])
  })

  it('slices JSON output and a YAML input on the pool as on one thread', async () => {
    const json = await both({ spec: synthetic, format: 'json', concurrency: 4 }, { workers }, 'json')
    expect(json.many.threads).toBe(3)
    expect(json.differences).toEqual([])

    const yamlSpec = path.join(dir, 'synthetic.yaml')
    writeFileSync(yamlSpec, dump(JSON.parse(readFileSync(synthetic, 'utf8'))))
    const run = await both({ spec: yamlSpec, concurrency: 2, outputVersion: '3.1' }, { workers }, 'yaml')
    expect(run.many.threads).toBe(2)
    expect(run.differences).toEqual([])
  })

  it('starts workers only from MIN_SLICES_FOR_WORKERS slices by default', async () => {
    const { minSlices: _default, ...defaults } = workers
    const run = await runBatch(
      { spec: synthetic, outputDir: path.join(dir, 'default') },
      {},
      { workers: defaults }
    )
    expect(MIN_SLICES_FOR_WORKERS).toBeGreaterThan(MIN_SLICES + 40)
    expect(run.threads).toBe(1)
  })

  it('keeps small runs, concurrency 1 and injected sinks on one thread', async () => {
    const small = path.join(dir, 'small.json')
    writeFileSync(small, JSON.stringify(syntheticSpec(MIN_SLICES - 1)))
    const out = (name: string) => path.join(dir, name)
    expect((await runBatch({ spec: small, outputDir: out('small') }, {}, { workers })).threads).toBe(1)
    expect(
      (await runBatch({ spec: synthetic, outputDir: out('c1'), concurrency: 1 }, {}, { workers })).threads
    ).toBe(1)
    const sink = { ...nodeFileSink }
    expect(
      (await runBatch({ spec: synthetic, outputDir: out('sink') }, {}, { workers, fileSink: sink })).threads
    ).toBe(1)
  })

  it('stops as a one-thread run does when a worker cannot write a slice', async () => {
    const stopped = async (name: string, ports: BatchPorts) => {
      const out = path.join(dir, name)
      // A folder where a slice's file must go: renaming the written file onto it fails.
      mkdirSync(path.join(out, 'service7-resource7-id_GET.yaml'), { recursive: true })
      const error = await runBatch({ spec: synthetic, outputDir: out }, {}, ports).catch(e => e)
      expect(error).toBeInstanceOf(BatchStoppedError)
      return { code: error.code, threads: error.result.threads, skipped: error.result.skipped }
    }
    const single = await stopped('unwritable-single', {})
    const pooled = await stopped('unwritable-pooled', { workers })
    expect(pooled.threads).toBeGreaterThan(1)
    expect(pooled.code).toBe('OUTPUT_NOT_WRITABLE')
    expect(pooled.code).toBe(single.code)
    expect(pooled.skipped).toBeGreaterThan(0)

    // A worker answers the failed write with its code, for the batch to classify.
    const doc = JSON.parse(readFileSync(synthetic, 'utf8'))
    const pool = new SlicePool(workers, 1, doc, {
      outputVersion: '3.0',
      format: 'yaml',
      numberLiterals: new Map()
    })
    try {
      const folder = path.join(dir, 'unwritable-single', 'service7-resource7-id_GET.yaml')
      const operation = enumerateOperations(doc).find(op => op.key === 'GET /service7/resource7/{id}')!
      const outcome = await pool.run({ operations: [operation], file: folder })
      expect(outcome.product.failures).toEqual([])
      expect(outcome.writeFailure?.code).toMatch(/^(EISDIR|ENOTEMPTY|EEXIST)$/)
    } finally {
      await pool.close()
    }
  })

  it("makes a lost worker's slices on this thread, and says so", async () => {
    const crashing = path.join(dir, 'crashing-worker.mjs')
    writeFileSync(crashing, "setTimeout(() => { throw new Error('out of memory') }, 50)\n")
    const run = await both(
      { spec: synthetic, concurrency: 4 },
      { workers: { url: pathToFileURL(crashing), cores: 2, minSlices: MIN_SLICES } },
      'lost'
    )
    expect(run.many.threads).toBe(1)
    expect(run.many.extracted).toBe(MIN_SLICES + 40)
    const lost = run.many.notes.find(note => note.code === 'WORKER_LOST')
    expect(lost?.message).toContain('out of memory')
    expect(run.differences).toEqual([])
  })
})
