/**
 * The one place that makes output file names. Names are deterministic, safe on Linux, macOS and Windows
 * and for artifact upload, at most 200 bytes, unique case-insensitively across the batch, and can never
 * point outside the output directory.
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import { SliceOasError } from '../errors.js'

export const MAX_FILE_NAME_BYTES = 200
const RESERVED_DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i

export function shortHash(text: string, length = 8): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length)
}

/** A file-system-safe stem: only letters, digits, `.`, `_` and `-`, no leading dots, no device names. */
export function safeStem(raw: string): string {
  let stem = raw
    .normalize('NFC')
    .replace(/[{}]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-. ]+$/g, '')
  if (stem === '') stem = 'root'
  if (RESERVED_DEVICE_NAMES.test(stem.split('.')[0])) stem = `_${stem}`
  return stem
}

/** `/users/{id}` GET → `users-id_GET`; webhook `newPet` POST → `webhook-newPet_POST`. */
export function operationStem(source: 'path' | 'webhook', name: string, method: string): string {
  const base = source === 'webhook' ? `webhook-${safeStem(name)}` : safeStem(name.replace(/\//g, '-'))
  // A 3.2 custom method is a token, which may hold characters a file name cannot.
  return `${base}_${safeStem(method.toUpperCase())}`
}

export interface NameRequest {
  /** Stable identity of what the file holds (an operation key or group key). */
  id: string
  stem: string
}

/**
 * File names for a whole batch. Stems that collide case-insensitively all get a short hash of their
 * identity, so the result does not depend on order; over-long stems are cut and hashed.
 */
export function assignFileNames(requests: readonly NameRequest[], extension: string): Map<string, string> {
  const byLower = new Map<string, NameRequest[]>()
  for (const request of requests) {
    const lower = request.stem.toLowerCase()
    byLower.set(lower, [...(byLower.get(lower) ?? []), request])
  }
  const names = new Map<string, string>()
  const used = new Set<string>()
  for (const request of requests) {
    const collides = byLower.get(request.stem.toLowerCase())!.length > 1
    let stem = collides ? `${request.stem}-${shortHash(request.id)}` : request.stem
    if (Buffer.byteLength(stem + extension) > MAX_FILE_NAME_BYTES) {
      const suffix = `-${shortHash(request.id)}`
      let cut = stem
      while (Buffer.byteLength(cut + suffix + extension) > MAX_FILE_NAME_BYTES) cut = cut.slice(0, -1)
      stem = cut.replace(/[-. ]+$/, '') + suffix
    }
    let name = stem + extension
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}${extension}`
    used.add(name.toLowerCase())
    names.set(request.id, name)
  }
  return names
}

/** The absolute path of a file name inside the output directory; refuses anything that would leave it. */
export function resolveInside(outputDir: string, fileName: string): string {
  const root = path.resolve(outputDir)
  if (!isPlainName(fileName)) {
    throw new SliceOasError(
      'OUTPUT_ESCAPE',
      `Refused to write "${fileName}": it would land outside the output directory ${root}.`
    )
  }
  return entryPath(root, fileName)
}

/** A name with no separator, drive colon or reserved character, other than . and .., names an entry of
 * its folder itself. */
export function isPlainName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[\\/:*?"<>|\r\n\0]/.test(name)
}

/**
 * The path of the entry `name` (which holds no separator) in the folder `dir`. Joined by hand:
 * path.join and path.resolve normalise the whole path again, for every slice written.
 */
export function entryPath(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name
}
