import { describe, expect, it } from '@jest/globals'
import {
  commentMarker,
  commentWanted,
  LEGACY_MARKER,
  upsertComment,
  type CommentsApi
} from '../../src/action/pr-comment.js'
import type { CommentMode } from '../../src/action/inputs.js'
import { fakeComments } from '../helpers/fake-comments.js'

describe('the comment per spec', () => {
  it('is keyed by a hidden marker naming the spec, so two specs keep two comments', async () => {
    const api = fakeComments()
    await upsertComment(api, 'api/openapi.yaml', '## ✅ a', true)
    await upsertComment(api, 'admin/openapi.yaml', '## ✅ b', true)
    await upsertComment(api, 'api/openapi.yaml', '## ❌ a again', true)
    expect(api.comments.map(comment => comment.body)).toEqual([
      '<!-- slice-oas:summary spec=api/openapi.yaml -->\n## ❌ a again',
      '<!-- slice-oas:summary spec=admin/openapi.yaml -->\n## ✅ b'
    ])
  })

  it('keeps the marker an HTML comment whatever the path holds', () => {
    expect(commentMarker('a--b>c.yaml')).toBe('<!-- slice-oas:summary spec=a%2D-b%3Ec.yaml -->')
    expect(commentMarker('x.yaml')).not.toContain('-->x')
  })

  it("adopts an earlier version's comment without a spec, once: the next spec gets its own", async () => {
    const api = fakeComments([
      { id: 7, body: 'an unrelated comment' },
      { id: 8, body: `${LEGACY_MARKER}\n## ✅ old` }
    ])
    expect(await upsertComment(api, 'api.yaml', '## ❌ new', true)).toEqual({ commented: 'updated', id: 8 })
    expect(api.comments[1].body).toBe(`${commentMarker('api.yaml')}\n## ❌ new`)
    expect(await upsertComment(api, 'admin.yaml', '## ✅ b', true)).toEqual({ commented: 'created', id: 100 })
    expect(api.comments[0].body).toBe('an unrelated comment')
  })

  it('never lies: a run that would not comment still updates the comment its spec already has', async () => {
    const api = fakeComments()
    expect(await upsertComment(api, 'api.yaml', '## ✅', false)).toHaveProperty('skipped')
    expect(api.comments).toEqual([])
    await upsertComment(api, 'api.yaml', '## ❌ broken', true)
    expect(await upsertComment(api, 'api.yaml', '## ✅ fixed', false)).toEqual({
      commented: 'updated',
      id: 100
    })
    expect(api.comments).toEqual([{ id: 100, body: `${commentMarker('api.yaml')}\n## ✅ fixed` }])
  })

  it('warns when a token cannot write, and stays quiet when it only looked', async () => {
    const forbidden: CommentsApi = {
      list: async () => Promise.reject(Object.assign(new Error('no'), { status: 403 })),
      create: async () => 0,
      update: async () => undefined
    }
    expect(await upsertComment(forbidden, 'a.yaml', 'x', true)).toEqual({
      warning: expect.stringContaining('(HTTP 403)')
    })
    expect(await upsertComment(forbidden, 'a.yaml', 'x', false)).toHaveProperty('skipped')
  })
})

describe('comment-on-pr modes', () => {
  it.each([
    ['always', false, false, true],
    ['never', true, true, false],
    ['on-failure', false, true, false],
    ['on-failure', true, false, true],
    ['on-change', false, false, false],
    ['on-change', false, true, true],
    ['on-change', true, false, true],
    [undefined, true, false, true],
    [undefined, false, false, false]
  ] as [CommentMode | undefined, boolean, boolean, boolean][])(
    '%s, failed %s, changed %s: a new comment %s',
    (mode, failed, changed, wanted) => {
      expect(commentWanted(mode, { failed, changed })).toBe(wanted)
    }
  )
})
