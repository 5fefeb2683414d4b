import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { EXIT, main } from '../../src/cli/main.js'

let dir: string
const good = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } }
}

async function run(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: { write: t => void (stdout += t) },
    stderr: { write: t => void (stderr += t) },
    env: { SOURCE_DATE_EPOCH: '0' }
  })
  return { code, stdout, stderr }
}
const file = (name: string, data: unknown) => {
  const target = path.join(dir, name)
  writeFileSync(target, typeof data === 'string' ? data : JSON.stringify(data))
  return target
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-cli-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('slice-oas exit codes', () => {
  it('0 when every slice passes, with a plain summary', async () => {
    const { code, stdout } = await run('--spec', file('a.json', good), '--output-dir', path.join(dir, 'out'))
    expect(code).toBe(EXIT.ok)
    expect(stdout).toContain('Done: 1 slice written, 0 failed')
  })

  it('1 when the pass rate is below the minimum, listing the failures without a stack trace', async () => {
    const broken = {
      ...good,
      paths: {
        ...good.paths,
        '/b': { get: { responses: { '200': { $ref: '#/components/responses/Gone' } } } }
      }
    }
    const { code, stdout, stderr } = await run(
      '--spec',
      file('b.json', broken),
      '--output-dir',
      path.join(dir, 'out')
    )
    expect(code).toBe(EXIT.belowMinimum)
    expect(stdout).toContain('GET /b [references]')
    expect(stdout + stderr).not.toMatch(/\n\s+at /)
  })

  it('2 on a usage error', async () => {
    expect((await run('--bogus')).code).toBe(EXIT.usage)
    expect((await run('--spec', 'x.yaml', '--concurrency', '99')).code).toBe(EXIT.usage)
    expect((await run('--spec', 'x.yaml', '--filter-type', 'regex', '--include', '(?<=a)b')).code).toBe(
      EXIT.usage
    )
    expect((await run()).code).toBe(EXIT.usage)
  })

  it('65 when the input is invalid, 66 when it is missing', async () => {
    const invalid = await run('--spec', file('c.yaml', 'openapi: 3.0.3\npaths: [\n'))
    expect(invalid.code).toBe(EXIT.inputInvalid)
    expect(invalid.stderr).toMatch(/SPEC_PARSE: .*c\.yaml:\d+:\d+/)
    expect((await run('--spec', path.join(dir, 'nope.yaml'))).code).toBe(EXIT.inputMissing)
  })

  it('75 when the run is interrupted or cannot write', async () => {
    const blocker = file('blocker', 'a file, not a folder')
    expect((await run('--spec', file('d.json', good), '--output-dir', blocker)).code).toBe(EXIT.partial)
    const controller = new AbortController()
    controller.abort()
    const code = await main(['--spec', file('e.json', good), '--output-dir', path.join(dir, 'o2')], {
      stdout: { write: () => {} },
      stderr: { write: () => {} },
      env: {},
      signal: controller.signal
    })
    expect(code).toBe(EXIT.partial)
    chmodSync(dir, 0o755)
  })

  it('takes the lists a config file sets unless the flag is given', async () => {
    const spec = file('two.json', {
      ...good,
      paths: { ...good.paths, '/b': { get: { responses: { '200': { description: 'ok' } } } } }
    })
    const config = file('config.yaml', 'filter-type: regex\ninclude: ["^/b$"]\nmethods: [get]\n')
    const fromConfig = await run('--spec', spec, '--config', config, '--dry-run')
    expect(fromConfig.stdout).toContain('1 slice would be written')
    expect(fromConfig.stdout).toContain('GET /b')
    const overridden = await run('--spec', spec, '--config', config, '--include', '^/a$', '--dry-run')
    expect(overridden.stdout).toContain('1 slice would be written')
    expect(overridden.stdout).toContain('GET /a')
  })

  it('a dry run also shows the warnings and the comparison with the base', async () => {
    const spec = file('head.json', {
      ...good,
      paths: { ...good.paths, '/b': { get: { responses: { '200': { description: 'ok' } } } } }
    })
    const base = file('base.json', good)
    const config = file('services.yaml', 'services:\n  a: { include: ["/a"] }\n')
    const { code, stdout } = await run(
      '--spec',
      spec,
      '--config',
      config,
      '--base-spec',
      base,
      '--output-dir',
      path.join(dir, 'out'),
      '--dry-run',
      '--verbose'
    )
    expect(code).toBe(EXIT.ok)
    expect(stdout).toContain('2 slices would be written')
    expect(stdout).toMatch(/SERVICE_ORPHANS: 1 operation\(s\) belong to no service: GET \/b/)
    expect(stdout).toMatch(/^\s+added\s+GET \/b/m)
  })

  it('says a cause shared by many operations once, at its line, listing the operations under it', async () => {
    const problem = {
      description: 'bad',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } }
    }
    const paths = Object.fromEntries(
      ['/a', '/b', '/c', '/d', '/e'].map(p => [p, { get: { responses: { '400': problem } } }])
    )
    const spec = file(
      'shared.yaml',
      [
        'openapi: 3.0.3',
        "info: {title: t, version: '1'}",
        `paths: ${JSON.stringify(paths)}`,
        'components:',
        '  schemas:',
        '    Problem:',
        '      properties:',
        "        detail: {$ref: '#/components/schemas/Gone'}",
        ''
      ].join('\n')
    )
    // The file is shown relative to the working directory when inside it, so only its end is fixed here.
    const isHeadline = (line: string) =>
      line.startsWith('  ') &&
      line.endsWith(
        "shared.yaml:8:18: [references] the source document's reference #/components/schemas/Gone at /components/schemas/Problem/properties/detail resolves nowhere: the source document has no #/components/schemas/Gone (#/components/schemas/Problem/properties/detail/$ref); 5 operations affected"
      )
    const frame = [
      '      6 |     Problem:',
      '      7 |       properties:',
      "    > 8 |         detail: {$ref: '#/components/schemas/Gone'}",
      '        |                  ^',
      '      9 |'
    ]
    const brief = await run('--spec', spec, '--output-dir', path.join(dir, 'out'))
    expect(brief.code).toBe(EXIT.belowMinimum)
    const lines = brief.stdout.split('\n')
    const at = lines.findIndex(isHeadline)
    expect(at).toBeGreaterThan(0)
    expect(lines.slice(at + 1, at + 10)).toEqual([
      ...frame,
      '    GET /a',
      '    GET /b',
      '    GET /c',
      '    … and 2 more'
    ])
    expect(brief.stdout.match(/resolves nowhere/g)).toHaveLength(1)
    const verbose = await run('--spec', spec, '--output-dir', path.join(dir, 'out'), '--verbose')
    const all = verbose.stdout.split('\n')
    const from = all.findIndex(isHeadline)
    expect(all.slice(from + 6, from + 11)).toEqual(['/a', '/b', '/c', '/d', '/e'].map(p => `    GET ${p}`))
  })

  it('prints help and version', async () => {
    expect((await run('--help')).stdout).toContain('--output-dir')
    expect((await run('--version')).stdout).toMatch(/^slice-oas \d+\.\d+\.\d+/)
  })
})
