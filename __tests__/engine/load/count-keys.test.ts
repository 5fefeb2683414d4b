/** The duplicate-key check's key count, on this thread and on another. */
import { describe, expect, it } from '@jest/globals'
import { countKeysBeside, countKeysInBytes } from '../../../src/engine/load/count-keys.js'

const bytes = (text: string) => Buffer.from(text, 'utf8')

describe('countKeysInBytes', () => {
  it('counts keys, not strings in arrays or values, through escapes and multi-byte characters', () => {
    const text = '{"a": ["b,", "c"], "d\\"": {"é€😀": "\\\\", "f": [{"g": 1}, "h"]}, "i": ""}'
    expect(countKeysInBytes(bytes(text), 1000)).toBe(6)
    expect(countKeysInBytes(bytes('[]'), 1000)).toBe(0)
  })

  it('gives the offset of the bracket that nests too deep', () => {
    const text = '{"é": ' + '['.repeat(5)
    expect(countKeysInBytes(bytes(text), 3)).toBe(-1 - bytes('{"é": [[[').length)
  })
})

describe('countKeysBeside', () => {
  it('gives what counting here gives', async () => {
    const text = JSON.stringify({ a: { b: ['c', { d: 'e' }] }, f: 'g,"h"' })
    expect(await countKeysBeside(bytes(text), 1000)).toBe(countKeysInBytes(bytes(text), 1000))
    expect(await countKeysBeside(bytes('[[[['), 2)).toBe(-4)
  })

  it('counts bytes already in shared memory where they are, from their offset', async () => {
    const before = '{"z": 0}'
    const text = '{"a": 1, "b": {"c": 2}}'
    const shared = Buffer.from(new SharedArrayBuffer(before.length + text.length + 3))
    shared.write(before + text)
    expect(await countKeysBeside(shared.subarray(before.length, before.length + text.length), 1000)).toBe(3)
  })
})
