/** A run that fails before it has a result still gets a review: ❌ first, what failed, how to fix it. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildFailureReport } from '../../../src/action/summary.js'
import { createRequest, runBatch } from '../../../src/engine/index.js'
import { context, expectReadable } from './fixtures.js'

let dir: string
beforeEach(() => {
  // Inside the working directory, so files are named as the workspace names them.
  dir = mkdtempSync(path.join(process.cwd(), '.review-test-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function failureOf(work: () => unknown): Promise<unknown> {
  try {
    await work()
  } catch (error) {
    return error
  }
  throw new Error('expected a failure')
}

const relative = (file: string) => path.relative(process.cwd(), file)

function report(error: unknown): { markdown: string; lines: string[] } {
  const markdown = buildFailureReport(error, context)
  expectReadable(markdown)
  return { markdown, lines: markdown.split('\n') }
}

describe('the failure report', () => {
  it('names a missing spec and how to fix it', async () => {
    const spec = path.join(dir, 'nope.yaml')
    const { lines, markdown } = report(await failureOf(() => runBatch({ spec, outputDir: dir })))
    expect(lines[0]).toBe(
      '## ❌ slice-oas failed (SPEC_NOT_FOUND): the spec (or the base spec) does not exist'
    )
    expect(markdown).toMatch(/\*\*What failed:\*\* `SPEC_NOT_FOUND`[^\n]*: /)
    expect(markdown).toContain('**How to fix it:** Check the `spec` input')
  })

  it('names a bad input', async () => {
    const { lines, markdown } = report(
      await failureOf(() => createRequest({ spec: 'a.yaml', minPassRate: 120 }))
    )
    expect(lines[0]).toBe(
      '## ❌ slice-oas failed (REQUEST_INVALID): an input or flag has a value it cannot take'
    )
    expect(markdown).toContain(
      '**What failed:** `REQUEST_INVALID`: min-pass-rate must be a number from 0 to 100; got 120.'
    )
    expect(markdown).toContain("**How to fix it:** Correct the input named above in the step's `with:` block")
  })

  it('names an empty selection', async () => {
    const spec = path.join(dir, 'api.json')
    const paths = { '/pets': { get: { responses: { '200': { description: 'ok' } } } } }
    writeFileSync(spec, JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths }))
    const error = await failureOf(() => runBatch({ spec, outputDir: dir, include: ['/nothing/**'] }))
    const { lines, markdown } = report(error)
    expect(lines[0]).toBe(
      '## ❌ slice-oas failed (SELECTION_EMPTY): no operation is left to slice after the filters'
    )
    expect(markdown).toContain('**What failed:** `SELECTION_EMPTY`')
    expect(markdown).toContain('**How to fix it:** Widen `include`')
  })

  it('names a YAML syntax error at its file and line, in a code span', async () => {
    const spec = path.join(dir, 'broken.yaml')
    writeFileSync(spec, 'openapi: 3.0.3\ninfo:\n  title: [\n')
    const { lines, markdown } = report(await failureOf(() => runBatch({ spec, outputDir: dir })))
    expect(lines[0]).toBe(
      '## ❌ slice-oas failed (SPEC_PARSE): the spec is not valid JSON or YAML, or holds several YAML documents'
    )
    expect(markdown).toMatch(
      new RegExp(`\\*\\*What failed:\\*\\* \`SPEC_PARSE\` at \`${relative(spec)}:\\d+(:\\d+)?\`: `)
    )
    expect(markdown).toContain('**How to fix it:** Fix the syntax at the line shown')
  })

  it('says what to do about an artifact name conflict', () => {
    const error = new Error(
      'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run'
    )
    const { lines, markdown } = report(error)
    expect(lines[0]).toBe('## ❌ slice-oas failed: the artifact could not be uploaded')
    expect(markdown).toContain('**What failed:** `INTERNAL`: Failed to CreateArtifact')
    expect(markdown).toContain(
      'set `overwrite-artifact: true` to replace it, or give each step a unique `artifact-name`'
    )
  })

  it('calls anything else a bug to report, with pointers kept as code', () => {
    const { lines, markdown } = report(new TypeError('cannot read /paths/~1pets~1{id} of undefined'))
    expect(lines[0]).toBe('## ❌ slice-oas failed (INTERNAL): an unexpected problem')
    expect(markdown).toContain('`/paths/~1pets~1{id}`')
    expect(markdown).toContain('**How to fix it:** This is a bug in slice-oas')
  })

  it('prefers a hint the error carries', () => {
    const error = Object.assign(new Error('odd'), { hint: 'Do the obvious thing.' })
    expect(report(error).markdown).toContain('**How to fix it:** Do the obvious thing.')
  })
})
