/**
 * The one module for JSON pointers and `$ref` strings (RFC 6901 with URI fragment percent-encoding).
 * Nothing else in the engine splits a pointer by hand.
 */
import { hasOwn, isObject } from './json-value.js'

export type PointerTokens = readonly string[]

export function unescapeToken(token: string): string {
  return token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token
}

export function escapeToken(token: string): string {
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token
}

function percentDecode(text: string): string {
  if (!text.includes('%')) return text
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * Parsed fragments, since the same few thousand refs are parsed again for every slice that holds them.
 * Bounded, so a run over arbitrary strings cannot grow it without end.
 */
const parsed = new Map<string, PointerTokens | undefined>()
const PARSED_LIMIT = 100_000

/**
 * Parses a fragment such as `/components/schemas/a~1b` (with or without the leading `#`). The tokens are
 * shared between callers: copy them before changing them.
 */
export function parsePointer(fragment: string): PointerTokens | undefined {
  let tokens = parsed.get(fragment)
  if (tokens !== undefined || parsed.has(fragment)) return tokens
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment
  if (body === '') tokens = []
  else if (body.startsWith('/')) {
    // Decoded in place, not with map: every token list is then one kind of array, like the literal
    // ones, so the loops over tokens stay optimised (docs/performance.md).
    const decoded = body.slice(1).split('/')
    for (let i = 0; i < decoded.length; i++) decoded[i] = unescapeToken(percentDecode(decoded[i]))
    tokens = decoded
  }
  if (parsed.size >= PARSED_LIMIT) parsed.clear()
  parsed.set(fragment, tokens)
  return tokens
}

/** Formats tokens as a local `$ref`: `#/components/schemas/a~1b`. `%` is encoded so it survives decoding. */
export function formatPointer(tokens: PointerTokens): string {
  let out = '#'
  for (const token of tokens) {
    const escaped = escapeToken(token)
    out += '/' + (escaped.includes('%') ? escaped.replace(/%/g, '%25') : escaped)
  }
  return out
}

/** A pointer for messages and locations, without the `#`. */
export function pointerText(tokens: PointerTokens): string {
  return formatPointer(tokens).slice(1)
}

export interface ParsedRef {
  /** The document part (empty for a local ref). */
  uri: string
  /** The tokens of the fragment, or undefined when the fragment is not a JSON pointer. */
  tokens: PointerTokens | undefined
}

export function parseRef(ref: string): ParsedRef {
  const hash = ref.indexOf('#')
  if (hash < 0) return { uri: ref, tokens: [] }
  return { uri: ref.slice(0, hash), tokens: parsePointer(ref.slice(hash + 1)) }
}

export function isLocalRef(ref: string): boolean {
  return ref.startsWith('#')
}

/** The value at the pointer, or undefined when any step is missing. Own properties only. */
export function getAt(root: unknown, tokens: PointerTokens): unknown {
  let node: unknown = root
  for (const token of tokens) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined
      node = node[Number(token)]
    } else if (isObject(node)) {
      if (!hasOwn(node, token)) return undefined
      node = node[token]
    } else {
      return undefined
    }
    if (node === undefined) return undefined
  }
  return node
}

export function startsWithTokens(tokens: PointerTokens, prefix: PointerTokens): boolean {
  if (prefix.length > tokens.length) return false
  for (let i = 0; i < prefix.length; i++) if (tokens[i] !== prefix[i]) return false
  return true
}

/** Follows a chain of local `$ref`s (at most 64 hops) to what it designates, or undefined when it dangles. */
export function derefLocal(root: unknown, node: unknown): unknown {
  let current = node
  for (let hops = 0; hops < 64 && isObject(current) && typeof current.$ref === 'string'; hops++) {
    const tokens = current.$ref.startsWith('#') ? parsePointer(current.$ref) : undefined
    current = tokens ? getAt(root, tokens) : undefined
  }
  return isObject(current) && typeof current.$ref === 'string' ? undefined : current
}
