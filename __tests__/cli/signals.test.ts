/**
 * SIGINT and SIGTERM end a CLI run within two seconds wherever it is, with exit code 75 and the
 * interrupted message once: the handling itself, then the CLI spawned from its sources on a large spec,
 * signalled while it loads and while it slices.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { spawn } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { handleSignals } from '../../src/cli/signals.js'
import { syntheticSpec } from '../helpers/synthetic-spec.js'

const MESSAGE = 'slice-oas: INTERRUPTED: The run was interrupted'

function fakeProcess() {
  const emitter = new EventEmitter()
  const exit = jest.fn<(code: number) => void>()
  const target = {
    on: (name: 'SIGINT' | 'SIGTERM', listener: () => void) => emitter.on(name, listener),
    off: (name: 'SIGINT' | 'SIGTERM', listener: () => void) => emitter.off(name, listener),
    exit
  }
  let stderr = ''
  const handling = handleSignals(target, { write: text => void (stderr += text) }, 50)
  return { emitter, exit, handling, stderr: () => stderr }
}

/**
 * The environment without colour: jest gives its workers FORCE_COLOR=1 when run on a terminal, and the
 * CLI would paint what these tests read.
 */
function plainEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1' }
  delete env.FORCE_COLOR
  return env
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

describe('signal handling', () => {
  it('ends a run at once before its first slice: nothing it wrote needs finishing', () => {
    const { emitter, exit, handling, stderr } = fakeProcess()
    emitter.emit('SIGTERM')
    expect(exit).toHaveBeenCalledWith(75)
    expect(stderr()).toBe(`${MESSAGE}; run it again to resume where it stopped.\n`)
    expect(emitter.listenerCount('SIGTERM') + emitter.listenerCount('SIGINT')).toBe(0)
    expect(handling.signal.aborted).toBe(false)
  })

  it('lets a slicing run stop on its own, and ends it after the grace period if it does not', async () => {
    const { emitter, exit, handling, stderr } = fakeProcess()
    handling.slicingStarted()
    emitter.emit('SIGINT')
    expect(handling.signal.aborted).toBe(true)
    expect(exit).not.toHaveBeenCalled()
    await sleep(100)
    expect(exit).toHaveBeenCalledWith(75)
    expect(stderr().split(MESSAGE)).toHaveLength(2)
  })

  it('prints nothing and exits nothing when the run ends within the grace period', async () => {
    const { emitter, exit, handling, stderr } = fakeProcess()
    handling.slicingStarted()
    emitter.emit('SIGTERM')
    handling.dispose()
    await sleep(100)
    expect(exit).not.toHaveBeenCalled()
    expect(stderr()).toBe('')
  })

  it('ends the run at once on a second signal', () => {
    const { emitter, exit, handling } = fakeProcess()
    handling.slicingStarted()
    emitter.emit('SIGTERM')
    emitter.emit('SIGINT')
    expect(exit).toHaveBeenCalledTimes(1)
    expect(exit).toHaveBeenCalledWith(75)
  })
})

describe('the CLI interrupted', () => {
  let dir: string
  let server: Server
  let port = 0
  const held: ServerResponse[] = []
  let requested: () => void = () => {}

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-signals-'))
    const doc = syntheticSpec(20_000) as { paths: Record<string, object> }
    writeFileSync(path.join(dir, 'big.json'), JSON.stringify(doc))
    // A remote ref whose server never answers keeps the run in its load phase.
    server = createServer((_request, response) => {
      held.push(response)
      requested()
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
    doc.paths['/remote'] = {
      get: { responses: { '200': { $ref: `http://127.0.0.1:${port}/response.yaml` } } }
    }
    writeFileSync(path.join(dir, 'remote.json'), JSON.stringify(doc))
  })
  afterAll(async () => {
    for (const response of held) response.destroy()
    await new Promise(resolve => server.close(resolve))
    rmSync(dir, { recursive: true, force: true })
  })

  /** Runs the CLI from its sources, sends `signal` once `ready` says so, and times the exit from then. */
  async function interrupt(
    spec: string,
    signal: NodeJS.Signals,
    ready: (stderr: string) => Promise<void> | boolean,
    extra: string[] = []
  ) {
    const out = path.join(dir, `out-${path.basename(spec)}-${signal}`)
    const child = spawn(
      process.execPath,
      [
        '--import',
        './scripts/ts-loader.mjs',
        'src/cli.ts',
        '--spec',
        spec,
        '--output-dir',
        out,
        '--concurrency',
        '1',
        ...extra
      ],
      { env: plainEnv(), stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)))
    let sent = false
    let signalledAt = NaN
    const check = async () => {
      if (sent) return
      const go = ready(stderr)
      if (go === false) return
      sent = true
      await go
      child.kill(signal)
      signalledAt = Date.now()
    }
    child.stderr.on('data', chunk => {
      stderr += chunk
      void check()
    })
    void check()
    const code = await exited
    // NaN when the run ended before the signal, which fails the caller's bound.
    return { code, took: Date.now() - signalledAt, stdout, stderr, out }
  }

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'ends with 75 within 2 s on %s while the spec loads, and writes nothing',
    async signal => {
      const request = new Promise<void>(resolve => (requested = resolve))
      const { code, took, stdout, stderr, out } = await interrupt(
        path.join(dir, 'remote.json'),
        signal,
        () => request,
        ['--allow-remote-refs']
      )
      expect({ code, stdout }).toEqual({ code: 75, stdout: '' })
      expect(took).toBeLessThan(2000)
      expect(stderr.split(MESSAGE)).toHaveLength(2)
      expect(existsSync(out)).toBe(false)
    },
    120_000
  )

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'ends with 75 within 2 s on %s while slicing; progress counts only the slices made',
    async signal => {
      const { code, took, stdout, stderr } = await interrupt(path.join(dir, 'big.json'), signal, text =>
        /\/20000 \(5%\)/.test(text)
      )
      expect(code).toBe(75)
      expect(took).toBeLessThan(2000)
      expect((stdout + stderr).split('The run was interrupted')).toHaveLength(2)
      const progress = stderr.split('\n').filter(line => /^\d+\/20000 /.test(line))
      expect(progress.at(-1)).not.toMatch(/^20000\/20000/)
      // When the run ended on its own, its summary counts what was never started as skipped, and its last
      // progress line says how far it got and what it skipped: together, every slice.
      if (stdout) {
        const summary = /^Stopped: (\d+) slices? written, 0 failed, ([1-9]\d*) skipped/.exec(stdout)
        expect(summary).not.toBeNull()
        const last = /^(\d+)\/20000 \(\d+%\) · .*stopped, (\d+) skipped$/.exec(progress.at(-1) ?? '')
        expect(last).not.toBeNull()
        expect(Number(last![1]) + Number(last![2])).toBe(20000)
        expect(last![2]).toBe(summary![2])
      }
    },
    120_000
  )
})
