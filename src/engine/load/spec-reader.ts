/**
 * The port through which the loader reads files and remote documents. The default reads the local disk
 * and fetches http(s) with a timeout and a size cap; tests inject fakes.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  type Stats
} from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import { SliceOasError } from '../errors.js'

export interface SpecReader {
  /**
   * Reads a file's bytes; throws Node's errors (ENOENT, EISDIR, EACCES…), and SPEC_UNREADABLE for a
   * FIFO, socket or device, which could block the run or never end.
   */
  readFile(path: string): Promise<Buffer>
  /** The real path (symlinks resolved), for the sandbox check. */
  realpath(path: string): Promise<string>
  isDirectory(path: string): Promise<boolean>
  /** Fetches a remote document. */
  fetchText(url: string, limits: { timeoutMs: number; maxBytes: number }): Promise<string>
}

export const nodeSpecReader: SpecReader = {
  // One synchronous read: fs/promises reads a file in many round trips to libuv's threads, and the
  // run has nothing to do meanwhile (docs/performance.md).
  readFile: async path => readFileShared(path),
  realpath: path => realpath(path),
  isDirectory: async path => (await stat(path)).isDirectory(),
  async fetchText(url, { timeoutMs, maxBytes }) {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    const declared = Number(response.headers.get('content-length') ?? '0')
    if (declared > maxBytes) throw new Error(`larger than ${maxBytes} bytes`)
    const reader = response.body?.getReader()
    if (!reader) return ''
    const chunks: Uint8Array[] = []
    let size = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        await reader.cancel()
        throw new Error(`larger than ${maxBytes} bytes`)
      }
      chunks.push(value)
    }
    return Buffer.concat(chunks).toString('utf8')
  }
}

/** Past this size, Node's own read says that the file is too large. */
export const MAX_READ_BYTES = 2 ** 31 - 1

/**
 * A regular file's bytes, read into shared memory: the thread that counts a large JSON text's keys then
 * reads them where they are, instead of this thread copying them (docs/performance.md). A file of
 * unknown size (as /proc's are), past 2 GiB, or that changes size meanwhile is read the usual way.
 * Special files are refused before they are opened: opening a FIFO blocks until a writer comes, and
 * no signal handler runs meanwhile. The non-blocking open and second check cover a file swapped between.
 */
function readFileShared(path: string): Buffer {
  refuseSpecialFile(path, statSync(path))
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = fstatSync(fd)
    refuseSpecialFile(path, info)
    if (info.isDirectory() || info.size === 0 || info.size > MAX_READ_BYTES) return readFileSync(fd)
    const bytes = Buffer.from(new SharedArrayBuffer(info.size))
    let filled = 0
    while (filled < bytes.length) {
      const read = readSync(fd, bytes, filled, bytes.length - filled, filled)
      if (read === 0) break
      filled += read
    }
    const more = Buffer.alloc(1)
    if (filled < bytes.length || readSync(fd, more, 0, 1, filled) !== 0) return readFileSync(fd)
    return bytes
  } finally {
    closeSync(fd)
  }
}

/** Folders pass, so that the read fails with Node's own EISDIR. */
function refuseSpecialFile(path: string, info: Stats): void {
  if (info.isFile() || info.isDirectory()) return
  const kind = info.isFIFO()
    ? 'a FIFO'
    : info.isSocket()
      ? 'a socket'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'a device'
        : 'a special file'
  throw new SliceOasError(
    'SPEC_UNREADABLE',
    `${path} is not a regular file (it is ${kind}); slice-oas reads only regular files. Point at the document file itself.`,
    { file: path }
  )
}
