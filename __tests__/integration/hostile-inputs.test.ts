/**
 * Bad input gets a typed error with a stable code and a plain sentence (with file, line and column when
 * known), never a stack trace, and leaves no slice or index behind.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describeError, runBatch, type BatchRequestInput } from '../../src/engine/index.js'
import { nodeFileSink, type FileSink } from '../../src/engine/output/file-sink.js'

let dir: string
const valid =
  'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses: {"200": {description: ok}}\n'
const file = (name: string, text: string | Buffer) => {
  const target = path.join(dir, name)
  writeFileSync(target, text)
  return target
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-hostile-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function refused(request: Omit<BatchRequestInput, 'outputDir'>, sink?: FileSink) {
  const outputDir = path.join(dir, `out-${Math.random().toString(36).slice(2)}`)
  const error = await runBatch({ outputDir, ...request }, {}, { fileSink: sink }).then(
    () => undefined,
    (caught: unknown) => caught
  )
  expect(error).toBeDefined()
  const line = describeError(error)
  expect(line).not.toMatch(/\n\s+at /)
  expect(line).not.toMatch(/^INTERNAL/)
  // Nothing from a broken run: no output folder, or an empty one.
  if (existsSync(outputDir)) expect(readdirSync(outputDir).filter(name => !name.startsWith('.'))).toEqual([])
  return error as {
    code: string
    message: string
    location?: { file: string; line?: number; column?: number }
  }
}

describe('bad input', () => {
  it.each([
    ['a missing file', () => path.join(dir, 'missing.yaml'), 'SPEC_NOT_FOUND'],
    ['an empty file', () => file('empty.yaml', ''), 'SPEC_EMPTY'],
    [
      'a directory',
      () => (mkdirSync(path.join(dir, 'folder.yaml'), { recursive: true }), path.join(dir, 'folder.yaml')),
      'SPEC_IS_DIRECTORY'
    ],
    [
      'a document that is not OpenAPI',
      () => file('other.yaml', 'name: my-app\nversion: 2\n'),
      'SPEC_NOT_OPENAPI'
    ],
    [
      'openapi 4.0.0',
      () => file('v4.yaml', 'openapi: 4.0.0\ninfo: {title: t, version: "1"}\npaths: {}\n'),
      'SPEC_UNSUPPORTED_VERSION'
    ],
    [
      'swagger 1.2',
      () => file('s12.json', '{"swaggerVersion": "1.2", "swagger": "1.2", "apis": []}'),
      'SPEC_UNSUPPORTED_VERSION'
    ],
    [
      'paths: null',
      () => file('nullpaths.yaml', 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: null\n'),
      'SPEC_PATHS_INVALID'
    ],
    [
      'YAML nested 50,000 levels deep',
      () => file('deep.yaml', 'openapi: 3.0.3\nx: ' + '['.repeat(50_000) + ']'.repeat(50_000)),
      'SPEC_TOO_DEEP'
    ],
    [
      'JSON nested 50,000 levels deep',
      () => file('deep.json', '{"openapi": "3.0.3", "x": ' + '['.repeat(50_000) + ']'.repeat(50_000) + '}'),
      'SPEC_TOO_DEEP'
    ]
  ])('%s', async (_name, make, code) => {
    expect((await refused({ spec: make() })).code).toBe(code)
  })

  it('malformed YAML and JSON, with line and column', async () => {
    const yaml = await refused({ spec: file('bad.yaml', 'openapi: 3.0.3\ninfo:\n  title: "unterminated\n') })
    expect(yaml).toMatchObject({
      code: 'SPEC_PARSE',
      location: { line: expect.any(Number), column: expect.any(Number) }
    })
    const json = await refused({ spec: file('bad.json', '{\n  "openapi": "3.0.3",\n  "paths": {,}\n}') })
    expect(json).toMatchObject({ code: 'SPEC_PARSE', location: { line: 3, column: expect.any(Number) } })
  })

  it('duplicate keys, reported where they are', async () => {
    const json = await refused({
      spec: file('dup.json', '{\n  "openapi": "3.0.3",\n  "info": {"title": "a", "title": "b"}\n}')
    })
    expect(json).toMatchObject({ code: 'SPEC_DUPLICATE_KEY', location: { line: 3, column: 26 } })
    expect(json.message).toContain('"title"')
    const yaml = await refused({ spec: file('dup.yaml', 'openapi: 3.0.3\ninfo:\n  title: a\n  title: b\n') })
    expect(yaml).toMatchObject({ code: 'SPEC_DUPLICATE_KEY', location: { line: 4 } })
  })

  it('a YAML alias bomb, refused before it expands', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 10; i++) {
      const name = String.fromCharCode(97 + i)
      lines.push(
        `${name}: &${name} [${Array(9)
          .fill('*' + String.fromCharCode(96 + i))
          .join(',')}]`
      )
    }
    const before = process.memoryUsage().heapUsed
    expect((await refused({ spec: file('bomb.yaml', lines.join('\n') + '\nopenapi: 3.0.3\n') })).code).toBe(
      'SPEC_ALIAS_BOMB'
    )
    // 9^10 strings would need gigabytes; the refusal costs next to nothing.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024)
  })

  it('invalid regexes and out-of-range settings, before anything is read', async () => {
    expect(
      (await refused({ spec: file('ok1.yaml', valid), filterType: 'regex', include: ['(?<=x)'] })).code
    ).toBe('PATTERN_INVALID')
    expect((await refused({ spec: file('ok2.yaml', valid), minPassRate: 101 })).code).toBe('REQUEST_INVALID')
    expect((await refused({ spec: file('ok3.yaml', valid), minPassRate: -1 })).code).toBe('REQUEST_INVALID')
    expect((await refused({ spec: file('ok4.yaml', valid), concurrency: 0 })).code).toBe('REQUEST_INVALID')
    expect((await refused({ spec: file('ok5.yaml', valid), concurrency: 17 })).code).toBe('REQUEST_INVALID')
    expect((await refused({ spec: file('ok6.yaml', valid), concurrency: 2.5 })).code).toBe('REQUEST_INVALID')
  })

  it('an output directory that is a file, or cannot be written', async () => {
    const blocker = file('blocker', 'not a folder')
    const error = await runBatch({ spec: file('ok7.yaml', valid), outputDir: blocker }).catch(
      (e: unknown) => e as { code: string; message: string }
    )
    expect(error).toMatchObject({
      code: 'OUTPUT_NOT_WRITABLE',
      message: expect.stringContaining('is a file')
    })
    const denied: FileSink = {
      ...nodeFileSink,
      prepareDir: async () => {
        throw Object.assign(new Error('permission denied'), { code: 'EACCES' })
      }
    }
    const refusedDir = await refused({ spec: file('ok8.yaml', valid) }, denied)
    expect(refusedDir).toMatchObject({
      code: 'OUTPUT_NOT_WRITABLE',
      message: expect.stringContaining('EACCES')
    })
  })

  it('accepts a UTF-8 BOM', async () => {
    const result = await runBatch({
      spec: file('bom.yaml', '\uFEFF' + valid),
      outputDir: path.join(dir, 'bom-out')
    })
    expect(result.extracted).toBe(1)
  })

  it('handles a 50 MB single-line string in JSON and in YAML', async () => {
    const big = 'x'.repeat(50 * 1024 * 1024)
    const json = file(
      'big.json',
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 't', version: '1', description: big },
        paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } }
      })
    )
    expect(
      (await runBatch({ spec: json, outputDir: path.join(dir, 'big-json'), format: 'json' })).extracted
    ).toBe(1)
    const yaml = file(
      'big.yaml',
      `openapi: 3.0.3\ninfo: {title: t, version: "1", description: "${big}"}\npaths:\n  /a:\n    get:\n      responses: {"200": {description: ok}}\n`
    )
    expect(
      (await runBatch({ spec: yaml, outputDir: path.join(dir, 'big-yaml'), format: 'json' })).extracted
    ).toBe(1)
  }, 120_000)
})
