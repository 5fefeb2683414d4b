/**
 * The built action's review on pull requests, run as the runner runs it: the summary and the comment
 * per spec on every run (early failures included), the comment-on-pr modes, artifact name conflicts,
 * and GitHub's own description against a base with a third of its paths removed. Every summary and
 * comment these runs produce is rendered as GitHub-flavoured Markdown and checked for problems.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gfmProblems } from '../helpers/gfm-check.js'
import {
  REPOSITORY,
  RUN_ID,
  runAction,
  startRunnerServices,
  type ActionRun,
  type RunnerServices
} from '../helpers/runner-harness.js'

let services: RunnerServices
let workspace: string
const RUN_LINK = `[run](https://github.com/${REPOSITORY}/actions/runs/${RUN_ID})`
const LEGACY_MARKER = '<!-- slice-oas:summary -->'
const MARKER_START = '<!-- slice-oas:summary spec='

const ok = (id: string) => ({ operationId: id, responses: { '200': { description: 'ok' } } })
const doc = (paths: Record<string, object>) =>
  JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths }, null, 2)
const ID = { name: 'id', in: 'path', required: true, schema: { type: 'string' } }
const SPEC = doc({ '/pets': { get: ok('listPets') }, '/pets/{id}': { parameters: [ID], get: ok('getPet') } })

beforeAll(async () => {
  expect(existsSync('dist/index.js')).toBe(true)
  services = await startRunnerServices()
  workspace = mkdtempSync(path.join(tmpdir(), 'slice-oas-review-'))
  for (const folder of ['api', 'admin', 'events']) mkdirSync(path.join(workspace, folder))
}, 60_000)
afterAll(async () => {
  await services?.close()
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

/** The environment of a pull_request event for PR `number` at head `sha`. */
function pullRequest(number: number, sha = `${number}`.padEnd(40, 'f')): Record<string, string> {
  const event = path.join(workspace, 'events', `pr-${number}-${sha}.json`)
  writeFileSync(event, JSON.stringify({ pull_request: { number, head: { sha } } }))
  return {
    ...services.env,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_SHA: 'e'.repeat(40)
  }
}

/** Runs the action on a PR; its summary and every comment on the PR must read well on GitHub. */
async function review(
  number: number,
  inputs: Record<string, string>,
  sha?: string,
  options: { maxLinesBeforeDetails?: number } = {}
): Promise<ActionRun> {
  const run = await runAction(
    { 'upload-artifact': 'false', 'github-token': 'test-token', ...inputs },
    pullRequest(number, sha),
    workspace
  )
  expect(run.stderr).toBe('')
  expect(run.summary).not.toBe('')
  expect([run.summary, gfmProblems(run.summary)]).toEqual([run.summary, []])
  // The comment is the compact one: the line limit before the first <details> is for it.
  for (const { body } of services.commentsOn(number).filter(c => c.body.startsWith(MARKER_START)))
    expect([body, gfmProblems(body, options)]).toEqual([body, []])
  return run
}

const comments = (number: number) => services.commentsOn(number)
const errors = (run: ActionRun) => run.stdout.split('\n').filter(line => line.startsWith('::error'))

