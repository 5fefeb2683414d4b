import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runBatch } from '../../../src/engine/index.js'
import { loadSpec } from '../../../src/engine/load/load-spec.js'
import { nodeSpecReader, type SpecReader } from '../../../src/engine/load/spec-reader.js'

let dir: string
const good = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } }
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-subject-'))
  writeFileSync(path.join(dir, 'api.json'), JSON.stringify(good))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const failing = (code: string): SpecReader => ({
  ...nodeSpecReader,
  isDirectory: async () => false,
  readFile: async () => {
    const error =
      code === 'ERR_FS_FILE_TOO_LARGE' ? new RangeError('File size is greater than 2 GiB') : new Error(code)
    throw Object.assign(error, { code })
  }
})

describe('what a loading error names', () => {
  it('a missing base spec is "the base spec", not "the spec"', async () => {
    const run = runBatch({
      spec: path.join(dir, 'api.json'),
      baseSpec: path.join(dir, 'nope.yaml'),
      outputDir: path.join(dir, 'out'),
      dryRun: true
    })
    await expect(run).rejects.toMatchObject({
      code: 'SPEC_NOT_FOUND',
      message: expect.stringMatching(/^The base spec .*nope\.yaml does not exist\. Check the path/)
    })
  })

  it('a base spec that is not valid YAML is "the base spec" too', async () => {
    writeFileSync(path.join(dir, 'base.yaml'), 'openapi: 3.0.3\ninfo:\n  title: t\n version: "1"\n')
    await expect(loadSpec(path.join(dir, 'base.yaml'), { subject: 'base spec' })).rejects.toMatchObject({
      message: expect.stringMatching(/^The base spec is not valid YAML/)
    })
  })

  it('a spec over the size limit says so, with the limit, not to check its permissions', async () => {
    const load = loadSpec(path.join(dir, 'huge.json'), { reader: failing('ERR_FS_FILE_TOO_LARGE') })
    await expect(load).rejects.toMatchObject({
      code: 'SPEC_UNREADABLE',
      message: expect.stringMatching(/is over the size limit of 2147483647 bytes \(2 GiB\)/)
    })
    await expect(load).rejects.not.toMatchObject({ message: expect.stringMatching(/permissions/) })
  })

  it('asks to check permissions only when permission was denied', async () => {
    await expect(loadSpec(path.join(dir, 'a.json'), { reader: failing('EACCES') })).rejects.toMatchObject({
      message: expect.stringMatching(/\(EACCES\)\. Check its permissions\.$/)
    })
    await expect(loadSpec(path.join(dir, 'a.json'), { reader: failing('EIO') })).rejects.toMatchObject({
      message: expect.stringMatching(/\(EIO\)\.$/)
    })
  })
})

describe('a text longer than a string can hold', () => {
  it('is over the size limit, with the limit', async () => {
    const { decodeSpecText } = await import('../../../src/engine/load/decode.js')
    const bytes = Buffer.from('openapi: 3.0.3\n')
    bytes.toString = () => {
      throw Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), {
        code: 'ERR_STRING_TOO_LONG'
      })
    }
    expect(() => decodeSpecText(bytes, 'big.yaml')).toThrow(
      /big\.yaml is over the size limit of \d+ characters/
    )
  })
})
