import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findConfigFile, loadConfig, runBatch, type BatchRequestInput } from '../../../src/engine/index.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-config-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const spec = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } }
}

describe('loadConfig', () => {
  it('reads overwrite as a boolean and refuses anything else', async () => {
    writeFileSync(path.join(dir, 'yes.yaml'), 'overwrite: true\n')
    expect((await loadConfig(path.join(dir, 'yes.yaml'))).options.overwrite).toBe(true)
    writeFileSync(path.join(dir, 'bad.yaml'), 'overwrite: sometimes\n')
    await expect(loadConfig(path.join(dir, 'bad.yaml'))).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringContaining('"overwrite" takes true or false')
    })
  })

  it("reads a service's overlay relative to the config file, and refuses one that is not a path", async () => {
    mkdirSync(path.join(dir, 'conf'))
    writeFileSync(
      path.join(dir, 'conf', 'ok.yaml'),
      'services:\n  orders: {include: /orders, overlay: gateway/orders.yaml}\n'
    )
    const { options } = await loadConfig(path.join(dir, 'conf', 'ok.yaml'))
    expect(options.services?.[0].overlay).toBe(path.join(dir, 'conf', 'gateway', 'orders.yaml'))
    writeFileSync(
      path.join(dir, 'bad.yaml'),
      'services:\n  orders:\n    include: /orders\n    overlay: [a]\n'
    )
    await expect(loadConfig(path.join(dir, 'bad.yaml'))).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringContaining('overlay takes the path of an Overlay 1.0 file'),
      location: expect.objectContaining({ line: 4 })
    })
  })

  it('never writes over an overlay the service map reads', async () => {
    writeFileSync(path.join(dir, 'api.json'), JSON.stringify(spec))
    mkdirSync(path.join(dir, 'out'))
    const overlay = path.join(dir, 'out', 'a.yaml')
    const text = 'overlay: 1.0.0\ninfo: {title: t, version: "1"}\nactions: [{target: $.info, update: {}}]\n'
    writeFileSync(overlay, text)
    const error = await runBatch({
      spec: path.join(dir, 'api.json'),
      outputDir: path.join(dir, 'out'),
      groupBy: 'service',
      overwrite: true,
      services: [
        { name: 'a', include: ['/a'], exclude: [], methods: [], tags: [], operationIds: [], overlay }
      ]
    }).catch(e => e)
    expect(error).toMatchObject({
      code: 'OUTPUT_OVERWRITES_INPUT',
      message: expect.stringContaining('overlay')
    })
    expect(readFileSync(overlay, 'utf8')).toBe(text)
  })

  it('tells the run which file it is, so the run never writes over it', async () => {
    writeFileSync(path.join(dir, 'api.json'), JSON.stringify(spec))
    mkdirSync(path.join(dir, 'out'))
    // A config file that sits in the output folder under the name of a slice.
    const file = path.join(dir, 'out', 'a_GET.yaml')
    const text = 'spec: ../api.json\noutput-dir: .\noverwrite: true\n'
    writeFileSync(file, text)
    const config = await loadConfig(file)
    expect(config.options.configFile).toBe(file)
    const error = await runBatch(config.options as BatchRequestInput).catch(e => e)
    expect(error).toMatchObject({
      code: 'OUTPUT_OVERWRITES_INPUT',
      message: expect.stringContaining('config file')
    })
    expect(readFileSync(file, 'utf8')).toBe(text)
  })

  it('names the same keys as before, in the same order, when one is unknown', async () => {
    writeFileSync(path.join(dir, 'c.yaml'), 'colour: blue\n')
    await expect(loadConfig(path.join(dir, 'c.yaml'))).rejects.toThrow(
      'The config has an unknown key "colour". Known keys: spec, output-dir, include, exclude, filter-type, methods, tags, operation-ids, exclude-deprecated, include-extensions, exclude-extensions, fail-closed, group-by, prefix-depth, output-version, format, concurrency, min-pass-rate, index, dry-run, shard, ref-root, allow-remote-refs, overlap, orphans, base-spec, overwrite, target, target-fix, fail-on-change, breaking-rules, accepted-changes, services.'
    )
  })

  it('reads shard as i/n and output-version as text', async () => {
    writeFileSync(path.join(dir, 's.yaml'), 'shard: 2/3\noutput-version: 3.1\n')
    expect((await loadConfig(path.join(dir, 's.yaml'))).options).toMatchObject({
      shard: { index: 2, count: 3 },
      outputVersion: '3.1'
    })
  })
})

describe('findConfigFile', () => {
  it('takes the file named, else slice-oas.config.yaml in the folder when it exists, else none', () => {
    expect(findConfigFile('other.yaml', dir)).toBe('other.yaml')
    expect(findConfigFile(undefined, dir)).toBeUndefined()
    writeFileSync(path.join(dir, 'slice-oas.config.yaml'), 'format: json\n')
    expect(findConfigFile(undefined, dir)).toBe(path.join(dir, 'slice-oas.config.yaml'))
    expect(findConfigFile(undefined, '.', file => file === 'slice-oas.config.yaml')).toBe(
      'slice-oas.config.yaml'
    )
  })
})
