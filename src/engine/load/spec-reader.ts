/**
 * The port through which the loader reads files and remote documents. The default reads the local disk
 * and fetches http(s) with a timeout and a size cap; tests inject fakes.
 */
import { readFileSync } from 'node:fs'
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
  readFile: async path => readFileSync(path),
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
