/**
 * The built action on a pull request whose head breaks one service (users loses an operation) and only
 * extends another (orders gains one): the outputs and annotations name the breaking service and its
 * cause, fail-on-change: error fails the step, and accepting the change's fingerprint lets it pass.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { writeBreakingPair } from '../helpers/breaking-pair.js'
import { gfmProblems } from '../helpers/gfm-check.js'
import { runAction, startRunnerServices, type RunnerServices } from '../helpers/runner-harness.js'

let workspace: string
let services: RunnerServices
beforeAll(async () => {
  expect(existsSync('dist/index.js')).toBe(true)
  services = await startRunnerServices()
  workspace = mkdtempSync(path.join(tmpdir(), 'slice-oas-action-breaking-'))
  writeBreakingPair(workspace)
}, 60_000)
afterAll(async () => {
  await services?.close()
  rmSync(workspace, { recursive: true, force: true })
})

/** A pull_request event for PR 41, whose comment the runner stand-in keeps. */
function pullRequest(): Record<string, string> {
  const event = path.join(workspace, 'event.json')
  writeFileSync(
    event,
    JSON.stringify({ pull_request: { number: 41, head: { sha: 'c0ffee'.padEnd(40, '0') } } })
  )
  return { ...services.env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event }
}

const review = (outputDir: string, extra: Record<string, string> = {}, env: Record<string, string> = {}) =>
  runAction(
    {
      spec: 'head.yaml',
      'base-spec': 'base.yaml',
      'output-dir': outputDir,
      'upload-artifact': 'false',
      ...extra
    },
    { SOURCE_DATE_EPOCH: '1700000000', ...env },
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
    const pr = { 'comment-on-pr': 'always', 'github-token': 'test-token' }
    const failed = await review('gated', { 'fail-on-change': 'error', ...pr }, pullRequest())
    expect(failed.code).toBe(1)
    // The comment leads with the verdict, then names the breaking service with its cause.
    const [comment] = services.commentsOn(41)
    const body = comment.body.split('\n').filter(Boolean)
    expect(body[1]).toMatch(/^## ❌ slice-oas: 1 change since the base spec at the fail-on-change level/)
    expect(comment.body).toContain('**Breaking changes:** 1 service has breaking changes: users (1).')
    expect(comment.body).toContain('<summary>users: 1 error</summary>')
    expect(comment.body).toContain('`api-path-removed-without-deprecation`')
    expect(comment.body.indexOf('Breaking changes:')).toBeLessThan(comment.body.indexOf('| Operations |'))
    expect(gfmProblems(comment.body)).toEqual([])
    expect(gfmProblems(failed.summary)).toEqual([])
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
    const accepted = await review('accepted', { 'fail-on-change': 'error', ...pr }, pullRequest())
    expect(accepted.stderr).toBe('')
    expect(accepted.code).toBe(0)
    // The same comment, now green: the accepted change no longer breaks anything.
    expect(services.commentsOn(41)).toHaveLength(1)
    expect(services.commentsOn(41)[0].body.split('\n')[1]).toMatch(/^## ✅ slice-oas passed/)
    expect(JSON.parse(accepted.outputs['breaking-services'])).toEqual([])
    expect(lines(accepted.stdout, 'error')).toEqual([])
  })
})
