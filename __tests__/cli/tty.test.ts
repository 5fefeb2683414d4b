/**
 * The CLI on a real terminal: run from its sources inside a pseudo-terminal made by util-linux `script`,
 * so stdout and stderr are TTYs as they are for a user. Colour is there, and not with NO_COLOR; a YAML
 * defect gets its code frame and caret; a misspelt flag gets the flag meant.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

let dir: string
/** A colour or style (SGR) sequence; the progress line's clear-line sequence is not one. */
// eslint-disable-next-line no-control-regex -- the escape character is what is looked for
const SGR = /\x1b\[\d+(;\d+)*m/

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`

/** The CLI's output on a terminal (stdout and stderr both), with the terminal's CRLF made LF. */
function onTerminal(
  args: string[],
  env: Record<string, string> = {}
): { output: string; status: number | null } {
  const command = ['node', '--import', './scripts/ts-loader.mjs', 'src/cli.ts', ...args].map(quote).join(' ')
  const clean: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '', TERM: 'xterm', ...env }
  for (const name of ['NO_COLOR', 'FORCE_COLOR'] as const) if (!(name in env)) delete clean[name]
  const run = spawnSync('script', ['-qec', command, '/dev/null'], { env: clean, encoding: 'utf8' })
  if (run.error)
    throw new Error(
      `These tests need util-linux's \`script\` to run the CLI in a pseudo-terminal (apt-get install util-linux): ${run.error.message}`
    )
  return { output: run.stdout.replace(/\r\n/g, '\n'), status: run.status }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-tty-'))
  const responses = (ok: boolean) =>
    ok ? { '200': { description: 'ok' } } : { '200': { $ref: '#/components/responses/Gone' } }
  writeFileSync(
    path.join(dir, 'api.json'),
    JSON.stringify(
      {
        openapi: '3.0.3',
        info: { title: 't', version: '1' },
        paths: {
          '/a': { get: { responses: responses(true) } },
          '/b': { get: { responses: responses(false) } }
        }
      },
      null,
      2
    )
  )
  writeFileSync(path.join(dir, 'bad.yaml'), 'openapi: 3.0.3\ninfo:\n  title: t\n version: "1"\npaths: {}\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the CLI on a terminal', () => {
  it('paints its output, and does not with NO_COLOR', () => {
    const args = [path.join(dir, 'api.json'), '--output-dir', path.join(dir, 'out')]
    const painted = onTerminal(args)
    expect(painted.status).toBe(1)
    expect(painted.output).toMatch(SGR)
    expect(painted.output).toContain('\x1b[31mFailed\x1b[39m')
    const plain = onTerminal(args, { NO_COLOR: '1' })
    expect(plain.status).toBe(1)
    expect(plain.output).toContain('Failed: 1 slice written, 1 failed')
    expect(plain.output).not.toMatch(SGR)
  }, 60_000)

  it('shows a YAML defect in a code frame with a caret under its column', () => {
    const { output, status } = onTerminal([path.join(dir, 'bad.yaml')], { NO_COLOR: '1' })
    expect(status).toBe(65)
    expect(output).toMatch(/bad\.yaml:4:2\)\n/)
    expect(output).toContain('    3 |   title: t\n  > 4 |  version: "1"\n      |  ^\n    5 | paths: {}\n')
  }, 60_000)

  it('answers a misspelt flag with the flag meant', () => {
    const { output, status } = onTerminal(['--ouput-dir', 'x', path.join(dir, 'api.json')])
    expect(status).toBe(2)
    expect(output).toContain("Unknown option '--ouput-dir'; did you mean `--output-dir`?")
  }, 60_000)
})
