import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { BatchStoppedError, INDEX_COLUMNS, runBatch } from '../../../src/engine/index.js'
import type { SliceResult } from '../../../src/engine/batch/result.js'
import { nodeFileSink, type FileSink } from '../../../src/engine/output/file-sink.js'

let dir: string
const fixed = () => new Date('2026-01-02T03:04:05Z')
const spec = {
  openapi: '3.0.3',
  info: { title: 'shop', version: '1' },
  tags: [{ name: 'pets' }],
  security: [{ key: [] }],
  paths: {
    '/pets': {
      get: {
        operationId: 'listPets',
        summary: 'List pets',
        tags: ['pets'],
        parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Pet' } } }
            }
          }
        }
      },
      post: {
        operationId: 'addPet',
        tags: ['pets'],
        deprecated: true,
        security: [],
        responses: { '201': { description: 'made' }, '400': { description: 'bad' } }
      }
    },
    '/owners/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        operationId: 'getOwner',
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Owner' } } }
          }
        }
      }
    }
  },
  components: {
    schemas: {
      Pet: { type: 'object', properties: { name: { type: 'string' } } },
      Owner: {
        type: 'object',
        properties: { pets: { type: 'array', items: { $ref: '#/components/schemas/Pet' } } }
      }
    },
    securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'k' } }
  }
}

function writeSpec(doc: object = spec): string {
  const file = path.join(dir, 'api.json')
  writeFileSync(file, JSON.stringify(doc, null, 2))
  return file
}
const out = (name = 'out') => path.join(dir, name)
const listing = (folder: string) =>
  Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map(name => [name, readFileSync(path.join(folder, name), 'utf8')])
  )
const rows = (folder: string) =>
  parse(readFileSync(path.join(folder, 'index.csv'), 'utf8'), { columns: true }) as Record<string, string>[]

