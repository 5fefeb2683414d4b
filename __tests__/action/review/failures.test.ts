/** Failures read one row per cause, with pointers and paths as code, however GitHub renders them. */
import { describe, expect, it } from '@jest/globals'
import { buildComment, buildSummary } from '../../../src/action/summary.js'
import type { BatchResult } from '../../../src/engine/index.js'
import { gfmProblems } from '../../helpers/gfm-check.js'
import { context, expectReadable, resultOf } from './fixtures.js'

/** 91 operations broken by one shared schema, and one by a reference in its own path. */
function sharedCause(): BatchResult {
  const result = resultOf(10, 92)
  const cause = {
    key: 'references:/components/schemas/Problem',
    inSource: true,
    pointer: '/components/schemas/Problem/properties/detail/$ref',
    location: { file: path('schemas/problem.yaml'), line: 12, column: 9 },
    message: "the source document's reference #/components/schemas/Detail resolves nowhere"
  }
  const local = {
    key: 'references:/paths/~1catalog~1products',
    inSource: true,
    pointer: '/paths/~1catalog~1products/get/responses/200/$ref',
    location: { file: path('openapi.yaml'), line: 40 },
    message: 'the reference #/paths/~1catalog~1products/get/responses/200 resolves nowhere'
  }
  result.failures = result.failures.map((failure, i) =>
    i < 91
      ? { ...failure, path: `/shop/${String(90 - i).padStart(2, '0')}`, reason: cause.message, cause }
      : { ...failure, path: '/catalog/products', reason: local.message, cause: local }
  )
  return result
}

function path(file: string): string {
  return `${process.cwd()}/api/${file}`
}

describe('failures by cause', () => {
  it('gives one entry per cause: count, phase, file and line, pointer, reason, operations by path', () => {
    const summary = buildSummary(sharedCause(), context)
    expectReadable(summary)
    expect(summary).toContain('### Failures: 2 causes, 92 operations')
    expect(summary).toContain(
      [
        '**91 operations** · references · `api/schemas/problem.yaml:12`<br>',
        '`#/components/schemas/Problem/properties/detail/$ref`<br>',
        "the source document's reference `#/components/schemas/Detail` resolves nowhere",
        '',
        '<details>',
        '<summary>The 91 operations</summary>',
        '',
        '- `GET /shop/00`',
        '- `GET /shop/01`'
      ].join('\n')
    )
    expect(summary).toContain('- `GET /shop/49`\n- … and 41 more operations\n\n</details>')
    expect(summary).toContain('**1 operation** · references · `api/openapi.yaml:40`<br>')
    expect(summary).toContain('<summary>The operation</summary>\n\n- `GET /catalog/products`\n')
    // No pointer sits in a table cell, where it could widen the table past the page.
    expect(summary.split('\n').filter(line => line.startsWith('|') && line.includes('#/'))).toEqual([])
  })

  it('never lets a pointer’s ~1 render as strikethrough', () => {
    const result = sharedCause()
    for (const markdown of [buildSummary(result, context), buildComment(result, context)]) {
      expect(gfmProblems(markdown)).toEqual([])
      expect(markdown).toContain('`#/paths/~1catalog~1products/get/responses/200/$ref`')
      expect(markdown).toContain('`#/paths/~1catalog~1products/get/responses/200`')
    }
  })

  it('keeps the comment to a few causes and links the job summary for the rest', () => {
    const result = resultOf(0, 30)
    const comment = buildComment(result, context)
    expectReadable(comment)
    expect(comment.split('\n').filter(line => line.endsWith(' · in the slice<br>'))).toHaveLength(10)
    expect(comment).toContain(`… and 20 more causes; the [job summary](${context.runUrl}) lists every one.`)
    const summary = buildSummary(result, {
      ...context,
      artifact: {
        id: 7,
        name: 'slices',
        url: 'https://github.com/acme/shop/actions/runs/42/artifacts/7',
        files: 3
      }
    })
    expect(summary.split('\n').filter(line => line.endsWith(' · in the slice<br>'))).toHaveLength(30)
    const many = buildSummary(resultOf(0, 130), {
      ...context,
      artifact: { id: 7, name: 's', url: 'https://x/a/7', files: 1 }
    })
    expect(many).toContain(
      '… and 30 more causes; `index.csv` in the [artifact](https://x/a/7) lists every one.'
    )
  })
})
