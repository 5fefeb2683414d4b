/**
 * Two CLI processes slicing different selections into one folder at the same moment, many times over:
 * each run must find the folder its own (the lock), and every run must leave it consistent.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { fork, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'csv-parse/sync'

const ROUNDS = 10
let dir: string
let spec: string
let processes: ChildProcess[] = []

function start(): Promise<ChildProcess> {
  const loader = pathToFileURL(path.resolve('scripts/ts-loader.mjs')).href
  const child = fork(path.resolve('__tests__/helpers/cli-process.ts'), [], {
    execArgv: ['--import', loader],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc']
  })
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child))
    child.once('error', reject)
  })
}

function runCli(child: ChildProcess, argv: string[]): Promise<{ code: number; output: string }> {
  return new Promise(resolve => {
    child.once('message', answer => resolve(answer as { code: number; output: string }))
    child.send(argv)
  })
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** Every index row's file is there with its hash, and the manifest lists exactly those files. */
function expectConsistent(out: string): void {
  const rows = parse(readFileSync(path.join(out, 'index.csv'), 'utf8'), { columns: true }) as Record<
    string,
    string
  >[]
  const manifest = JSON.parse(readFileSync(path.join(out, '.slice-oas-manifest.json'), 'utf8'))
  expect(manifest.state).toBe('complete')
  const indexed = Object.fromEntries(rows.map(row => [row.filename, row.sha256]))
  for (const [name, hash] of Object.entries(indexed))
    expect([name, sha256(path.join(out, name))]).toEqual([name, hash])
  const listed = Object.fromEntries(
    Object.entries<{ sha256: string }>(manifest.files).map(([name, entry]) => [name, entry.sha256])
  )
  expect(listed).toEqual(indexed)
  const onDisk = readdirSync(out).filter(name => name !== 'index.csv' && name !== '.slice-oas-manifest.json')
  expect(onDisk.sort()).toEqual(Object.keys(indexed).sort())
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-concurrent-'))
  const ok = {
    '200': {
      description: 'ok',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/T' } } }
    }
  }
  const paths: Record<string, unknown> = {}
  for (let i = 0; i < 40; i++) {
    paths[`/a/r${i}`] = { get: { responses: ok } }
    paths[`/b/r${i}`] = { get: { responses: ok }, post: { responses: ok } }
  }
  spec = path.join(dir, 'api.json')
  writeFileSync(
    spec,
    JSON.stringify({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths,
      components: { schemas: { T: { type: 'object', properties: { x: { type: 'string' } } } } }
    })
  )
  processes = await Promise.all([start(), start()])
})
afterAll(() => {
  for (const child of processes) child.kill()
  rmSync(dir, { recursive: true, force: true })
})

describe('two runs into one folder at once', () => {
  it(`leave it consistent, ${ROUNDS} times over`, async () => {
    const out = path.join(dir, 'out')
    const selections = [
      ['--include', '/a/**'],
      ['--include', '/b/**', '--concurrency', '1']
    ]
    for (let round = 0; round < ROUNDS; round++) {
      const runs = await Promise.all(
        processes.map((child, i) =>
          runCli(child, ['--spec', spec, '--output-dir', out, ...selections[(i + round) % 2]])
        )
      )
      for (const run of runs) expect([round, run.code, run.output]).toEqual([round, 0, expect.any(String)])
      expectConsistent(out)
    }
  })
})