/** The real file sink, noting the name of every file it writes. */
function recordingSink(): { sink: FileSink; writes: string[] } {
  const writes: string[] = []
  const sink: FileSink = {
    ...nodeFileSink,
    async writeAtomic(target, content) {
      writes.push(path.basename(target))
      return nodeFileSink.writeAtomic(target, content)
    }
  }
  return { sink, writes }
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-batch-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('runBatch', () => {
  it('writes one slice per operation and an index with the documented columns and values', async () => {
    const result = await runBatch({ spec: writeSpec(), outputDir: out() }, {}, { now: fixed })
    expect(result).toMatchObject({ total: 3, extracted: 3, failed: 0, passRate: 100, passed: true })
    expect(readdirSync(out()).sort()).toEqual([
      '.slice-oas-manifest.json',
      'index.csv',
      'owners-id_GET.yaml',
      'pets_GET.yaml',
      'pets_POST.yaml'
    ])
    const text = readFileSync(path.join(out(), 'index.csv'), 'utf8')
    expect(text.split('\n')[0]).toBe(INDEX_COLUMNS.join(','))
    const index = rows(out())
    expect(index.map(row => `${row.path} ${row.method}`)).toEqual([
      '/owners/{id} GET',
      '/pets GET',
      '/pets POST'
    ])
    const list = index[1]
    const content = readFileSync(path.join(out(), 'pets_GET.yaml'))
    expect(list).toMatchObject({
      summary: 'List pets',
      operation_id: 'listPets',
      tags: 'pets',
      filename: 'pets_GET.yaml',
      file_size_kb: (content.length / 1024).toFixed(2),
      schema_count: '1',
      parameter_count: '1',
      response_codes: '200',
      security_required: 'true',
      deprecated: 'false',
      created_at: '2026-01-02T03:04:05.000Z',
      output_oas_version: '3.0.3',
      validation_status: 'PASS',
      failure_reason: ''
    })
    expect(list.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(index[2]).toMatchObject({
      security_required: 'false',
      deprecated: 'true',
      response_codes: '201;400',
      schema_count: '0'
    })
    expect(index[0]).toMatchObject({ parameter_count: '1', schema_count: '2' })
  })

  it('gives identical output for identical runs, and for concurrency 1 and 16', async () => {
    const file = writeSpec()
    await runBatch({ spec: file, outputDir: out('a'), concurrency: 1 }, {}, { now: fixed })
    await runBatch({ spec: file, outputDir: out('b'), concurrency: 16 }, {}, { now: fixed })
    const strip = (files: Record<string, string>) => {
      const copy = { ...files }
      copy['index.csv'] = copy['index.csv'].replace(/,\d+,([0-9a-f]{64}|),/g, ',_,$1,')
      return copy
    }
    expect(strip(listing(out('a')))).toEqual(strip(listing(out('b'))))
  })

  it('re-runs on an unchanged input without rewriting anything', async () => {
    const file = writeSpec()
    await runBatch({ spec: file, outputDir: out() }, {}, { now: fixed })
    const { sink, writes } = recordingSink()
    const again = await runBatch({ spec: file, outputDir: out() }, {}, { now: fixed, fileSink: sink })
    expect(again.unchanged).toHaveLength(3)
    expect(again.added.concat(again.changed, again.removed)).toEqual([])
    expect(writes.filter(name => name.endsWith('.yaml'))).toEqual([])
  })

  it('after one schema changes, rewrites exactly the slices that use it and removes slices of vanished operations', async () => {
    const file = writeSpec()
    await runBatch({ spec: file, outputDir: out() }, {}, { now: fixed })
    const edited = structuredClone(spec)
    edited.components.schemas.Owner.properties = {
      pets: { type: 'array', items: { $ref: '#/components/schemas/Pet' } },
      name: { type: 'string' }
    } as never
    delete (edited.paths['/pets'] as Record<string, unknown>).post
    writeSpec(edited)
    const { sink, writes } = recordingSink()
    const result = await runBatch({ spec: file, outputDir: out() }, {}, { now: fixed, fileSink: sink })
    expect(result.changed).toEqual(['owners-id_GET.yaml'])
    expect(result.unchanged).toEqual(['pets_GET.yaml'])
    expect(result.removed).toEqual(['pets_POST.yaml'])
    expect(writes.filter(name => name.endsWith('.yaml'))).toEqual(['owners-id_GET.yaml'])
    expect(readdirSync(out())).not.toContain('pets_POST.yaml')
  })

  it('never removes files it does not own', async () => {
    const file = writeSpec()
    await runBatch({ spec: file, outputDir: out() }, {}, { now: fixed })
    writeFileSync(path.join(out(), 'README.md'), 'mine')
    await runBatch({ spec: file, outputDir: out(), include: ['/pets'] }, {}, { now: fixed })
    expect(readdirSync(out())).toContain('README.md')
    expect(readdirSync(out())).not.toContain('owners-id_GET.yaml')
  })

  it('retries a transient error through the file sink', async () => {
    let failures = 0
    const sink: FileSink = {
      ...nodeFileSink,
      async writeAtomic(target, content) {
        if (target.endsWith('pets_GET.yaml') && failures < 2) {
          failures++
          throw Object.assign(new Error('too many open files'), { code: 'EMFILE' })
        }
        return nodeFileSink.writeAtomic(target, content)
      }
    }
    const result = await runBatch({ spec: writeSpec(), outputDir: out() }, {}, { now: fixed, fileSink: sink })
    expect(failures).toBe(2)
    expect(result.extracted).toBe(3)
  })

  it('retries EBUSY too, and stops on EACCES with a plain error', async () => {
    let busy = 0
    const flaky: FileSink = {
      ...nodeFileSink,
      async writeAtomic(target, content) {
        if (target.endsWith('pets_POST.yaml') && busy++ === 0)
          throw Object.assign(new Error('busy'), { code: 'EBUSY' })
        return nodeFileSink.writeAtomic(target, content)
      }
    }
    expect(
      (await runBatch({ spec: writeSpec(), outputDir: out('busy') }, {}, { now: fixed, fileSink: flaky }))
        .extracted
    ).toBe(3)
    const denied: FileSink = {
      ...nodeFileSink,
      async writeAtomic(target, content) {
        if (target.endsWith('pets_POST.yaml')) throw Object.assign(new Error('denied'), { code: 'EACCES' })
        return nodeFileSink.writeAtomic(target, content)
      }
    }
    const error = await runBatch(
      { spec: writeSpec(), outputDir: out('denied'), concurrency: 1 },
      {},
      { now: fixed, fileSink: denied }
    ).catch(e => e)
    expect(error).toBeInstanceOf(BatchStoppedError)
    expect(error.code).toBe('OUTPUT_NOT_WRITABLE')
    expect(error.message).toMatch(
      /^slice-oas cannot write .*pets_POST\.yaml \(EACCES\); check that output-dir is a writable folder\.$/
    )
  })

  it('stops cleanly on a fatal error, with what was done recorded', async () => {
    const sink: FileSink = {
      ...nodeFileSink,
      async writeAtomic(target, content) {
        // Slices run in the index's order (path, then method): the last one, POST /pets, meets a full disk.
        if (target.endsWith('pets_POST.yaml')) throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
        return nodeFileSink.writeAtomic(target, content)
      }
    }
    const error = await runBatch(
      { spec: writeSpec(), outputDir: out(), concurrency: 1 },
      {},
      { now: fixed, fileSink: sink }
    ).catch(e => e)
    expect(error).toBeInstanceOf(BatchStoppedError)
    expect(error.code).toBe('DISK_FULL')
    expect(error.result.extracted).toBe(2)
    expect(error.result.skipped).toBe(1)
    expect(
      readdirSync(out())
        .filter(name => name.endsWith('.yaml'))
        .sort()
    ).toEqual(['owners-id_GET.yaml', 'pets_GET.yaml'])
    expect(readdirSync(out()).filter(name => name.includes('tmp'))).toEqual([])
    const manifest = JSON.parse(readFileSync(path.join(out(), '.slice-oas-manifest.json'), 'utf8'))
    expect(manifest.state).toBe('running')
    expect(Object.keys(manifest.files).sort()).toEqual([
      'owners-id_GET.yaml',
      'pets_GET.yaml',
      'pets_POST.yaml'
    ])
  })

  it('indexes the slices a stopped run attempted, and not those it never started', async () => {
    const sink: FileSink = {
      ...nodeFileSink,
      async writeAtomic(target, content) {
        // The second slice in the index's order meets a full disk; the third is never started.
        if (target.endsWith('pets_GET.yaml')) throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
        return nodeFileSink.writeAtomic(target, content)
      }
    }
    const error = await runBatch(
      { spec: writeSpec(), outputDir: out(), concurrency: 1 },
      {},
      { now: fixed, fileSink: sink }
    ).catch(e => e)
    expect(error.code).toBe('DISK_FULL')
    const outcome = (label: string) => {
      const slice: SliceResult = error.result.slices.find((one: SliceResult) => one.label === label)
      return slice.skipReason ?? slice.status
    }
    expect(outcome('GET /owners/{id}')).toBe('PASS')
    expect(outcome('GET /pets')).toMatch(/^not written: /)
    expect(outcome('POST /pets')).toBe('not attempted: the run stopped')
    expect(rows(out()).map(row => [row.method, row.path, row.validation_status])).toEqual([
      ['GET', '/owners/{id}', 'PASS'],
      ['GET', '/pets', 'SKIPPED']
    ])
  })

  it('fails only the operation with a dangling ref; the others pass', async () => {
    const broken = structuredClone(spec)
    ;(
      broken.paths['/owners/{id}'].get.responses['200'].content['application/json'].schema as { $ref: string }
    ).$ref = '#/components/schemas/Missing'
    const result = await runBatch(
      { spec: writeSpec(broken), outputDir: out(), minPassRate: 50 },
      {},
      { now: fixed }
    )
    expect(result).toMatchObject({ extracted: 2, failed: 1, passRate: 66.66, passed: true })
    expect(result.failures[0]).toMatchObject({ path: '/owners/{id}', method: 'GET', phase: 'references' })
    expect(readdirSync(out())).not.toContain('owners-id_GET.yaml')
    expect(rows(out())[0]).toMatchObject({
      validation_status: 'FAIL',
      failure_reason: expect.stringContaining('[references]')
    })
  })

  it('leaves the file name and size of a FAIL row empty: no such file exists', async () => {
    const broken = structuredClone(spec)
    ;(
      broken.paths['/owners/{id}'].get.responses['200'].content['application/json'].schema as { $ref: string }
    ).$ref = '#/components/schemas/Missing'
    await runBatch({ spec: writeSpec(broken), outputDir: out(), minPassRate: 0 }, {}, { now: fixed })
    const [failed, passed] = rows(out())
    expect(failed).toMatchObject({
      path: '/owners/{id}',
      validation_status: 'FAIL',
      filename: '',
      file_size_kb: ''
    })
    expect(passed).toMatchObject({ path: '/pets', validation_status: 'PASS', filename: 'pets_GET.yaml' })
    expect(passed.file_size_kb).not.toBe('')
  })

  it('lists what a dry run would write and writes nothing', async () => {
    const result = await runBatch({ spec: writeSpec(), outputDir: out(), dryRun: true })
    expect(result.slices.map(slice => `${slice.label} → ${slice.fileName}`)).toEqual([
      'GET /owners/{id} → owners-id_GET.yaml',
      'GET /pets → pets_GET.yaml',
      'POST /pets → pets_POST.yaml'
    ])
    expect(readdirSync(dir)).toEqual(['api.json'])
  })

  it('keeps the live index when slices finished in its order, and rewrites it sorted when not', async () => {
    const ok = { '200': { description: 'ok' } }
    const interleaved = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/c': { get: { tags: ['a'], responses: ok } },
        '/b': { get: { tags: ['b'], responses: ok } },
        '/a': { get: { tags: ['a'], responses: ok } }
      }
    }
    const { sink, writes } = recordingSink()
    await runBatch({ spec: writeSpec(interleaved), outputDir: out() }, {}, { now: fixed, fileSink: sink })
    expect(rows(out()).map(row => row.path)).toEqual(['/a', '/b', '/c'])
    expect(writes).not.toContain('index.csv')
    // Tag a's slice (rows /a and /c) is made before tag b's (/b): the index is written again, sorted.
    const tagged = recordingSink()
    await runBatch(
      { spec: writeSpec(interleaved), outputDir: out('tags'), groupBy: 'tag' },
      {},
      { now: fixed, fileSink: tagged.sink }
    )
    expect(rows(out('tags')).map(row => `${row.path} ${row.filename}`)).toEqual([
      '/a a.yaml',
      '/b b.yaml',
      '/c a.yaml'
    ])
    expect(tagged.writes).toContain('index.csv')
  })

  it('groups by tag and by path prefix, with one index row per operation naming its group file', async () => {
    await runBatch({ spec: writeSpec(), outputDir: out(), groupBy: 'tag' }, {}, { now: fixed })
    expect(rows(out()).map(row => row.filename)).toEqual(['untagged.yaml', 'pets.yaml', 'pets.yaml'])
    await runBatch({ spec: writeSpec(), outputDir: out('p'), groupBy: 'path-prefix' }, {}, { now: fixed })
    expect(
      readdirSync(out('p'))
        .filter(name => name.endsWith('.yaml'))
        .sort()
    ).toEqual(['owners.yaml', 'pets.yaml'])
  })

  it('lets timers and signals through while it slices on one thread', async () => {
    const paths = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [
        `/r${i}`,
        { get: { responses: { '200': { description: 'ok' } } } }
      ])
    )
    // Each write holds the thread for 2 ms, so the run lasts far longer than a turn of the event loop.
    const slow: FileSink = {
      ...nodeFileSink,
      async writeAtomic(target, content) {
        const until = performance.now() + 2
        while (performance.now() < until);
        return nodeFileSink.writeAtomic(target, content)
      }
    }
    const controller = new AbortController()
    const error = await runBatch(
      { spec: writeSpec({ ...spec, paths }), outputDir: out(), concurrency: 1 },
      { onSlice: (_, done) => void (done === 1 && setTimeout(() => controller.abort(), 0)) },
      { now: fixed, fileSink: slow, signal: controller.signal }
    ).catch(e => e)
    expect(error).toBeInstanceOf(BatchStoppedError)
    expect(error.code).toBe('INTERRUPTED')
    expect(error.result.extracted).toBeGreaterThan(1)
    expect(error.result.extracted).toBeLessThan(30)
  })

  it('shards cover every operation exactly once', async () => {
    const file = writeSpec()
    const seen: string[] = []
    for (let index = 1; index <= 3; index++) {
      const result = await runBatch(
        { spec: file, outputDir: out(`s${index}`), shard: { index, count: 3 } },
        {},
        { now: fixed }
      )
      seen.push(...result.files)
    }
    expect(seen.sort()).toEqual(['owners-id_GET.yaml', 'pets_GET.yaml', 'pets_POST.yaml'])
  })

  it('writes numbers a double cannot hold with the digits the source wrote, in JSON and YAML', async () => {
    const text = JSON.stringify(spec).replace(
      '"type":"integer"',
      '"type":"integer","maximum":9007199254740993,"minimum":-0,"multipleOf":12345678901234567890123'
    )
    expect(text).toContain('9007199254740993')
    const file = path.join(dir, 'numbers.json')
    writeFileSync(file, text)
    for (const format of ['json', 'yaml'] as const) {
      const result = await runBatch({ spec: file, outputDir: out(format), format }, {})
      expect(result.failed).toBe(0)
      expect(result.notes.filter(note => note.code === 'SPEC_NUMBER_PRECISION')).toHaveLength(3)
      const slice = readFileSync(path.join(out(format), `pets_GET.${format}`), 'utf8')
      expect(slice).toMatch(/maximum"?: 9007199254740993\b/)
      expect(slice).toMatch(/minimum"?: -0\b/)
      expect(slice).toMatch(/multipleOf"?: 12345678901234567890123\b/)
    }
  })

  it('keeps a plain number that a lossy literal elsewhere reads as', async () => {
    const text = JSON.stringify(spec).replace(
      '"type":"integer"',
      '"type":"integer","maximum":9007199254740993,"default":9007199254740992'
    )
    const file = path.join(dir, 'numbers.json')
    writeFileSync(file, text)
    await runBatch({ spec: file, outputDir: out(), format: 'json' }, {})
    const slice = readFileSync(path.join(out(), 'pets_GET.json'), 'utf8')
    expect(slice).toMatch(/"default": 9007199254740992\b/)
  })
})
