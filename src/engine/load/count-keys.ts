/**
 * The key count of a JSON text, for the duplicate-key check (parse-json.ts), made on another thread for
 * a large spec: the time the scan takes is then spent by this thread decoding and parsing the text
 * instead (docs/performance.md). Bytes are scanned, not characters: every byte of a multi-byte UTF-8
 * character is above 0x7f, so quotes, backslashes, brackets and commas are found the same way.
 */
import { Worker } from 'node:worker_threads'

/** From this size on, the count is made beside the parse; below it, a thread costs more than it saves. */
export const COUNT_BESIDE_FROM_BYTES = 4 * 1024 * 1024

/**
 * How many object keys the text holds (a string that opens an object or follows a comma in one). When
 * it nests deeper than `maxNesting`, -1 - the offset of the bracket too many. Self-contained, without
 * imports or outer names, because its source is what the worker runs.
 */
export function countKeysInBytes(bytes: Uint8Array, maxNesting: number): number {
  const inObject = new Uint8Array(maxNesting + 2)
  let depth = 0
  let keys = 0
  let expectKey = false
  const length = bytes.length
  for (let i = 0; i < length; i++) {
    const byte = bytes[i]
    if (byte === 32 /* space */) continue
    if (byte === 34 /* " */) {
      // The closing quote is the first one not after an odd run of backslashes.
      let j = i
      for (;;) {
        j = bytes.indexOf(34, j + 1)
        if (j < 0) {
          j = length
          break
        }
        let backslashes = 0
        while (bytes[j - 1 - backslashes] === 92 /* \ */) backslashes++
        if (backslashes % 2 === 0) break
      }
      i = j
      if (expectKey) keys++
      expectKey = false
    } else if (byte === 123 /* { */ || byte === 91 /* [ */) {
      if (depth > maxNesting) return -1 - i
      expectKey = byte === 123
      inObject[++depth] = expectKey ? 1 : 0
    } else if (byte === 125 /* } */ || byte === 93 /* ] */) {
      depth--
      expectKey = false
    } else if (byte === 44 /* , */) expectKey = inObject[depth] === 1
  }
  return keys
}

/**
 * Counts on a worker thread; undefined when the thread fails, and the caller counts itself. The worker
 * never keeps the process alive.
 */
export function countKeysBeside(bytes: Uint8Array, maxNesting: number): Promise<number | undefined> {
  // The default spec reader reads into shared memory already; other bytes are copied there once.
  let view = bytes
  if (!(bytes.buffer instanceof SharedArrayBuffer)) {
    view = new Uint8Array(new SharedArrayBuffer(bytes.length))
    view.set(bytes)
  }
  const workerData = { bytes: view.buffer, offset: view.byteOffset, length: view.length, maxNesting }
  const source = [
    "const { parentPort, workerData: data } = require('node:worker_threads')",
    `const countKeysInBytes = ${countKeysInBytes.toString()}`,
    'const bytes = new Uint8Array(data.bytes, data.offset, data.length)',
    'parentPort.postMessage(countKeysInBytes(bytes, data.maxNesting))'
  ].join('\n')
  return new Promise(resolve => {
    try {
      const worker = new Worker(source, { eval: true, workerData })
      worker.unref()
      worker.once('message', (count: number) => resolve(count))
      worker.once('error', () => resolve(undefined))
      worker.once('exit', () => resolve(undefined))
    } catch {
      resolve(undefined)
    }
  })
}
