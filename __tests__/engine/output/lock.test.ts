import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { runBatch } from '../../../src/engine/index.js'
import { nodeFileSink, type FileSink } from '../../../src/engine/output/file-sink.js'
import { acquireOutputLock, LOCK_NAME } from '../../../src/engine/output/lock.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-lock-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const lockFile = () => path.join(dir, LOCK_NAME)
const refusal = (waitMs: number) =>
  acquireOutputLock(dir, waitMs).then(
    () => undefined,
    (error: { code: string; message: string }) => error
  )
/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!

describe('the output folder lock', () => {
  it('lets one run in; another waits, then refuses naming the lock file and how to clear it', async () => {
    const lock = await acquireOutputLock(dir)
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({
      pid: process.pid,
      hostname: hostname()
    })
    const started = Date.now()
    const error = await refusal(300)
    expect(Date.now() - started).toBeGreaterThanOrEqual(300)
    expect(error?.code).toBe('OUTPUT_LOCKED')
    expect(error?.message).toContain(`process ${process.pid} on ${hostname()}`)
    expect(error?.message).toContain(`delete ${lockFile()} and run again`)
    lock.release()
    expect(existsSync(lockFile())).toBe(false)
    ;(await acquireOutputLock(dir, 0)).release()
  })

  it('gives the folder to a waiting run once the first one releases it', async () => {
    const first = await acquireOutputLock(dir)
    setTimeout(() => first.release(), 300)
    const waits: string[] = []
    const second = await acquireOutputLock(dir, 5000, file => waits.push(file))
    expect(waits).toEqual([lockFile()])
    expect(JSON.parse(readFileSync(lockFile(), 'utf8')).pid).toBe(process.pid)
    second.release()
  })

  it('takes over a lock whose process is gone from this host, but not one from another host', async () => {
    const stale = { pid: deadPid(), hostname: hostname(), startedAt: '2026-01-01T00:00:00.000Z' }
    writeFileSync(lockFile(), JSON.stringify(stale))
    const lock = await acquireOutputLock(dir, 0)
    expect(JSON.parse(readFileSync(lockFile(), 'utf8')).pid).toBe(process.pid)
    lock.release()
    writeFileSync(lockFile(), JSON.stringify({ ...stale, hostname: `not-${hostname()}` }))
    expect((await refusal(0))?.code).toBe('OUTPUT_LOCKED')
    writeFileSync(lockFile(), 'not a lock')
    expect((await refusal(0))?.message).toContain(lockFile())
    rmSync(lockFile())
    // A symlink in the lock's place is no lock of ours: never written through, never removed.
    writeFileSync(path.join(dir, 'victim.txt'), 'precious')
    symlinkSync(path.join(dir, 'victim.txt'), lockFile())
    expect((await refusal(0))?.code).toBe('OUTPUT_LOCKED')
    expect(readFileSync(path.join(dir, 'victim.txt'), 'utf8')).toBe('precious')
    expect(lstatSync(lockFile()).isSymbolicLink()).toBe(true)
  })

  it('is released when the process exits in the middle of a run', () => {
    const script = path.join(dir, 'exit.ts')
    const lockModule = pathToFileURL(path.resolve('src/engine/output/lock.ts')).href
    writeFileSync(
      script,
      `import { acquireOutputLock } from '${lockModule}'\nawait acquireOutputLock(${JSON.stringify(dir)})\nprocess.exit(130)\n`
    )
    const loader = pathToFileURL(path.resolve('scripts/ts-loader.mjs')).href
    const child = spawnSync(process.execPath, ['--import', loader, script], { encoding: 'utf8' })
    expect([child.status, child.stderr]).toEqual([130, ''])
    expect(existsSync(lockFile())).toBe(false)
  })

  it('is released by a run that stops, and a run waits for the lock another run holds', async () => {
    const spec = path.join(dir, 'api.json')
    writeFileSync(
      spec,
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 't', version: '1' },
        paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } }
      })
    )
    const out = path.join(dir, 'out')
    const full: FileSink = {
      ...nodeFileSink,
      async writeAtomic(target, content) {
        if (target.endsWith('a_GET.yaml')) throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
        return nodeFileSink.writeAtomic(target, content)
      }
    }
    expect((await runBatch({ spec, outputDir: out }, {}, { fileSink: full }).catch(e => e)).code).toBe(
      'DISK_FULL'
    )
    expect(existsSync(path.join(out, LOCK_NAME))).toBe(false)
    rmSync(path.join(out, 'index.csv'))
    mkdirSync(path.join(out, 'index.csv'))
    expect((await runBatch({ spec, outputDir: out }).catch(e => e)).code).toBe('OUTPUT_NOT_WRITABLE')
    expect(existsSync(path.join(out, LOCK_NAME))).toBe(false)
    rmSync(path.join(out, 'index.csv'), { recursive: true })

    const held = await acquireOutputLock(out)
    const refused = await runBatch({ spec, outputDir: out }, {}, { lockWaitMs: 200 }).catch(e => e)
    expect(refused.code).toBe('OUTPUT_LOCKED')
    setTimeout(() => held.release(), 200)
    expect((await runBatch({ spec, outputDir: out }, {}, { lockWaitMs: 5000 })).extracted).toBe(1)
    expect(existsSync(path.join(out, LOCK_NAME))).toBe(false)
  })
})
