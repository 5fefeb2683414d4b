/**
 * Path patterns: glob by default (`*` one segment, `**` any number of segments, `?` one character),
 * or regular expressions with `filter-type: regex`. Patterns are compiled once and bounded in length.
 * Both match in time linear in the path, so a pattern from an untrusted workflow cannot backtrack
 * catastrophically: regexes run on RE2 (re2js), globs on glob.ts's own matcher.
 */
import type { RE2JS } from 're2js'
import { SliceOasError } from '../errors.js'
import { compileGlob } from './glob.js'

export type FilterType = 'glob' | 'regex'

export const MAX_PATTERN_LENGTH = 512

export interface PathPattern {
  source: string
  test(path: string): boolean
}

let regexEngine: typeof RE2JS | undefined

/**
 * Loads the regex engine, which regex patterns need before they compile. re2js is a sixth of the bundle
 * and most runs filter with globs or not at all, so it is not loaded with the rest of the engine.
 */
export async function loadRegexEngine(): Promise<void> {
  regexEngine ??= (await import('re2js')).RE2JS
}

export function compilePattern(pattern: string, type: FilterType): PathPattern {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new SliceOasError(
      'PATTERN_INVALID',
      `The pattern "${pattern.slice(0, 40)}…" is longer than ${MAX_PATTERN_LENGTH} characters; shorten it.`
    )
  }
  const matcher = type === 'glob' ? compileGlob(pattern) : compileRegex(pattern)
  return { source: pattern, test: path => matcher.test(path) }
}

function compileRegex(pattern: string): { test(path: string): boolean } {
  if (!regexEngine) throw new Error('Regex patterns compile only after loadRegexEngine().')
  try {
    return regexEngine.compile(pattern)
  } catch (error) {
    const reason =
      error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error)
    throw new SliceOasError(
      'PATTERN_INVALID',
      `The regex "${pattern}" is not valid for the linear-time matcher (RE2 syntax; no lookaround or backreferences): ${reason}.`
    )
  }
}