describe('the review on a pull request', () => {
  it('turns the comment to ❌ when a push breaks the spec, in place, naming the spec, commit and run', async () => {
    writeFileSync(path.join(workspace, 'api', 'openapi.yaml'), SPEC)
    const inputs = { spec: 'api/openapi.yaml', 'output-dir': 'out/green', 'comment-on-pr': 'always' }
    const green = await review(1, inputs, 'a'.repeat(40))
    expect(green.code).toBe(0)
    expect(comments(1)).toHaveLength(1)
    const [first] = comments(1)
    expect(first.body.split('\n')[0]).toBe('<!-- slice-oas:summary spec=api/openapi.yaml -->')
    expect(first.body.split('\n')[1]).toMatch(/^## ✅/)
    const head = first.body.split('\n').slice(2, 6).join('\n')
    for (const named of ['`api/openapi.yaml`', '`aaaaaaa`', RUN_LINK]) expect(head).toContain(named)
    // The last log line says slices, with no "(s)".
    expect(green.stdout).toMatch(/slice-oas: 2 slices written to .*, pass rate 100%\./)
    expect(green.stdout).not.toContain('slice(s) written')

    writeFileSync(path.join(workspace, 'api', 'openapi.yaml'), 'openapi: 3.0.3\ninfo:\n  title: [\n')
    const red = await review(1, inputs, 'b'.repeat(40))
    expect(red.code).toBe(1)
    expect(comments(1).map(c => c.id)).toEqual([first.id])
    const body = comments(1)[0].body
    for (const text of [body, red.summary]) {
      const lines = text.split('\n').filter(line => line && !line.startsWith('<!--'))
      expect(lines[0]).toMatch(/^## ❌/)
      expect(text).toContain('SPEC_PARSE')
      expect(lines.slice(1, 4).join('\n')).toContain('`api/openapi.yaml`')
      expect(lines.slice(1, 4).join('\n')).toContain('`bbbbbbb`')
      expect(lines.slice(1, 4).join('\n')).toContain(RUN_LINK)
    }
    // The step still fails on the spec's line.
    expect(errors(red)[0]).toMatch(/^::error title=slice-oas,file=api\/openapi.yaml,line=\d+/)
    writeFileSync(path.join(workspace, 'api', 'openapi.yaml'), SPEC)
  }, 60_000)

  it('says in a comment and the summary that the spec does not exist', async () => {
    const run = await review(2, { spec: 'api/nope.yaml', 'comment-on-pr': 'always' })
    expect(run.code).toBe(1)
    expect(comments(2)).toHaveLength(1)
    for (const text of [comments(2)[0].body, run.summary]) {
      expect(text).toMatch(/## ❌ .*SPEC_NOT_FOUND/)
      expect(text).toContain('`api/nope.yaml`')
      expect(text).toContain('does not exist')
    }
  }, 60_000)

  it('keeps one comment per spec: two specs, two comments, each updated in place', async () => {
    writeFileSync(path.join(workspace, 'admin', 'openapi.yaml'), doc({ '/admin': { get: ok('admin') } }))
    const step = (spec: string) => ({
      spec,
      'output-dir': `out/${path.dirname(spec)}`,
      'comment-on-pr': 'true'
    })
    for (const spec of ['api/openapi.yaml', 'admin/openapi.yaml', 'api/openapi.yaml'])
      expect((await review(3, step(spec))).code).toBe(0)
    expect(comments(3).map(c => c.body.split('\n')[0])).toEqual([
      '<!-- slice-oas:summary spec=api/openapi.yaml -->',
      '<!-- slice-oas:summary spec=admin/openapi.yaml -->'
    ])
    expect(comments(3)[1].body).toContain('`admin/openapi.yaml`')
  }, 60_000)

  it("takes over an earlier version's comment, which named no spec, instead of adding a second", async () => {
    const old = services.addComment(4, `${LEGACY_MARKER}\n## ✅ slice-oas: 100 slice(s) written`)
    const run = await review(4, {
      spec: 'api/openapi.yaml',
      'output-dir': 'out/legacy',
      'comment-on-pr': 'true'
    })
    expect(run.code).toBe(0)
    expect(comments(4).map(c => c.id)).toEqual([old.id])
    expect(comments(4)[0].body.split('\n')[0]).toBe('<!-- slice-oas:summary spec=api/openapi.yaml -->')
  }, 60_000)
})

describe('comment-on-pr', () => {
  const green = { spec: 'api/openapi.yaml', 'output-dir': 'out/modes' }
  const failing = { ...green, include: '/nothing/**' }

  it('never and false write no comment, on a pass or a failure', async () => {
    expect((await review(10, { ...green, 'comment-on-pr': 'false' })).code).toBe(0)
    expect((await review(10, { ...failing, 'comment-on-pr': 'never' })).code).toBe(1)
    expect((await review(10, { ...green })).code).toBe(0)
    expect(comments(10)).toEqual([])
  }, 60_000)

  it('on-failure comments on a failure only, then never leaves its ❌ behind', async () => {
    expect((await review(11, { ...green, 'comment-on-pr': 'on-failure' })).code).toBe(0)
    expect(comments(11)).toEqual([])
    expect((await review(11, { ...failing, 'comment-on-pr': 'on-failure' })).code).toBe(1)
    expect(comments(11)).toHaveLength(1)
    expect(comments(11)[0].body).toContain('SELECTION_EMPTY')
    // A pass would not comment, but the ❌ it left must not stay: it is updated.
    expect((await review(11, { ...green, 'comment-on-pr': 'on-failure' })).code).toBe(0)
    expect(comments(11)).toHaveLength(1)
    expect(comments(11)[0].body.split('\n')[1]).toMatch(/^## ✅/)
    // Even turned off, the comment of this spec follows the verdict.
    expect((await review(11, { ...failing, 'comment-on-pr': 'never' })).code).toBe(1)
    expect(comments(11)[0].body.split('\n')[1]).toMatch(/^## ❌/)
    expect((await review(11, { ...green, 'comment-on-pr': 'false' })).code).toBe(0)
    expect(comments(11)[0].body.split('\n')[1]).toMatch(/^## ✅/)
  }, 60_000)

  it('on-change comments when operations changed since the base spec, or on a failure', async () => {
    writeFileSync(path.join(workspace, 'api', 'base-same.yaml'), SPEC)
    writeFileSync(path.join(workspace, 'api', 'base-less.yaml'), doc({ '/pets': { get: ok('listPets') } }))
    const onChange = { ...green, 'comment-on-pr': 'on-change' }
    expect((await review(12, { ...onChange, 'base-spec': 'api/base-same.yaml' })).code).toBe(0)
    expect(comments(12)).toEqual([])
    expect((await review(12, { ...failing, 'comment-on-pr': 'on-change' })).code).toBe(1)
    expect(comments(12)).toHaveLength(1)
    const changed = await review(13, { ...onChange, 'base-spec': 'api/base-less.yaml' })
    expect(changed.code).toBe(0)
    expect(JSON.parse(changed.outputs['changed-operations'])).toEqual(['GET /pets/{id}'])
    expect(comments(13)).toHaveLength(1)
  }, 60_000)

  it('always and true comment on every run', async () => {
    expect((await review(14, { ...green, 'comment-on-pr': 'always' })).code).toBe(0)
    expect(comments(14)).toHaveLength(1)
    expect((await review(15, { ...green, 'comment-on-pr': 'true' })).code).toBe(0)
    expect(comments(15)).toHaveLength(1)
  }, 60_000)

  it('refuses a mode it does not know, and says so in the summary', async () => {
    const run = await review(16, { ...green, 'comment-on-pr': 'sometimes' })
    expect(run.code).toBe(1)
    expect(run.summary).toContain('comment-on-pr must be one of always, on-failure, on-change, never')
  }, 60_000)
})

describe('an artifact name taken in the workflow run', () => {
  it('fails with what to do, and overwrite-artifact replaces it', async () => {
    const step = {
      spec: 'api/openapi.yaml',
      'output-dir': 'out/artifact',
      'upload-artifact': 'true',
      'artifact-name': 'dup'
    }
    const first = await review(20, step)
    expect(first.code).toBe(0)
    const firstId = services.finalized.find(artifact => artifact.name === 'dup')!.id
    expect(first.stdout).toContain(
      `The artifact dup (3 files) was uploaded: https://github.com/${REPOSITORY}/actions/runs/${RUN_ID}/artifacts/${firstId}`
    )

    const again = await review(20, { ...step, 'comment-on-pr': 'always' })
    expect(again.code).toBe(1)
    expect(errors(again).join('\n')).toMatch(
      /^::error::ARTIFACT_NAME_TAKEN: This workflow run already has an artifact named "dup"/
    )
    expect(again.stdout).toContain('overwrite-artifact: true')
    expect(again.stdout).not.toContain('INTERNAL')
    expect(comments(20)[0].body).toContain('ARTIFACT_NAME_TAKEN')

    const replaced = await review(20, { ...step, 'overwrite-artifact': 'true', 'comment-on-pr': 'always' })
    expect(replaced.code).toBe(0)
    expect(services.deleted).toContainEqual({ name: 'dup', id: firstId })
    expect(services.finalized.filter(artifact => artifact.name === 'dup')).toHaveLength(1)
    expect([...(await services.readArtifact('dup')).keys()].sort()).toEqual([
      'index.csv',
      'pets-id_GET.yaml',
      'pets_GET.yaml'
    ])
    expect(comments(20)[0].body.split('\n')[1]).toMatch(/^## ✅/)
  }, 60_000)
})

describe("GitHub's own description as a review", () => {
  it('gives a comment that reads well: nothing struck through, and the detail folded', async () => {
    const folder = path.join(workspace, 'github')
    mkdirSync(folder)
    const source = path.resolve('node_modules/@octokit/openapi/generated/api.github.com.json')
    copyFileSync(source, path.join(folder, 'api.github.com.json'))
    const base = JSON.parse(readFileSync(source, 'utf8'))
    base.paths = Object.fromEntries(Object.entries(base.paths).filter((_, i) => i % 3 !== 2))
    writeFileSync(path.join(folder, 'base.json'), JSON.stringify(base))
    const run = await review(
      30,
      {
        spec: 'github/api.github.com.json',
        'base-spec': 'github/base.json',
        'output-dir': 'out/github',
        'comment-on-pr': 'always',
        'min-pass-rate': '0'
      },
      undefined,
      { maxLinesBeforeDetails: 60 }
    )
    expect(comments(30)).toHaveLength(1)
    expect(JSON.parse(run.outputs['changed-operations']).length).toBeGreaterThan(100)
  }, 600_000)
})
