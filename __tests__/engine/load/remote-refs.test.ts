/** Remote $refs: refused by default; when allowed, only http(s), with a timeout and a size cap. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadSpec } from '../../../src/engine/load/load-spec.js'
import { sliceOf } from '../../helpers/slice-doc.js'

let dir: string
let server: Server
let base: string
const requested: string[] = []

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-remote-'))
  server = createServer((req, res) => {
    requested.push(req.url ?? '')
    if (req.url === '/pet.yaml') return res.end('type: object\nproperties:\n  name: {type: string}\n')
    if (req.url === '/huge.yaml') {
      res.write('description: "')
      res.end('x'.repeat(2 * 1024 * 1024) + '"\n')
      return
    }
    // Never answers: only the client's timeout can end the request.
    if (req.url === '/silent.yaml') return
    res.statusCode = 404
    res.end()
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
  rmSync(dir, { recursive: true, force: true })
})

function specWith(ref: string): string {
  const file = path.join(dir, `spec-${Math.random().toString(36).slice(2)}.yaml`)
  writeFileSync(
    file,
    `openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content: {application/json: {schema: {$ref: "${ref}"}}}\n`
  )
  return file
}
const limits = { timeoutMs: 500, maxBytes: 1024 * 1024 }

describe('remote refs', () => {
  it('are refused unless allowed', async () => {
    await expect(loadSpec(specWith(`${base}/pet.yaml`))).rejects.toMatchObject({ code: 'REF_REMOTE_REFUSED' })
  })

  it('are fetched and bundled when allowed', async () => {
    const spec = await loadSpec(specWith(`${base}/pet.yaml`), { allowRemoteRefs: true, remoteLimits: limits })
    expect((spec.doc.components as Record<string, object>).schemas).toEqual({
      pet: { type: 'object', properties: { name: { type: 'string' } } }
    })
    expect(sliceOf(spec.doc).report.failures).toEqual([])
  })

  it('give up after the timeout', async () => {
    await expect(
      loadSpec(specWith(`${base}/silent.yaml`), { allowRemoteRefs: true, remoteLimits: limits })
    ).rejects.toMatchObject({ code: 'REF_UNRESOLVED' })
  }, 30_000)

  it('stop at the size cap', async () => {
    await expect(
      loadSpec(specWith(`${base}/huge.yaml`), { allowRemoteRefs: true, remoteLimits: limits })
    ).rejects.toMatchObject({
      code: 'REF_UNRESOLVED',
      message: expect.stringContaining('larger than')
    })
  })

  it('only over http(s): other schemes are refused with a plain error', async () => {
    await expect(
      loadSpec(specWith('ftp://127.0.0.1/pet.yaml'), { allowRemoteRefs: true, remoteLimits: limits })
    ).rejects.toMatchObject({
      code: 'REF_REMOTE_REFUSED',
      message: expect.stringContaining('uses the ftp: scheme')
    })
  })

  it('are never fetched from literal data, even when allowed: a $ref member in an example stays data', async () => {
    const file = path.join(dir, 'scim.yaml')
    writeFileSync(
      file,
      `openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content: {application/json: {example: {$ref: "${base}/scim.yaml"}}}\n`
    )
    requested.length = 0
    for (const allowRemoteRefs of [false, true]) {
      const spec = await loadSpec(file, { allowRemoteRefs, remoteLimits: limits })
      expect(spec.notes.map(note => note.code)).toEqual(['BUNDLE_REF_KEPT_AS_DATA'])
      expect(sliceOf(spec.doc).report.failures).toEqual([])
    }
    expect(requested).toEqual([])
  })
})
