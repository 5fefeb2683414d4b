/** The default spec reader's file reads. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { nodeSpecReader } from '../../../src/engine/load/spec-reader.js'

const dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-reader-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('nodeSpecReader.readFile', () => {
  it('reads a file into memory another thread can share', async () => {
    const file = path.join(dir, 'api.json')
    const text = JSON.stringify({ openapi: '3.0.3', info: { title: 'é€😀', version: '1' }, paths: {} })
    writeFileSync(file, text)
    const bytes = await nodeSpecReader.readFile(file)
    expect(bytes.toString('utf8')).toBe(text)
    expect(Object.prototype.toString.call(bytes.buffer)).toBe('[object SharedArrayBuffer]')
    writeFileSync(file, '')
    expect((await nodeSpecReader.readFile(file)).length).toBe(0)
  })

  it('reads a file whose size the system does not know to its end', async () => {
    // Files such as /proc's report a size of 0 and still have content, as pipes do.
    expect((await nodeSpecReader.readFile('/proc/self/status')).toString('utf8')).toMatch(/^Name:/)
  })

  it("throws Node's errors for a folder and a missing file", async () => {
    await expect(nodeSpecReader.readFile(dir)).rejects.toMatchObject({ code: 'EISDIR' })
    await expect(nodeSpecReader.readFile(path.join(dir, 'nope.json'))).rejects.toMatchObject({
      code: 'ENOENT'
    })
  })
})
