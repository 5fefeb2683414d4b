import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '../fixtures/core.js'
import { editedExample } from '../helpers/edited-example.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../../src/action/main.js')

let dir: string
const spec = (paths: object) =>
  JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths }, null, 2)

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-main-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))
beforeEach(() => {
  core.resetCore()
  process.exitCode = undefined
})
// run() fails the step through process.exitCode; it must not leak into the test runner's own exit.
afterEach(() => {
  process.exitCode = undefined
})

describe('run()', () => {
  it('sets every output and writes the summary on a passing run', async () => {
    writeFileSync(
      path.join(dir, 'ok.json'),
      spec({ '/a': { get: { responses: { '200': { description: 'ok' } } } } })
    )
    Object.assign(core.inputs, { spec: path.join(dir, 'ok.json'), 'output-dir': path.join(dir, 'out') })
    await run({ GITHUB_WORKSPACE: dir })
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.outputs).toMatchObject({
      total: '1',
      extracted: '1',
      failed: '0',
      'pass-rate': '100',
      'artifact-id': '',
      'new-files': '1',
      'rewritten-files': '0',
      'deleted-files': '0',
      added: '1'
    })
    expect(core.summaries[0]).toContain('## ✅ slice-oas passed: 1 slice written, pass rate 100%')
    expect(core.info).toHaveBeenLastCalledWith(
      `slice-oas: 1 slice written to ${path.join(dir, 'out')}, pass rate 100%.`
    )
    expect(core.notice).toHaveBeenCalledWith(expect.stringContaining('artifact upload was skipped'), {
      title: 'slice-oas: artifact'
    })
  })

  it('fails the step below the minimum pass rate, naming how many slices failed', async () => {
    writeFileSync(
      path.join(dir, 'bad.json'),
      spec({
        '/a': { get: { responses: { '200': { $ref: '#/components/responses/Nope' } } } },
        '/b': { get: { responses: { '200': { description: 'ok' } } } }
      })
    )
    Object.assign(core.inputs, {
      spec: path.join(dir, 'bad.json'),
      'output-dir': path.join(dir, 'out2'),
      'min-pass-rate': '90'
    })
    await run({ GITHUB_WORKSPACE: dir })
    expect(core.setFailed).toHaveBeenCalledWith(
      'The validation pass rate is 50%, below the minimum of 90%: 1 slice failed. The annotations and the job summary name them.'
    )
    // The annotation is on the broken ref, not on the operation: line 12 of the pretty-printed spec is
    // the `"$ref"` key itself.
    expect(core.error).toHaveBeenCalledWith(
      expect.stringContaining(
        "GET /a failed the references phase: the source document's reference #/components/responses/Nope"
      ),
      expect.objectContaining({ file: 'bad.json', startLine: 12, startColumn: 13 })
    )
  })

  it('passes with the same failure when the minimum allows it', async () => {
    Object.assign(core.inputs, {
      spec: path.join(dir, 'bad.json'),
      'output-dir': path.join(dir, 'out3'),
      'min-pass-rate': '50'
    })
    await run({ GITHUB_WORKSPACE: dir })
    expect(core.setFailed).not.toHaveBeenCalled()
  })

  it('merges shard folders when merge is set, and gates on the merged pass rate', async () => {
    const { runBatch } = await import('../../src/engine/index.js')
    writeFileSync(
      path.join(dir, 'many.json'),
      spec(
        Object.fromEntries(
          Array.from({ length: 6 }, (_, i) => [
            `/r${i}`,
            { get: { responses: { '200': { description: 'ok' } } } }
          ])
        )
      )
    )
    const shards = [1, 2].map(index => path.join(dir, `shard${index}`))
    for (const [i, outputDir] of shards.entries())
      await runBatch({ spec: path.join(dir, 'many.json'), outputDir, shard: { index: i + 1, count: 2 } })
    Object.assign(core.inputs, { merge: shards.join('\n'), 'output-dir': path.join(dir, 'merged') })
    await run({ GITHUB_WORKSPACE: dir })
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.outputs).toMatchObject({
      total: '6',
      extracted: '6',
      failed: '0',
      'pass-rate': '100',
      'index-path': path.join(dir, 'merged', 'index.csv')
    })
    expect(core.summaries[0].split('\n')[0]).toBe(
      '## ✅ slice-oas passed: merged 2 shards, 6 files, pass rate 100%'
    )
  })

  it('sets changed-services and changed-operations as JSON arrays against a base spec', async () => {
    const head = path.join(dir, 'head.json')
    writeFileSync(head, JSON.stringify(editedExample()))
    Object.assign(core.inputs, {
      spec: head,
      'base-spec': path.resolve('examples/store-platform.yaml'),
      'output-dir': path.join(dir, 'cmp'),
      'dry-run': 'true'
    })
    await run({ GITHUB_WORKSPACE: dir })
    expect(JSON.parse(core.outputs['changed-services'])).toEqual(['catalog', 'orders', 'payments', 'users'])
    expect(JSON.parse(core.outputs['changed-operations'])).toEqual([
      'DELETE /users/{userId}',
      'GET /catalog/products',
      'GET /orders/export',
      'GET /orders/{orderId}',
      'GET /payments',
      'GET /users',
      'POST /orders',
      'POST /payments'
    ])
    const lines = core.summaries[0].split('\n')
    expect(lines[0]).toMatch(/^## ✅ slice-oas \(dry run: /)
    expect(lines[4]).toBe(
      '**Since the base spec:** 1 operation added, 1 removed, 6 changed in 4 services — orders (3), payments (2), users (2), …'
    )
  })

  it('reports a broken spec at its file and line, without a stack trace', async () => {
    writeFileSync(path.join(dir, 'broken.yaml'), 'openapi: 3.0.3\ninfo:\n  title: [\n')
    Object.assign(core.inputs, { spec: path.join(dir, 'broken.yaml') })
    await run({ GITHUB_WORKSPACE: dir })
    expect(core.error).toHaveBeenCalledWith(
      expect.stringMatching(/^SPEC_PARSE: The spec is not valid YAML/),
      expect.objectContaining({ file: 'broken.yaml', startLine: expect.any(Number) })
    )
    expect(process.exitCode).toBe(1)
    expect(core.debug).not.toHaveBeenCalled()
  })
})

