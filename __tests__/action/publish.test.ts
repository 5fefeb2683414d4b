import { describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ActionLog } from '../../src/action/log.js'
import { publish, type Review } from '../../src/action/publish.js'
import { fakeComments } from '../helpers/fake-comments.js'

const dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-publish-'))
const event = path.join(dir, 'event.json')
writeFileSync(event, JSON.stringify({ pull_request: { number: 5, head: { sha: 'abc' } } }))
const prEnv = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'o/r' }

function ports(api = fakeComments()) {
  const summaries: string[] = []
  const log = { info: jest.fn(), debug: jest.fn(), warning: jest.fn(), notice: jest.fn(), error: jest.fn() }
  return {
    api,
    summaries,
    log,
    ports: {
      log: log as unknown as ActionLog,
      writeSummary: async (markdown: string) => {
        summaries.push(markdown)
      },
      comments: () => api
    }
  }
}

const review = (over: Partial<Review> = {}): Review => ({
  summary: '## ✅ summary',
  comment: '## ✅ comment',
  spec: 'api.yaml',
  failed: false,
  changed: false,
  ...over
})

describe('publish', () => {
  it('writes the summary on every run, and the comment when the mode asks', async () => {
    const on = ports()
    await publish(review(), { mode: 'always', token: 't' }, prEnv, on.ports)
    expect(on.summaries).toEqual(['## ✅ summary'])
    expect(on.api.comments).toHaveLength(1)
    const off = ports()
    await publish(review({ failed: true }), { mode: 'never', token: 't' }, prEnv, off.ports)
    expect(off.summaries).toHaveLength(1)
    expect(off.api.comments).toEqual([])
  })

  it('on-failure and on-change comment on a failure; on-change on a change', async () => {
    for (const mode of ['on-failure', 'on-change'] as const) {
      const p = ports()
      await publish(review(), { mode, token: 't' }, prEnv, p.ports)
      expect(p.api.comments).toHaveLength(0)
      await publish(review({ failed: true, comment: '## ❌' }), { mode, token: 't' }, prEnv, p.ports)
      expect(p.api.comments).toHaveLength(1)
      // The next green run updates it: a ❌ from an earlier run must not stay.
      await publish(review(), { mode, token: 't' }, prEnv, p.ports)
      expect(p.api.comments[0].body).toContain('## ✅ comment')
    }
    const change = ports()
    await publish(review({ changed: true }), { mode: 'on-change', token: 't' }, prEnv, change.ports)
    expect(change.api.comments).toHaveLength(1)
  })

  it('writes no comment outside a pull request, and warns without a token only when asked', async () => {
    const p = ports()
    await publish(review(), { mode: 'always', token: 't' }, { GITHUB_REPOSITORY: 'o/r' }, p.ports)
    expect(p.api.comments).toEqual([])
    await publish(review(), { mode: 'always', token: '' }, prEnv, p.ports)
    expect(p.log.warning).toHaveBeenCalledWith(expect.stringContaining('No github-token'), expect.anything())
    p.log.warning.mockClear()
    await publish(review(), { mode: 'never', token: '' }, prEnv, p.ports)
    expect(p.log.warning).not.toHaveBeenCalled()
  })

  it('turns a failure to write into a warning, never a failed step', async () => {
    const p = ports({
      ...fakeComments(),
      list: async () => Promise.reject(Object.assign(new Error('Server Error'), { status: 500 }))
    })
    p.ports.writeSummary = async () => Promise.reject(new Error('disk'))
    await publish(review(), { mode: 'always', token: 't' }, prEnv, p.ports)
    expect(p.log.warning).toHaveBeenCalledTimes(2)
  })
})
