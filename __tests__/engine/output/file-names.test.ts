import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import {
  assignFileNames,
  MAX_FILE_NAME_BYTES,
  operationStem,
  resolveInside,
  safeStem
} from '../../../src/engine/output/file-names.js'

const names = (paths: string[], method = 'get') => [
  ...assignFileNames(
    paths.map(p => ({ id: `${method} ${p}`, stem: operationStem('path', p, method) })),
    '.yaml'
  ).values()
]

describe('file names', () => {
  it('follows the documented shape', () => {
    expect(names(['/users/{id}'])).toEqual(['users-id_GET.yaml'])
    expect(operationStem('webhook', 'newPet', 'post')).toBe('webhook-newPet_POST')
    expect(names(['/'])).toEqual(['root_GET.yaml'])
  })

  it('is safe on every OS and for artifact upload', () => {
    for (const name of names(['/a:b/"c"/<d>|e*?/f\r\ng', '/CON', '/nul.txt', '/ trailing. '])) {
      expect(name).not.toMatch(/[":<>|*?\r\n\\/]/)
      expect(name.split('.')[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i)
    }
    expect(safeStem('CON')).toBe('_CON')
  })

  it('is unique case-insensitively, whatever the order', () => {
    const colliding = ['/a-b', '/a/b', '/a_b', '/Users', '/users', '/users/{id}', '/users/{userId}']
    const forward = names(colliding)
    const backward = names([...colliding].reverse()).reverse()
    expect(forward).toEqual(backward)
    expect(new Set(forward.map(n => n.toLowerCase())).size).toBe(colliding.length)
    expect(forward[5]).toBe('users-id_GET.yaml')
    expect(forward[6]).toBe('users-userId_GET.yaml')
    expect(forward[0]).toMatch(/^a-b_GET-[0-9a-f]{8}\.yaml$/)
  })

  it('is at most 200 bytes, with a short hash when shortened', () => {
    const long = '/' + 'segment/'.repeat(60) + 'ünïcödé'
    const [name] = names([long])
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES)
    expect(name).toMatch(/-[0-9a-f]{8}\.yaml$/)
    expect(names([long])).toEqual([name])
  })

  it('never lands outside the output directory', () => {
    const [name] = names(['/../../etc/passwd'])
    expect(path.dirname(resolveInside('/tmp/out', name))).toBe('/tmp/out')
    expect(() => resolveInside('/tmp/out', '../escape.yaml')).toThrow(/outside the output directory/)
    for (const name of ['', '.', '..', 'a\\b.yaml', 'c:d.yaml'])
      expect(() => resolveInside('/tmp/out', name)).toThrow(/outside the output directory/)
    expect(resolveInside('/tmp/out/', 'a.yaml')).toBe(path.join('/tmp/out', 'a.yaml'))
    expect(resolveInside('/', 'a.yaml')).toBe(path.join('/', 'a.yaml'))
  })
})
