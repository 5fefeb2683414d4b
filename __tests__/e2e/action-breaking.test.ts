/**
 * The built action on a pull request whose head breaks one service (users loses an operation) and only
 * extends another (orders gains one): the outputs and annotations name the breaking service and its
 * cause, fail-on-change: error fails the step, and accepting the change's fingerprint lets it pass.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { writeBreakingPair } from '../helpers/breaking-pair.js'
import { runAction } from '../helpers/runner-harness.js'

let workspace: string
beforeAll(() => {
  expect(existsSync('dist/index.js')).toBe(true)
  workspace = mkdtempSync(path.join(tmpdir(), 'slice-oas-action-breaking-'))
  writeBreakingPair(workspace)
})
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

const review = (outputDir: string, extra: Record<string, string> = {}) =>
  runAction(
    {
      spec: 'head.yaml',
      'base-spec': 'base.yaml',
      'output-dir': outputDir,
      'upload-artifact': 'false',
      ...extra
    },
    { SOURCE_DATE_EPOCH: '1700000000' },
    workspace
  )

const lines = (stdout: string, level: string) =>
  stdout.split('\n').filter(line => line.startsWith(`::${level}`))

describe('the built action on breaking changes', () => {
  it('names the breaking service with its cause, and writes changes.json', async () => {
    const run = await review('plain')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs['breaking-services'])).toEqual(['users'])
    expect(JSON.parse(run.outputs['breaking-operations'])).toEqual(['DELETE /users/{id}'])
    expect(JSON.parse(run.outputs['changed-services'])).toEqual(['orders', 'users'])
    const [cause] = lines(run.stdout, 'error')
    expect(cause).toMatch(
      /^::error title=slice-oas%3A api-path-removed-without-deprecation \(error\),file=base\.yaml,line=10,col=\d+::`#\/paths\/~1users~1\{id\}\/delete`: [^\n]*\. \(DELETE \/users\/\{id\} in users\)\. To accept it, add fingerprint [0-9a-f]{16} to accepted-changes\.$/
    )
    expect(lines(run.stdout, 'notice').join('\n')).toMatch(/endpoint-added \(info\),file=head\.yaml,line=14/)
    const changes = JSON.parse(readFileSync(path.join(workspace, 'plain', 'changes.json'), 'utf8'))
    expect(changes.changes.map((c: { service: string; level: string }) => [c.service, c.level])).toEqual([
      ['orders', 'info'],
      ['users', 'error']
    ])
  })

  it('fails the step under fail-on-change: error, and passes once the change is accepted', async () => {
    const failed = await review('gated', { 'fail-on-change': 'error' })
    expect(failed.code).toBe(1)
    expect(failed.stdout).toMatch(
      /::error::fail-on-change is error: 1 cause of change at error level or above since the base spec, in users\./
    )
    // Only extending a service never fails the error gate: orders' addition is info.
    const changes = JSON.parse(readFileSync(path.join(workspace, 'gated', 'changes.json'), 'utf8'))
    const fingerprint = changes.changes.find((c: { level: string }) => c.level === 'error').fingerprint
    appendFileSync(
      path.join(workspace, 'slice-oas.config.yaml'),
      `accepted-changes:\n  - fingerprint: ${fingerprint}\n    reason: users v2 drops delete\n`
    )
    const accepted = await review('accepted', { 'fail-on-change': 'error' })
    expect(accepted.stderr).toBe('')
    expect(accepted.code).toBe(0)
    expect(JSON.parse(accepted.outputs['breaking-services'])).toEqual([])
    expect(lines(accepted.stdout, 'error')).toEqual([])
  })
})
