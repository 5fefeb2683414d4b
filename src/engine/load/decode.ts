/**
 * Turns a spec file's bytes into text. UTF-8 (with or without a byte order mark) and UTF-16 (LE or BE,
 * found by its byte order mark or by the zero bytes around a leading ASCII character, as YAML and the
 * first JSON RFC detect it) are read; anything else is refused, never decoded with replacement
 * characters, which would silently alter paths and names.
 */
import { constants, isUtf8 } from 'node:buffer'
import { SliceOasError } from '../errors.js'

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32'

/** The encoding and the length of its byte order mark (0 when there is none). */
function sniff(bytes: Uint8Array): { encoding: Encoding; bom: number } {
  const [b0, b1, b2, b3] = bytes
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bom: 3 }
  if (
    (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) ||
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
  )
    return { encoding: 'utf-32', bom: 4 }
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bom: 2 }
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bom: 2 }
  if (bytes.length >= 4) {
    if ((b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0) || (b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0))
      return { encoding: 'utf-32', bom: 0 }
  }
  if (bytes.length >= 2) {
    if (b0 === 0 && b1 !== 0) return { encoding: 'utf-16be', bom: 0 }
    if (b0 !== 0 && b1 === 0) return { encoding: 'utf-16le', bom: 0 }
  }
  return { encoding: 'utf-8', bom: 0 }
}

/** The text of a spec file (the root or one it refers to), without its byte order mark. */
export function decodeSpecText(bytes: Buffer, file: string): string {
  const { encoding, bom } = sniff(bytes)
  if (encoding === 'utf-32') {
    throw new SliceOasError(
      'SPEC_ENCODING',
      'The file is UTF-32, which slice-oas does not read; convert it to UTF-8.',
      { file }
    )
  }
  if (encoding === 'utf-8') {
    if (!isUtf8(bytes)) throw notUtf8(bytes, file)
    try {
      return bytes.toString('utf8', bom)
    } catch (error) {
      throw tooLong(error, file)
    }
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(bom))
  } catch {
    throw new SliceOasError(
      'SPEC_ENCODING',
      `The file starts as ${encoding.toUpperCase()} but is not valid ${encoding.toUpperCase()} throughout; convert it to UTF-8.`,
      { file }
    )
  }
}

/** A text longer than a JavaScript string can hold is over the size limit; anything else is a bug. */
function tooLong(error: unknown, file: string): unknown {
  if ((error as NodeJS.ErrnoException).code !== 'ERR_STRING_TOO_LONG') return error
  return new SliceOasError(
    'SPEC_UNREADABLE',
    `The file ${file} is over the size limit of ${constants.MAX_STRING_LENGTH} characters, the longest text Node.js can hold; split it into files joined by $ref.`,
    { file }
  )
}

/** The refusal of text that is not UTF-8, at its first invalid byte. */
function notUtf8(bytes: Buffer, file: string): SliceOasError {
  const offset = firstInvalidUtf8(bytes)
  let line = 1
  let lineStart = 0
  for (let i = bytes.indexOf(10); i >= 0 && i < offset; i = bytes.indexOf(10, i + 1)) {
    line++
    lineStart = i + 1
  }
  // The bytes from the line's start up to the invalid one are valid, so they decode to its column.
  const column = bytes.toString('utf8', lineStart, offset).length + 1
  const byte = bytes[offset].toString(16).toUpperCase().padStart(2, '0')
  return new SliceOasError(
    'SPEC_ENCODING',
    `The file is not UTF-8 (it looks like Latin-1/Windows-1252; convert it): byte 0x${byte} at offset ${offset} is not valid UTF-8.`,
    { file, line, column }
  )
}

/** The offset of the first byte that does not belong to a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80]
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800]
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000]
    else return i
    let code = b & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return i
      code = (code << 6) | (next & 0x3f)
    }
    // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i
    i += need + 1
  }
  return bytes.length
}
