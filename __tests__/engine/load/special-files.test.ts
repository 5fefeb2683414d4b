/**
 * Only regular files are read: a FIFO, socket or device as the spec, a ref target or the config is a
 * plain error, never a run that blocks. Each FIFO has a writer waiting with a valid text, so a reader
 * that opened it would be released, read that text and fail the test instead of hanging it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadConfig } from '../../../src/engine/config/load-config.js'
import { runBatch } from '../../../src/engine/batch/run-batch.js'
import { loadSpec } from '../../../src/engine/load/load-spec.js'
import { nodeSpecReader } from '../../../src/engine/load/spec-reader.js'

let dir: string
const writers: ChildProcess[] = []

/** A FIFO, with a writer of `text` that releases a blocked reader (and is ended after the tests). */
function fifo(name: string, text: string): string {
  const file = path.join(dir, name)
  expect(spawnSync('mkfifo', [file]).status).toBe(0)
  const writer = spawn('timeout', ['20', 'sh', '-c', 'printf "%s" "$2" > "$1"', 'sh', file, text], {
    stdio: 'ignore'
  })
  writers.push(writer)
  return file
}

const tinySpec = '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}'

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-special-'))
})
afterAll(() => {
  for (const writer of writers) writer.kill()
  rmSync(dir, { recursive: true, force: true })
})

describe('special files', () => {
  it('the reader refuses a FIFO without opening it', async () => {
    const file = fifo('pipe.yaml', tinySpec)
    await expect(nodeSpecReader.readFile(file)).rejects.toMatchObject({
      code: 'SPEC_UNREADABLE',
      message: expect.stringMatching(/pipe\.yaml is not a regular file \(it is a FIFO\)/)
    })
  }, 15_000)

  it('the reader refuses a socket and a device', async () => {
    const socket = path.join(dir, 'api.sock')
    const server: Server = createServer()
    await new Promise<void>(resolve => server.listen(socket, resolve))
    try {
      await expect(nodeSpecReader.readFile(socket)).rejects.toThrow(
        /api\.sock is not a regular file \(it is a socket\)/
      )
    } finally {
      server.close()
    }
    await expect(nodeSpecReader.readFile('/dev/zero')).rejects.toThrow(
      /is not a regular file \(it is a device\)/
    )
  }, 15_000)

  it('a spec that is a FIFO is a plain error naming it', async () => {
    const file = fifo('spec.json', tinySpec)
    await expect(loadSpec(file)).rejects.toMatchObject({
      code: 'SPEC_UNREADABLE',
      message: expect.stringContaining('spec.json is not a regular file')
    })
  }, 15_000)

  it('a $ref to a FIFO in the spec folder does not block the load', async () => {
    fifo('pet.yaml', 'Pet: {type: string}\n')
    const spec = path.join(dir, 'api.yaml')
    writeFileSync(
      spec,
      'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n' +
        '        "200":\n          description: ok\n          content:\n            application/json:\n' +
        '              schema: {$ref: "./pet.yaml#/Pet"}\n'
    )
    // The operation's ref is left unresolved, to fail that operation alone; the FIFO is never read.
    const { doc } = await loadSpec(spec)
    expect(doc.components).toBeUndefined()
    expect(JSON.stringify(doc)).toContain('"$ref":"./pet.yaml#/Pet"')
  }, 15_000)

  it('a base spec or base index that is a FIFO is a plain error naming it', async () => {
    const spec = path.join(dir, 'head.json')
    writeFileSync(
      spec,
      tinySpec.replace('{}', '{"/a": {"get": {"responses": {"200": {"description": "ok"}}}}}')
    )
    const outputDir = path.join(dir, 'out')
    await expect(
      runBatch({ spec, outputDir, dryRun: true, baseSpec: fifo('base.json', tinySpec) })
    ).rejects.toMatchObject({
      code: 'SPEC_UNREADABLE',
      message: expect.stringContaining('base.json is not a regular file')
    })
    const index = fifo('index.csv', 'path,method\n')
    await expect(runBatch({ spec, outputDir, dryRun: true, baseSpec: index })).rejects.toMatchObject({
      code: 'SPEC_NOT_FOUND'
    })
  }, 15_000)

  it('a config file that is a FIFO is refused', async () => {
    const file = fifo('slice-oas.config.yaml', 'spec: api.yaml\n')
    await expect(loadConfig(file)).rejects.toMatchObject({ code: 'CONFIG_INVALID' })
  }, 15_000)
})
