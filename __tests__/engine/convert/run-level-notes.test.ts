import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runBatch } from '../../../src/engine/index.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-run-notes-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('conversion notes no slice holds', () => {
  it('are reported with the run: a dropped webhook, and what changed at the root', async () => {
    const spec = {
      openapi: '3.1.0',
      info: { title: 't', version: '1', summary: 'short' },
      paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } },
      webhooks: { ping: { post: { responses: { '200': { description: 'ok' } } } } }
    }
    writeFileSync(path.join(dir, 'api.json'), JSON.stringify(spec))
    const result = await runBatch(
      { spec: path.join(dir, 'api.json'), outputDir: path.join(dir, 'out'), outputVersion: '3.0' },
      {},
      {}
    )
    expect(result).toMatchObject({ total: 1, failed: 0 })
    expect(result.notes.map(note => `${note.code} ${note.pointer}`)).toEqual(
      expect.arrayContaining(['CONVERT_WEBHOOK_DROPPED /webhooks/ping', 'CONVERT_LOSSY /info/summary'])
    )
  })
})
