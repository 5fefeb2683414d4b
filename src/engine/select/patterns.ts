/**
 * Path patterns: glob by default (`*` one segment, `**` any number of segments, `?` one character),
 * or regular expressions with `filter-type: regex`. Patterns are compiled once and bounded in length.
 * Regexes run on RE2 (re2js), which matches in linear time: a pattern from an untrusted workflow cannot
 * backtrack catastrophically.
 */
import type { RE2JS } from 're2js'
import { SliceOasError } from '../errors.js'

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
  const regex = type === 'glob' ? globToRegExp(pattern) : compileRegex(pattern)
  return { source: pattern, test: path => regex.test(path) }
}

export function globToRegExp(glob: string): RegExp {
  let out = '^'
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]
    if (ch === '*' && glob[i + 1] === '*') {
      i++
      // `/admin/**` also matches `/admin` itself: the slash before `**` is optional.
      if (out.endsWith('/') && (i + 1 === glob.length || glob[i + 1] === '/')) {
        out = out.slice(0, -1) + '(?:/.*)?'
        if (glob[i + 1] === '/') i++
      } else {
        out += '.*'
      }
    } else if (ch === '*') {
      out += '[^/]*'
    } else if (ch === '?') {
      out += '[^/]'
    } else {
      out += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    }
  }
  return new RegExp(out + '$')
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
