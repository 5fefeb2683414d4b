/** The output folder is the run's alone: nothing outside it, nothing of the user's, nothing it reads. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runBatch, type BatchRequestInput } from '../../../src/engine/index.js'

let dir: string
const ok = { '200': { description: 'ok' } }
const spec = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: { '/a': { get: { responses: ok } }, '/b': { get: { responses: ok } } }
}
const at = (...names: string[]) => path.join(dir, ...names)
const writeSpec = (name = 'api.json') => (writeFileSync(at(name), JSON.stringify(spec)), at(name))
const run = (request: Partial<BatchRequestInput>) =>
  runBatch({ spec: writeSpec(), outputDir: at('out'), ...request }, {}, { lockWaitMs: 200 })
const failure = (request: Partial<BatchRequestInput>) =>
  run(request).then(
    () => undefined,
    (error: { code: string; message: string }) => error
  )

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-folder-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('writing inside the output folder only', () => {
  it('never writes through an index.csv symlink, even with overwrite: the link itself is replaced', async () => {
    mkdirSync(at('out'))
    writeFileSync(at('victim.txt'), 'precious')
    symlinkSync(at('victim.txt'), at('out', 'index.csv'))
    const refused = await failure({})
    expect(refused).toMatchObject({ code: 'OUTPUT_NOT_OURS', message: expect.stringContaining('index.csv') })
    expect(readFileSync(at('victim.txt'), 'utf8')).toBe('precious')
    await run({ overwrite: true })
    expect(readFileSync(at('victim.txt'), 'utf8')).toBe('precious')
    expect(lstatSync(at('out', 'index.csv')).isFile()).toBe(true)
    expect(readFileSync(at('out', 'index.csv'), 'utf8')).toMatch(/^path,method/)
  })

  it('never writes into a folder or through a symlink where a slice goes', async () => {
    mkdirSync(at('elsewhere'))
    mkdirSync(at('out', 'b_GET.yaml'), { recursive: true })
    symlinkSync(at('elsewhere'), at('out', 'a_GET.yaml'))
    expect((await failure({}))?.code).toBe('OUTPUT_NOT_OURS')
    const error = await failure({ overwrite: true })
    expect(error).toMatchObject({ code: 'OUTPUT_NOT_WRITABLE' })
    expect(error?.message).toContain(`${at('out', 'b_GET.yaml')} is a folder`)
    expect(readdirSync(at('elsewhere'))).toEqual([])
    expect(lstatSync(at('out', 'b_GET.yaml')).isDirectory()).toBe(true)
  })

  it('names index.csv, and says it is a folder, when a folder is in its place', async () => {
    mkdirSync(at('out', 'index.csv'), { recursive: true })
    const error = await failure({})
    expect(error?.code).toBe('OUTPUT_NOT_WRITABLE')
    expect(error?.message).toContain(`${at('out', 'index.csv')} is a folder`)
  })
})

describe("the user's files", () => {
  it('refuses to replace a file no manifest owns, naming it, unless overwrite is set', async () => {
    mkdirSync(at('out'))
    writeFileSync(at('out', 'a_GET.yaml'), 'mine')
    const error = await failure({})
    expect(error).toMatchObject({ code: 'OUTPUT_NOT_OURS' })
    expect(error?.message).toContain('a_GET.yaml')
    expect(error?.message).toContain('overwrite')
    expect(readFileSync(at('out', 'a_GET.yaml'), 'utf8')).toBe('mine')
    expect(existsSync(at('out', 'b_GET.yaml'))).toBe(false)
    expect((await run({ overwrite: true })).extracted).toBe(2)
    expect(readFileSync(at('out', 'a_GET.yaml'), 'utf8')).toMatch(/^openapi: 3\.0\.3/)
  })

  it('keeps replacing and removing the files its manifest owns', async () => {
    await run({})
    writeFileSync(at('out', 'notes.md'), 'mine')
    const again = await run({ include: ['/a'] })
    expect(again.removed).toEqual(['b_GET.yaml'])
    expect(existsSync(at('out', 'notes.md'))).toBe(true)
  })

  it('counts a slice the manifest lists but the disk lost as changed, and writes it again', async () => {
    await run({})
    unlinkSync(at('out', 'a_GET.yaml'))
    const again = await run({})
    expect(again.changed).toEqual(['a_GET.yaml'])
    expect(again.unchanged).toEqual(['b_GET.yaml'])
    expect(existsSync(at('out', 'a_GET.yaml'))).toBe(true)
  })
})

describe('the files a run reads', () => {
  it('refuses to write a slice over its own spec, even with overwrite', async () => {
    writeFileSync(at('a_GET.yaml'), JSON.stringify(spec))
    const error = await runBatch({ spec: at('a_GET.yaml'), outputDir: dir, overwrite: true }).catch(e => e)
    expect(error).toMatchObject({ code: 'OUTPUT_OVERWRITES_INPUT' })
    expect(error.message).toContain('spec')
    expect(JSON.parse(readFileSync(at('a_GET.yaml'), 'utf8'))).toEqual(spec)
  })

  it('sees the spec through a symlink and in another case of its name', async () => {
    mkdirSync(at('out'))
    writeFileSync(at('out', 'A_GET.yaml'), JSON.stringify(spec))
    symlinkSync(at('out', 'A_GET.yaml'), at('link.yaml'))
    const viaLink = await runBatch({ spec: at('link.yaml'), outputDir: at('out'), overwrite: true }).catch(
      e => e
    )
    // On a case-sensitive disk A_GET.yaml and a_GET.yaml are two files, and the run may go ahead.
    const caseInsensitive = existsSync(at('out', 'a_get.yaml'))
    if (caseInsensitive) expect(viaLink).toMatchObject({ code: 'OUTPUT_OVERWRITES_INPUT' })
    expect(JSON.parse(readFileSync(at('out', 'A_GET.yaml'), 'utf8'))).toEqual(spec)
    writeFileSync(at('out', 'b_GET.yaml'), JSON.stringify(spec))
    symlinkSync(at('out', 'b_GET.yaml'), at('link-b.yaml'))
    const error = await runBatch({ spec: at('link-b.yaml'), outputDir: at('out'), overwrite: true }).catch(
      e => e
    )
    expect(error).toMatchObject({ code: 'OUTPUT_OVERWRITES_INPUT' })
    expect(JSON.parse(readFileSync(at('out', 'b_GET.yaml'), 'utf8'))).toEqual(spec)
  })

  it('refuses to remove its base spec or its config file as a stale slice', async () => {
    await run({})
    const base = at('out', 'b_GET.yaml')
    const error = await failure({ include: ['/a'], baseSpec: base })
    expect(error).toMatchObject({
      code: 'OUTPUT_OVERWRITES_INPUT',
      message: expect.stringContaining('base spec')
    })
    expect(existsSync(base)).toBe(true)
    const config = await failure({ include: ['/a'], configFile: base })
    expect(config).toMatchObject({
      code: 'OUTPUT_OVERWRITES_INPUT',
      message: expect.stringContaining('config file')
    })
    expect(existsSync(base)).toBe(true)
  })
})

describe('the manifest', () => {
  it('names an altered manifest and how to recover, rather than refusing to write', async () => {
    await run({})
    const manifestPath = at('out', '.slice-oas-manifest.json')
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
    manifest.files['../victim.txt'] = { sha256: null, operations: [] }
    writeFileSync(manifestPath, JSON.stringify(manifest))
    writeFileSync(at('victim.txt'), 'precious')
    const error = await failure({})
    expect(error?.code).toBe('MANIFEST_INVALID')
    expect(error?.message).toContain('"../victim.txt"')
    expect(error?.message).toContain(`Delete ${manifestPath} and run again`)
    expect(error?.message).not.toMatch(/^Refused to write/)
    manifest.files = { '/etc/passwd': { sha256: null, operations: [] } }
    writeFileSync(manifestPath, JSON.stringify(manifest))
    expect((await failure({}))?.code).toBe('MANIFEST_INVALID')
    expect(readFileSync(at('victim.txt'), 'utf8')).toBe('precious')
    unlinkSync(manifestPath)
    expect((await run({ overwrite: true })).extracted).toBe(2)
  })

  it('says so in a warning when it rebuilds an unreadable manifest', async () => {
    mkdirSync(at('out'))
    writeFileSync(at('out', '.slice-oas-manifest.json'), '{ not json')
    const result = await run({})
    expect(result.notes).toContainEqual(
      expect.objectContaining({ code: 'MANIFEST_UNREADABLE', severity: 'warning' })
    )
    expect(JSON.parse(readFileSync(at('out', '.slice-oas-manifest.json'), 'utf8')).state).toBe('complete')
  })
})
