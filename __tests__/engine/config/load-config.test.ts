import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadConfig, runBatch, type BatchRequestInput } from '../../../src/engine/index.js'

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
})