describe('an early failure', () => {
  const env = () => ({
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_RUN_ID: '77',
    GITHUB_SHA: '0123456789abcdef'
  })
  const ok = { get: { responses: { '200': { description: 'ok' } } } }

  it.each([
    ['a missing spec', { spec: 'nope.yaml' }, 'SPEC_NOT_FOUND', 'nope.yaml'],
    ['a YAML syntax error', { spec: 'broken.yaml' }, 'SPEC_PARSE', 'broken.yaml'],
    ['a bad input', { spec: 'ok.json', concurrency: '99' }, 'REQUEST_INVALID', 'ok.json'],
    ['an empty selection', { spec: 'ok.json', include: '/nothing/**' }, 'SELECTION_EMPTY', 'ok.json'],
    ['a bad comment-on-pr', { spec: 'ok.json', 'comment-on-pr': 'often' }, 'REQUEST_INVALID', 'ok.json']
  ])(
    'writes a summary for %s that names the failure, the spec, the commit and the run',
    async (_, given, code, shown) => {
      writeFileSync(path.join(dir, 'ok.json'), spec({ '/a': ok }))
      writeFileSync(path.join(dir, 'broken.yaml'), 'openapi: 3.0.3\ninfo:\n  title: [\n')
      Object.assign(core.inputs, given, {
        spec: path.join(dir, given.spec),
        'output-dir': path.join(dir, 'early')
      })
      await run(env())
      expect(process.exitCode === 1 || core.setFailed.mock.calls.length === 1).toBe(true)
      expect(core.summaries).toHaveLength(1)
      const lines = core.summaries[0].split('\n').filter(Boolean)
      expect(lines[0]).toMatch(new RegExp(`^## ❌ slice-oas failed \\(${code}\\): `))
      expect(lines[1]).toBe(
        `Spec \`${shown}\` · commit \`0123456\` · [run](https://github.com/octo/shop/actions/runs/77)`
      )
      expect(core.summaries[0]).toContain(`**What failed:** \`${code}\``)
      expect(core.summaries[0]).toContain('**How to fix it:**')
    }
  )

  it('still points the step at the line of a YAML syntax error', async () => {
    writeFileSync(path.join(dir, 'broken.yaml'), 'openapi: 3.0.3\ninfo:\n  title: [\n')
    Object.assign(core.inputs, { spec: path.join(dir, 'broken.yaml') })
    await run(env())
    expect(core.error).toHaveBeenCalledWith(
      expect.stringMatching(/^SPEC_PARSE/),
      expect.objectContaining({ file: 'broken.yaml', startLine: expect.any(Number) })
    )
    expect(core.summaries[0]).toMatch(/\*\*What failed:\*\* `SPEC_PARSE` at `broken\.yaml:\d+/)
  })

  it('names the commit of the pull request head, not the merge commit', async () => {
    const event = path.join(dir, 'event.json')
    writeFileSync(event, JSON.stringify({ pull_request: { number: 3, head: { sha: 'feedfacecafe' } } }))
    Object.assign(core.inputs, { spec: path.join(dir, 'nope.yaml') })
    await run({ ...env(), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event })
    expect(core.summaries[0]).toContain('commit `feedfac`')
  })
})
