import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { EXIT, main } from '../../src/cli/main.js'
import { writeBreakingPair } from '../helpers/breaking-pair.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-cli-breaking-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function run(...argv: string[]) {
  let stdout = ''
  const code = await main(argv, {
    stdout: { write: t => void (stdout += t) },
    stderr: { write: () => undefined },
    env: { SOURCE_DATE_EPOCH: '0' }
  })
  return { code, stdout }
}

describe('the CLI on changes since the base spec', () => {
  it('prints the verdict and each breaking cause with its place and fingerprint', async () => {
    const files = writeBreakingPair(dir)
    const out = path.join(dir, 'out')
    const args = ['--spec', files.head, '--base-spec', files.base, '--config', files.config]
    const { code, stdout } = await run(...args, '--output-dir', out)
    expect(code).toBe(EXIT.ok)
    expect(stdout).toContain('1 service has breaking changes: users (1)\n')
    expect(stdout).toMatch(
      /\n {2}users:\n {4}error {3}api-path-removed-without-deprecation: `#\/paths\/~1users~1\{id\}\/delete`: [^\n]*\. \(DELETE \/users\/\{id\}\) at \S*base\.yaml:10:\d+ #\/paths\/~1users~1\{id\}\/delete \[[0-9a-f]{16}\]\n/
    )
    // Compatible changes are listed with --verbose only.
    expect(stdout).not.toMatch(/endpoint-added/)
    expect((await run(...args, '--output-dir', out, '--verbose')).stdout).toMatch(/info {4}endpoint-added/)
  })

  it('fails with its own exit code under --fail-on-change, until the change is accepted', async () => {
    const files = writeBreakingPair(dir)
    const args = ['--spec', files.head, '--base-spec', files.base, '--config', files.config]
    const failed = await run(...args, '--output-dir', path.join(dir, 'a'), '--fail-on-change', 'error')
    expect(failed.code).toBe(EXIT.changes)
    expect(failed.stdout).toMatch(/fail-on-change is error: 1 cause .* in users\./)
    expect(
      (await run(...args, '--output-dir', path.join(dir, 'b'), '--fail-on-change', 'warning')).code
    ).toBe(EXIT.changes)
    const changes = JSON.parse(readFileSync(path.join(dir, 'a', 'changes.json'), 'utf8'))
    const fingerprint = changes.changes.find((c: { level: string }) => c.level === 'error').fingerprint
    writeFileSync(files.config, readFileSync(files.config, 'utf8') + `accepted-changes: [${fingerprint}]\n`)
    const accepted = await run(...args, '--output-dir', path.join(dir, 'c'), '--fail-on-change', 'error')
    expect(accepted.code).toBe(EXIT.ok)
    expect(accepted.stdout).toContain('No breaking change since the base spec.')
    expect(accepted.stdout).toContain('1 change(s) accepted in review')
  })

  it('says that classification needs the base spec when the base is an index', async () => {
    const files = writeBreakingPair(dir)
    await run('--spec', files.base, '--config', files.config, '--output-dir', path.join(dir, 'prev'))
    const { code, stdout } = await run(
      ...['--spec', files.head, '--base-spec', path.join(dir, 'prev'), '--config', files.config],
      ...['--output-dir', path.join(dir, 'out'), '--fail-on-change', 'info']
    )
    expect(code).toBe(EXIT.ok)
    expect(stdout).toMatch(/Classification needs the base spec/)
  })
})
