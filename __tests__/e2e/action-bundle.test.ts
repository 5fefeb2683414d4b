/**
 * The built action (dist/index.js) run as the runner runs it, against loopback stand-ins for the results
 * service, the blob store (Azurite) and the GitHub API. It checks the outputs file, the step summary,
 * the annotation lines, and that the uploaded zip holds exactly the slices and index.csv.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { gfmProblems } from '../helpers/gfm-check.js'
import { editedExample } from '../helpers/edited-example.js'
import { syntheticSpec } from '../helpers/synthetic-spec.js'
import {
  REPOSITORY,
  RUN_ID,
  runAction,
  startRunnerServices,
  type RunnerServices
} from '../helpers/runner-harness.js'

let services: RunnerServices
let workspace: string
const example = path.resolve('examples/store-platform.yaml')

beforeAll(async () => {
  expect(existsSync('dist/index.js')).toBe(true)
  services = await startRunnerServices()
  workspace = mkdtempSync(path.join(tmpdir(), 'slice-oas-action-'))
  copyFileSync(example, path.join(workspace, 'api.yaml'))
}, 60_000)
afterAll(async () => {
  await services?.close()
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

const annotations = (stdout: string, level: 'error' | 'warning' | 'notice') =>
  stdout.split('\n').filter(line => line.startsWith(`::${level}`))

describe('the built action', () => {
  it('slices, reports, uploads the artifact and passes the gate', async () => {
    const run = await runAction(
      { spec: 'api.yaml', 'output-dir': 'slices', 'artifact-name': 'store-slices', 'retention-days': '5' },
      { ...services.env, SOURCE_DATE_EPOCH: '1700000000' },
      workspace
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const written = readdirSync(path.join(workspace, 'slices')).filter(name => name.endsWith('.yaml'))
    expect(written).toHaveLength(100)
    expect(run.outputs).toMatchObject({
      total: '100',
      extracted: '100',
      failed: '0',
      'pass-rate': '100',
      'output-dir': path.join(workspace, 'slices'),
      'index-path': path.join(workspace, 'slices', 'index.csv'),
      'artifact-id': services.finalized[0].id,
      'artifact-url': `https://github.com/${REPOSITORY}/actions/runs/${RUN_ID}/artifacts/${services.finalized[0].id}`,
      added: '100',
      changed: '0',
      removed: '0'
    })
    // Progress is a collapsible group of throttled lines, never one per slice.
    expect(run.stdout).toContain('::group::slice-oas: slicing 100 slices from 100 operations')
    const progressLines = run.stdout.split('\n').filter(line => /^\d+\/100 \(\d+%\)/.test(line))
    expect(progressLines.length).toBeGreaterThan(0)
    expect(progressLines.length).toBeLessThanOrEqual(21)
    expect(annotations(run.stdout, 'error')).toEqual([])
    // The summary: verdict, totals, services, artifact link.
    expect(run.summary.split('\n')[0]).toBe('## ✅ slice-oas passed: 100 slices written, pass rate 100%')
    expect(run.summary).toContain('| Operations | Slices | Written | Failed | Skipped | Pass rate | Time |')
    expect(run.summary).toMatch(/\| 100 \| 100 \| 100 \| 0 \| 0 \| 100% \| [\d.]+ s \|/)
    // 100 slices are too few to start worker threads for: the log names no threads.
    expect(run.stdout).toContain(
      `slice-oas: 100 slices written to ${path.join(workspace, 'slices')}, pass rate 100%.\n`
    )
    expect(run.summary).toMatch(/<summary>By service: \d+ services<\/summary>/)
    expect(run.summary).toMatch(/\| orders \| 10 \| 10 \| 0 \|/)
    expect(run.summary).toContain(`📦 Artifact: [store-slices](${run.outputs['artifact-url']}) (101 files)`)
    process.stdout.write(`\n--- step summary produced by the action ---\n${run.summary}--- end ---\n`)
    // The artifact holds exactly the slices and the index.
    const entries = await services.readArtifact('store-slices')
    expect([...entries.keys()].sort()).toEqual([...written, 'index.csv'].sort())
    expect(entries.get('users_GET.yaml')).toBe(
      readFileSync(path.join(workspace, 'slices', 'users_GET.yaml'), 'utf8')
    )
    expect(entries.get('index.csv')).toContain('2023-11-14T22:13:20.000Z')
  }, 120_000)

  it("fails the step with an error annotation at the broken ref's own line", async () => {
    const text = readFileSync(example, 'utf8')
    const broken = text.replace(
      '  /health:\n    get:\n      operationId: getHealth',
      "  /health:\n    get:\n      operationId: getHealth\n      parameters:\n        - $ref: '#/components/parameters/Missing'"
    )
    expect(broken).not.toBe(text)
    writeFileSync(path.join(workspace, 'broken.yaml'), broken)
    const line = broken.split('\n').indexOf("        - $ref: '#/components/parameters/Missing'") + 1
    const run = await runAction(
      { spec: 'broken.yaml', 'output-dir': 'broken-out', 'upload-artifact': 'false' },
      services.env,
      workspace
    )
    expect(run.code).not.toBe(0)
    const errors = annotations(run.stdout, 'error')
    expect(errors[0]).toMatch(
      new RegExp(
        `^::error title=slice-oas%3A references,file=broken.yaml,line=${line},col=\\d+::GET /health failed the references phase: the source document's reference #/components/parameters/Missing`
      )
    )
    expect(errors.at(-1)).toMatch(
      /^::error::The validation pass rate is 99%25, below the minimum of 100%25: 1 slice failed/
    )
    expect(run.summary).toContain('### Failures: 1 cause, 1 operation')
    expect(run.summary).toContain(
      `**1 operation** · references · \`broken.yaml:${line}\`<br>\n\`#/paths/~1health/get/parameters/0/$ref\`<br>`
    )
    expect(gfmProblems(run.summary)).toEqual([])
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /)
  }, 120_000)

  it('refuses bad inputs with a plain error and no stack trace', async () => {
    const run = await runAction({ spec: 'api.yaml', concurrency: '99' }, services.env, workspace)
    expect(run.code).toBe(1)
    expect(annotations(run.stdout, 'error')).toEqual([
      '::error::REQUEST_INVALID: concurrency must be a whole number from 1 to 16; got 99.'
    ])
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /)
    const parse = await runAction({ spec: 'nope.yaml' }, services.env, workspace)
    expect(annotations(parse.stdout, 'error')[0]).toMatch(
      /^::error::SPEC_NOT_FOUND: The spec .*nope\.yaml does not exist/
    )
  }, 60_000)

  it('skips the upload with a notice outside a workflow run', async () => {
    const { ACTIONS_RUNTIME_TOKEN: _token, ...noToken } = services.env
    const run = await runAction({ spec: 'api.yaml', 'output-dir': 'local' }, noToken, workspace)
    expect(run.code).toBe(0)
    expect(run.outputs['artifact-id']).toBe('')
    expect(annotations(run.stdout, 'notice')).toContain(
      '::notice title=slice-oas%3A artifact::The artifact upload was skipped: this is not a workflow run (no runtime token).'
    )
  }, 60_000)

  it('compares with a base spec by service, from the config file, and leads the PR comment with the change table', async () => {
    const review = path.join(workspace, 'review')
    mkdirSync(review)
    writeFileSync(path.join(review, 'head.json'), JSON.stringify(editedExample()))
    copyFileSync(example, path.join(review, 'base.yaml'))
    writeFileSync(
      path.join(review, 'slice-oas.config.yaml'),
      "spec: head.json\ngroup-by: service\nservices:\n  users: {include: ['/users/**']}\n  orders: {include: ['/orders/**']}\n  payments: {include: ['/payments/**']}\n  catalog: {include: ['/catalog/**']}\n"
    )
    const event = path.join(review, 'event.json')
    writeFileSync(event, JSON.stringify({ pull_request: { number: 31 } }))
    const env = { ...services.env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event }
    const run = await runAction(
      {
        'base-spec': 'base.yaml',
        'output-dir': 'slices',
        'upload-artifact': 'false',
        'comment-on-pr': 'true',
        'github-token': 't'
      },
      env,
      review
    )
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs['changed-services'])).toEqual(['catalog', 'orders', 'payments', 'users'])
    expect(JSON.parse(run.outputs['changed-operations'])).toContain('GET /orders/export')
    expect(
      readdirSync(path.join(review, 'slices'))
        .filter(name => name.endsWith('.yaml'))
        .sort()
    ).toEqual(['catalog.yaml', 'orders.yaml', 'payments.yaml', 'users.yaml'])
    const [{ body: comment }] = services.commentsOn(31)
    const lines = comment.split('\n').filter(Boolean)
    expect(lines[0]).toBe('<!-- slice-oas:summary spec=head.json -->')
    // The verdict comes first, then the change.
    expect(lines[1]).toMatch(/^## (✅|⚠️|❌)/)
    expect(comment).toContain(
      '**Since the base spec:** 1 operation added, 1 removed, 6 changed in 4 services — orders (3), payments (2), users (2), …'
    )
    expect(comment).toContain('| orders | 1 | 0 | 2 | 8 |')
    expect(comment).toContain('- `GET /orders/{orderId}` changed: parameters')
    expect(comment).toContain('- `DELETE /users/{userId}` removed')
    expect(run.summary).toContain('- `POST /payments` changed: security')
    expect(gfmProblems(comment)).toEqual([])
  }, 120_000)

  it('slices a large document on every core, with the worker from dist/worker', async () => {
    writeFileSync(path.join(workspace, 'large.json'), JSON.stringify(syntheticSpec(2500)))
    const run = await runAction(
      { spec: 'large.json', 'output-dir': 'large', 'upload-artifact': 'false' },
      services.env,
      workspace
    )
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ total: '2500', extracted: '2500', 'pass-rate': '100' })
    expect(annotations(run.stdout, 'warning')).toEqual([])
    const threads = Math.min(availableParallelism(), 4)
    expect(run.summary).toMatch(/\| 2,500 \| 2,500 \| 2,500 \| 0 \| 0 \| 100% \| [\d.]+ s \|/)
    expect(run.summary).toContain(`- Threads: ${threads}`)
    expect(run.stdout).toContain(`pass rate 100%, on ${threads} threads.`)
  }, 60_000)

  it('merges the shards of a matrix on a follow-up job and uploads the merged folder', async () => {
    for (const shard of ['1/2', '2/2']) {
      const run = await runAction(
        { spec: 'api.yaml', shard, 'output-dir': `shard-${shard[0]}`, 'upload-artifact': 'false' },
        services.env,
        workspace
      )
      expect(run.code).toBe(0)
    }
    const merged = await runAction(
      { merge: 'shard-1\nshard-2', 'output-dir': 'merged', 'artifact-name': 'merged-slices' },
      services.env,
      workspace
    )
    expect(merged.code).toBe(0)
    expect(merged.outputs).toMatchObject({ total: '100', extracted: '100', 'pass-rate': '100' })
    expect(merged.summary.split('\n')[0]).toBe(
      '## ✅ slice-oas passed: merged 2 shards, 100 files, pass rate 100%'
    )
    expect(gfmProblems(merged.summary)).toEqual([])
    const entries = await services.readArtifact('merged-slices')
    expect(entries.size).toBe(101)
    expect(entries.get('index.csv')).toBe(readFileSync(path.join(workspace, 'merged', 'index.csv'), 'utf8'))
  }, 120_000)

  it('writes one pull-request comment and updates it in place; a fork token only warns', async () => {
    const event = path.join(workspace, 'event.json')
    writeFileSync(event, JSON.stringify({ pull_request: { number: 12 } }))
    const env = { ...services.env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event }
    const inputs = {
      spec: 'api.yaml',
      'output-dir': 'pr',
      'upload-artifact': 'false',
      'comment-on-pr': 'true',
      'github-token': 'test-token'
    }
    expect((await runAction(inputs, env, workspace)).code).toBe(0)
    const comments = () => services.commentsOn(12)
    expect(comments()).toHaveLength(1)
    expect(comments()[0].body).toContain('## ✅ slice-oas passed: 100 slices written')
    const first = comments()[0].id
    const again = await runAction(inputs, env, workspace)
    expect(again.code).toBe(0)
    expect(comments().map(c => c.id)).toEqual([first])
    expect(comments()[0].body).toContain(
      'Files in the output folder: 0 new, 0 rewritten, 0 deleted, 100 unchanged files.'
    )

    services.forbidComments = true
    const fork = await runAction(inputs, env, workspace)
    services.forbidComments = false
    expect(fork.code).toBe(0)
    expect(annotations(fork.stdout, 'warning').join('\n')).toContain(
      'The pull-request comment could not be written (HTTP 403)'
    )
  }, 120_000)
})
