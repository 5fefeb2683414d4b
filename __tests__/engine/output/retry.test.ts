import { describe, expect, it } from '@jest/globals'
import { SliceOasError } from '../../../src/engine/errors.js'
import type { FileSink } from '../../../src/engine/output/file-sink.js'
import {
  MAX_ATTEMPTS,
  isTransient,
  outputError,
  withRetry,
  withRetrySync,
  writeAtomicWithRetry
} from '../../../src/engine/output/retry.js'

const fsError = (code: string) => Object.assign(new Error(code), { code })

/** An action that fails with the given codes in turn, then returns 'done'. */
function failing(codes: string[]) {
  let calls = 0
  const action = () => {
    const code = codes[calls++]
    if (code) throw fsError(code)
    return 'done'
  }
  return { action, calls: () => calls }
}

describe('isTransient', () => {
  it('retries only errors that pass (too many open files, busy, timeouts)', () => {
    for (const code of ['EMFILE', 'ENFILE', 'EBUSY', 'EAGAIN', 'ETIMEDOUT', 'ECONNRESET'])
      expect(isTransient(fsError(code))).toBe(true)
    for (const code of ['ENOSPC', 'EACCES', 'EISDIR', 'ENOENT'])
      expect(isTransient(fsError(code))).toBe(false)
    expect(isTransient(new Error('no code'))).toBe(false)
    expect(isTransient(undefined)).toBe(false)
  })
})

describe('withRetry', () => {
  it('retries a transient error until the action succeeds', async () => {
    const { action, calls } = failing(['EMFILE', 'EBUSY'])
    await expect(withRetry(async () => action(), 0)).resolves.toBe('done')
    expect(calls()).toBe(3)
  })

  it(`gives up after ${MAX_ATTEMPTS} attempts with the last error`, async () => {
    const { action, calls } = failing(['EMFILE', 'EMFILE', 'EAGAIN', 'EMFILE'])
    await expect(withRetry(async () => action(), 0)).rejects.toMatchObject({ code: 'EAGAIN' })
    expect(calls()).toBe(MAX_ATTEMPTS)
  })

  it('does not retry a fatal error', async () => {
    const { action, calls } = failing(['ENOSPC'])
    await expect(withRetry(async () => action(), 0)).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(calls()).toBe(1)
  })

  it('waits longer before each retry (exponential backoff)', async () => {
    const { action } = failing(['EMFILE', 'EMFILE'])
    const started = Date.now()
    await withRetry(async () => action(), 20)
    // 20 ms, then 40 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(55)
  })
})

describe('withRetrySync', () => {
  it('follows the same rule for synchronous actions', () => {
    const ok = failing(['ETIMEDOUT'])
    expect(withRetrySync(ok.action, 0)).toBe('done')
    expect(ok.calls()).toBe(2)
    const fatal = failing(['EACCES'])
    expect(() => withRetrySync(fatal.action, 0)).toThrow('EACCES')
    expect(fatal.calls()).toBe(1)
    const endless = failing(['EBUSY', 'EBUSY', 'EBUSY', 'EBUSY'])
    expect(() => withRetrySync(endless.action, 0)).toThrow('EBUSY')
    expect(endless.calls()).toBe(MAX_ATTEMPTS)
  })
})

describe('outputError', () => {
  it('says what to do for each fatal file-system error', () => {
    const full = outputError(fsError('ENOSPC'), 'out/a.yaml')
    expect(full).toMatchObject({ code: 'DISK_FULL' })
    expect(full.message).toContain('out/a.yaml')
    expect(outputError(fsError('EDQUOT'), 'x').code).toBe('DISK_FULL')
    expect(outputError(fsError('EISDIR'), 'out/a.yaml').message).toContain('is a folder')
    expect(outputError(fsError('ENOTDIR'), 'out').message).toContain('is a file')
    expect(outputError(fsError('EEXIST'), 'out').code).toBe('OUTPUT_NOT_WRITABLE')
    const other = outputError(fsError('EACCES'), 'out')
    expect(other).toMatchObject({ code: 'OUTPUT_NOT_WRITABLE' })
    expect(other.message).toContain('EACCES')
    expect(outputError(new Error('plain'), 'out').message).toContain('unknown error')
  })

  it('keeps the original error as the cause, and passes typed errors through', () => {
    const original = fsError('ENOSPC')
    expect(outputError(original, 'x').cause).toBe(original)
    const typed = new SliceOasError('DISK_FULL', 'already typed')
    expect(outputError(typed, 'x')).toBe(typed)
  })
})

describe('writeAtomicWithRetry', () => {
  it('retries a transient failure of the sink, then writes', async () => {
    const writes: string[] = []
    let attempts = 0
    const sink = {
      async writeAtomic(file: string, content: string) {
        if (attempts++ === 0) throw fsError('EMFILE')
        writes.push(`${file}=${content}`)
      }
    } as unknown as FileSink
    await writeAtomicWithRetry(sink, 'out/a.yaml', 'text')
    expect(writes).toEqual(['out/a.yaml=text'])
  })

  it('turns a fatal failure into a typed error naming the file', async () => {
    const sink = {
      async writeAtomic() {
        throw fsError('ENOSPC')
      }
    } as unknown as FileSink
    await expect(writeAtomicWithRetry(sink, 'out/a.yaml', 'text')).rejects.toMatchObject({
      name: 'SliceOasError',
      code: 'DISK_FULL',
      message: expect.stringContaining('out/a.yaml')
    })
  })
})
