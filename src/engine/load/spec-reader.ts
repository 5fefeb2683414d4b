/**
 * The port through which the loader reads files and remote documents. The default reads the local disk
 * and fetches http(s) with a timeout and a size cap; tests inject fakes.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'

export interface SpecReader {
  /** Reads a file's bytes; throws Node's errors (ENOENT, EISDIR, EACCES…). */
  readFile(path: string): Promise<Buffer>
  /** The real path (symlinks resolved), for the sandbox check. */
  realpath(path: string): Promise<string>
  isDirectory(path: string): Promise<boolean>
  /** Fetches a remote document. */
  fetchText(url: string, limits: { timeoutMs: number; maxBytes: number }): Promise<string>
}

export const nodeSpecReader: SpecReader = {
  // One synchronous read: fs/promises reads a file in 512 KB round trips to libuv's threads, and the
  // run has nothing to do meanwhile (about 10 ms idle for GitHub's 13 MB).
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
const MAX_READ_BYTES = 2 ** 31 - 1

/**
 * A regular file's bytes, read into shared memory: the thread that counts a large JSON text's keys then
 * reads them where they are, where a copy cost this thread about 9 ms for GitHub's 13 MB. Anything else
 * (a pipe, a device, a file past 2 GiB or one that changes size meanwhile) is read the usual way.
 */
function readFileShared(path: string): Buffer {
  const fd = openSync(path, 'r')
  try {
    const info = fstatSync(fd)
    if (!info.isFile() || info.size === 0 || info.size > MAX_READ_BYTES) return readFileSync(fd)
    const bytes = Buffer.from(new SharedArrayBuffer(info.size))
    let filled = 0
    while (filled < bytes.length) {
      const read = readSync(fd, bytes, filled, bytes.length - filled, filled)
      if (read === 0) break
      filled += read
    }
    const more = Buffer.alloc(1)
    if (filled < bytes.length || readSync(fd, more, 0, 1, filled) !== 0) return readFileSync(path)
    return bytes
  } finally {
    closeSync(fd)
  }
}
