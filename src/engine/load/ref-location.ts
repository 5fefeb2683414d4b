/**
 * Where the document part of a `$ref` points, resolved against the file that holds it: the same file, a
 * local file, a remote document, or a scheme that is never read. Backslashes are Windows separators:
 * `..\common\a.yaml` and `\\tmp\x.yaml` are local paths, never URLs.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export type RefLocation =
  | { kind: 'same' }
  | { kind: 'file'; location: string }
  | { kind: 'remote'; location: string }
  | { kind: 'scheme'; scheme: string; location: string }

export function isRemote(location: string): boolean {
  return /^https?:\/\//i.test(location)
}

/** @param from the file (absolute path) or remote URL that holds the ref. */
export function refLocation(uri: string, from: string): RefLocation {
  if (uri === '') return { kind: 'same' }
  if (isRemote(uri)) return { kind: 'remote', location: uri }
  const slashed = uri.replace(/\\/g, '/')
  if (isRemote(from)) {
    try {
      return { kind: 'remote', location: new URL(slashed, from).href }
    } catch {
      return { kind: 'scheme', scheme: 'unknown', location: uri }
    }
  }
  if (/^file:/i.test(uri)) {
    try {
      return { kind: 'file', location: fileURLToPath(uri) }
    } catch {
      return { kind: 'scheme', scheme: 'file', location: uri }
    }
  }
  // Two letters or more: `C:` is a drive letter, not a scheme.
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(uri)?.[1]
  if (scheme) return { kind: 'scheme', scheme, location: uri }
  return { kind: 'file', location: path.resolve(path.dirname(from), decodePath(slashed)) }
}

function decodePath(text: string): string {
  try {
    return decodeURI(text)
  } catch {
    return text
  }
}
