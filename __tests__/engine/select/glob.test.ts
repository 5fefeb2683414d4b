/** Globs match in time linear in the path, with the meaning they always had. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { compileGlob } from '../../../src/engine/select/glob.js'
import { compilePattern } from '../../../src/engine/select/patterns.js'

/** The regex globs were once translated to: the reference for their meaning, on inputs kept small. */
function referenceRegExp(glob: string): RegExp {
  let out = '^'
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]
    if (ch === '*' && glob[i + 1] === '*') {
      i++
      if (out.endsWith('/') && (i + 1 === glob.length || glob[i + 1] === '/')) {
        out = out.slice(0, -1) + '(?:/.*)?'
        if (glob[i + 1] === '/') i++
      } else {
        out += '.*'
      }
    } else if (ch === '*') out += '[^/]*'
    else if (ch === '?') out += '[^/]'
    else out += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(out + '$')
}

const deepPath = '/' + Array.from({ length: 61 }, (_, i) => `s${i}`).join('/')

describe('glob matching', () => {
  // A backtracking matcher needs minutes for these; the test's own timeout is the guard, so no clock
  // is read here.
  it('matches repeated ** against a 61-segment path at once', () => {
    for (const stars of [6, 8, 16, 60]) {
      const glob = compilePattern('/**'.repeat(stars) + '/c', 'glob')
      expect(glob.test(deepPath)).toBe(false)
      expect(glob.test(deepPath + '/c')).toBe(true)
    }
    expect(compilePattern('/' + 'a*'.repeat(100) + 'b', 'glob').test('/' + 'a'.repeat(20_000))).toBe(false)
    expect(compilePattern('/**/**/**/**/**/**/c', 'glob').test(deepPath.repeat(100) + '/x')).toBe(false)
  }, 5_000)

  it('keeps the meaning of *, **, ? and literal characters', () => {
    const globs = fc.string({
      unit: fc.constantFrom('/', 'a', 'b', '*', '?', '.', '\n', '{', '\\'),
      maxLength: 10
    })
    const paths = fc.string({ unit: fc.constantFrom('/', 'a', 'b', '.', '\n', '{', '\\'), maxLength: 12 })
    fc.assert(
      fc.property(globs, paths, (glob, path) => {
        expect(compileGlob(glob).test(path)).toBe(referenceRegExp(glob).test(path))
      }),
      { numRuns: 5_000 }
    )
  })

  it('keeps its meaning when a glob has more states than are remembered', () => {
    // Which of the last 14 characters were `a`: up to 2^14 states, past the number kept.
    const glob = '/x*a' + '?'.repeat(14)
    const matcher = compileGlob(glob)
    const reference = referenceRegExp(glob)
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b'), minLength: 20, maxLength: 60 }), tail => {
        expect(matcher.test('/x' + tail)).toBe(reference.test('/x' + tail))
      }),
      { numRuns: 3_000 }
    )
  })

  it('matches whole paths only, segment by segment', () => {
    const glob = (pattern: string) => compileGlob(pattern)
    expect(glob('/admin/**').test('/admin')).toBe(true)
    expect(glob('/admin/**').test('/admin/')).toBe(true)
    expect(glob('/admin/**').test('/adminx')).toBe(false)
    expect(glob('/**/orders').test('/orders')).toBe(true)
    expect(glob('/a/**/b').test('/a/b')).toBe(true)
    expect(glob('/a/**/b').test('/a/x/y/b')).toBe(true)
    expect(glob('/a**').test('/a/b/c')).toBe(true)
    expect(glob('/a/*').test('/a/')).toBe(true)
    expect(glob('/a/*').test('/a/b/c')).toBe(false)
    expect(glob('').test('')).toBe(true)
    expect(glob('').test('/')).toBe(false)
  })
})
