/** The verdict comes first, in one heading, and says which of three states the run is in. */
import { describe, expect, it } from '@jest/globals'
import { buildComment, buildSummary } from '../../../src/action/summary.js'
import { context, expectReadable, resultOf } from './fixtures.js'

const both = (result: ReturnType<typeof resultOf>) => [
  buildSummary(result, context),
  buildComment(result, context)
]
const firstLine = (markdown: string) => markdown.split('\n')[0]

describe('the verdict', () => {
  it('is ✅ with the slices written when every slice passed', () => {
    for (const markdown of both(resultOf(3, 0))) {
      expectReadable(markdown)
      expect(firstLine(markdown)).toBe('## ✅ slice-oas passed: 3 slices written, pass rate 100%')
    }
    expect(firstLine(buildSummary(resultOf(1, 0), context))).toBe(
      '## ✅ slice-oas passed: 1 slice written, pass rate 100%'
    )
  })

  it('is ⚠️ passed with N failures when min-pass-rate lets failures through', () => {
    for (const markdown of both(resultOf(3, 1, { minPassRate: 50 }))) {
      expectReadable(markdown)
      expect(firstLine(markdown)).toBe(
        '## ⚠️ slice-oas passed with 1 failure: pass rate 75%, minimum 50% (3 slices written)'
      )
    }
    expect(firstLine(buildComment(resultOf(1, 2, { minPassRate: 10 }), context))).toMatch(
      /^## ⚠️ slice-oas passed with 2 failures:/
    )
  })

  it('is ❌ below the minimum, and when the run stopped early', () => {
    for (const markdown of both(resultOf(3, 1))) {
      expectReadable(markdown)
      expect(firstLine(markdown)).toBe(
        '## ❌ slice-oas: pass rate 75% is below the minimum of 100% (1 slice failed)'
      )
    }
    const stopped = resultOf(3, 0, { passed: false, stoppedBy: 'The disk is full at /out/~1pets' })
    expect(firstLine(buildSummary(stopped, context))).toBe(
      '## ❌ slice-oas stopped early: The disk is full at `/out/~1pets`'
    )
    expectReadable(buildSummary(stopped, context))
  })

  it('says in the heading that a dry run wrote nothing, and whether it validated', () => {
    const validated = resultOf(2, 0, { dryRun: true })
    expect(firstLine(buildSummary(validated, context))).toBe(
      '## ✅ slice-oas (dry run: validated, nothing written) passed: 2 slices would be written, pass rate 100%'
    )
    const failing = resultOf(2, 1, { dryRun: true })
    expect(firstLine(buildComment(failing, context))).toMatch(
      /^## ❌ slice-oas \(dry run: validated, nothing written\): pass rate 66.66% is below/
    )
    const planned = { ...resultOf(0, 0, { dryRun: true }), total: 4, skipped: 4 }
    expect(firstLine(buildSummary(planned, context))).toBe(
      '## ✅ slice-oas (dry run: not validated, nothing written): 4 slices planned'
    )
    const told = { ...resultOf(2, 0, { dryRun: true }), validated: false }
    expect(firstLine(buildSummary(told, context))).toContain('(dry run: not validated, nothing written)')
    for (const markdown of [validated, failing, planned].flatMap(both)) expectReadable(markdown)
  })

  it('comes before the base comparison, the only heading above it', () => {
    const result = resultOf(2, 1)
    result.comparison = {
      operations: [{ operation: 'GET /pets/0', services: ['pets'], change: 'changed', kinds: ['responses'] }],
      services: [{ service: 'pets', added: 0, removed: 0, changed: 1, unchanged: 2 }],
      changedServices: ['pets'],
      changedOperations: ['GET /pets/0'],
      headline: '1 service changed: pets (1 changed)',
      breaking: { changes: [], causes: [], byService: [], ignored: 0, unmatchedAccepted: [] }
    }
    for (const markdown of both(result)) {
      expectReadable(markdown)
      expect(markdown.indexOf('## ❌')).toBe(0)
      expect(markdown).not.toContain('🔀')
    }
  })

  it('names the spec alone when the commit and run are not known', () => {
    const markdown = buildSummary(resultOf(1, 0), { spec: 'openapi.yaml' })
    expect(markdown.split('\n')[2]).toBe('Spec `openapi.yaml`')
  })
})
