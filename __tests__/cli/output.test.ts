/** What the CLI prints: colour only where wanted, the place first, code frames, and plain wording. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { colourEnabled } from '../../src/cli/colour.js'
import { EXIT, main } from '../../src/cli/main.js'

let dir: string
const ok = { '200': { description: 'ok' } }
const gone = { '200': { $ref: '#/components/responses/Gone' } }
const spec = (paths: Record<string, unknown>) => ({
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: Object.fromEntries(Object.entries(paths).map(([p, responses]) => [p, { get: { responses } }]))
})
const ESC = '\x1b['

async function run(argv: string[], { tty = false, env = {} as Record<string, string> } = {}) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: { write: t => void (stdout += t), isTTY: tty },
    stderr: { write: t => void (stderr += t), isTTY: tty },
    env: { SOURCE_DATE_EPOCH: '0', ...env }
  })
  return { code, stdout, stderr }
}
const file = (name: string, data: unknown) => {
  const target = path.join(dir, name)
  writeFileSync(target, typeof data === 'string' ? data : JSON.stringify(data, null, 2))
  return target
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-output-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('colour', () => {
  it('follows NO_COLOR, FORCE_COLOR and whether the stream is a terminal', () => {
    expect(colourEnabled({ isTTY: true }, {})).toBe(true)
    expect(colourEnabled({ isTTY: false }, {})).toBe(false)
    expect(colourEnabled({}, {})).toBe(false)
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false)
    // An empty NO_COLOR is as if it were not set (no-color.org).
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '' })).toBe(true)
    expect(colourEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true)
    expect(colourEnabled({ isTTY: false }, { FORCE_COLOR: '' })).toBe(true)
    expect(colourEnabled({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false)
    expect(colourEnabled({ isTTY: true }, { FORCE_COLOR: 'false' })).toBe(false)
    expect(colourEnabled({ isTTY: true }, { TERM: 'dumb' })).toBe(false)
  })

  it('paints the summary on a terminal, and nothing with NO_COLOR or in a pipe', async () => {
    const api = file('api.json', spec({ '/a': ok, '/b': gone }))
    const argv = [api, '--output-dir', path.join(dir, 'out')]
    const painted = await run(argv, { tty: true })
    expect(painted.stdout).toContain(`${ESC}31mFailed${ESC}39m`)
    expect(painted.stdout).toContain(`${ESC}36m`)
    expect((await run(argv, { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC)
    expect((await run(argv)).stdout).not.toContain(ESC)
    expect((await run(argv, { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC)
  })
})

describe('failures and errors', () => {
  it('leads a failure line with its place, and shows the source lines with a caret under it', async () => {
    const api = file('api.json', spec({ '/a': ok, '/b': gone }))
    const { stdout } = await run([api, '--output-dir', path.join(dir, 'out')])
    const lines = stdout.split('\n')
    const at = lines.findIndex(line => /^ {2}\S*api\.json:\d+:\d+: GET \/b \[references\]/.test(line))
    expect(at).toBeGreaterThan(0)
    const [, line, column] = /api\.json:(\d+):(\d+)/.exec(lines[at])!.map(Number)
    expect(lines[at + 3]).toMatch(new RegExp(`^ {4}> ${line} \\| .*"\\$ref"`))
    const caret = lines[at + 4].indexOf('^')
    expect(caret - lines[at + 4].indexOf('|') - 1).toBe(column)
    expect(lines[at + 3][caret]).toBe('"')
  })

  it('shows a code frame under a fatal error at its line', async () => {
    const api = file('api.yaml', 'openapi: 3.0.3\ninfo:\n  title: t\n version: "1"\npaths: {}\n')
    const { code, stderr } = await run([api])
    expect(code).toBe(EXIT.inputInvalid)
    expect(stderr).toMatch(/api\.yaml:4:2\)\n/)
    expect(stderr).toContain('  > 4 |  version: "1"\n      |  ^\n')
  })
})

describe('a dry run', () => {
  it('reports the failures a real run would, and fails the gate the same way', async () => {
    const api = file('api.json', spec({ '/a': ok, '/b': gone, '/c': ok, '/d': gone }))
    const real = await run([api, '--output-dir', path.join(dir, 'real')])
    const dry = await run([api, '--output-dir', path.join(dir, 'dry'), '--dry-run'])
    expect(real.code).toBe(EXIT.belowMinimum)
    expect(dry.code).toBe(real.code)
    expect(dry.stdout).toMatch(
      /^Dry run: 2 slices would be written to \S+, 2 failed · pass rate 50% \(minimum 100%\); nothing was written\.$/m
    )
    const failures = (text: string) => text.split('\n').filter(line => /GET \/[bd] \[references\]/.test(line))
    expect(failures(dry.stdout)).toEqual(failures(real.stdout))
    expect(failures(dry.stdout)).toHaveLength(2)
  })
})

describe('wording', () => {
  it('speaks of the output folder’s files and of operations since the base spec, in plurals', async () => {
    const api = file('api.json', spec({ '/a': ok, '/b': ok }))
    const base = file('base.json', spec({ '/a': ok }))
    const { stdout } = await run([api, '--base-spec', base, '--output-dir', path.join(dir, 'out')])
    expect(stdout).toMatch(/^Done: 2 slices written, 0 failed, 0 skipped/m)
    expect(stdout).toContain('Output folder: 2 new, 0 rewritten, 0 deleted, 0 unchanged files.')
    expect(stdout).toContain('Since the base spec: 1 operation added, 0 removed, 0 changed')
    expect(stdout).not.toContain('(s)')
  })
})

describe('the verdict line of a stopped run', () => {
  it('gives the rate of the slices it made, not of those it skipped', async () => {
    const { printSummary } = await import('../../src/cli/summary.js')
    const { painter } = await import('../../src/cli/colour.js')
    const lines: string[] = []
    const result = {
      total: 20000,
      extracted: 1000,
      failed: 0,
      skipped: 19000,
      passRate: 100,
      minPassRate: 100,
      passed: false,
      stoppedBy: 'interrupted',
      elapsedMs: 2000,
      threads: 1,
      dryRun: false,
      outputDir: dir,
      added: [],
      changed: [],
      removed: [],
      unchanged: [],
      failures: [],
      notes: [],
      slices: []
    } as unknown as Parameters<typeof printSummary>[0]
    printSummary(result, { out: line => lines.push(line ?? ''), paint: painter(false), verbose: false })
    expect(lines[0]).toBe(
      'Stopped: 1000 slices written, 0 failed, 19000 skipped · pass rate 100% (minimum 100%) · 2s (500 slices/s)'
    )
  })
})
