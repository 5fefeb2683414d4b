import { describe, expect, it } from '@jest/globals'
import { mergeRequestFrom, readInputs } from '../../../src/action/inputs.js'
import { createMergeRequest, DEFAULTS } from '../../../src/engine/index.js'

describe('a merge request', () => {
  it('needs no spec: the shards, where the merge goes, and the gate', () => {
    const inputs = readInputs(name => ({ merge: 'a\nb', 'min-pass-rate': '90' })[name as string] ?? '')
    const request = mergeRequestFrom(inputs, { outputDir: 'merged' })
    expect(request).toEqual({ outputDir: 'merged', shardDirs: ['a', 'b'], minPassRate: 90 })
    expect(request).not.toHaveProperty('spec')
  })

  it("takes a run's defaults", () => {
    expect(createMergeRequest({ shardDirs: ['a'] })).toEqual({
      outputDir: DEFAULTS.outputDir,
      shardDirs: ['a'],
      minPassRate: DEFAULTS.minPassRate
    })
  })

  it('is refused without shards, or with a minimum outside 0–100', () => {
    expect(() => createMergeRequest({ shardDirs: [] })).toThrow(
      expect.objectContaining({ code: 'MERGE_INVALID' })
    )
    expect(() => createMergeRequest({ shardDirs: ['a'], minPassRate: 101 })).toThrow(
      expect.objectContaining({
        code: 'REQUEST_INVALID',
        message: 'min-pass-rate must be a number from 0 to 100; got 101.'
      })
    )
  })
})
