/** Small batch results for the review's tests, and the checks every review must pass. */
import { expect } from '@jest/globals'
import type { BatchResult, FailedOperation, SliceResult } from '../../../src/engine/index.js'
import { gfmProblems } from '../../helpers/gfm-check.js'

export const context = {
  spec: 'api/openapi.yaml',
  sha: '0123456789abcdef0123',
  runUrl: 'https://github.com/acme/shop/actions/runs/42'
}

function slice(i: number, status: SliceResult['status']): SliceResult {
  const path = `/pets/${i}`
  return {
    groupId: `GET ${path}`,
    kind: 'operation',
    label: `GET ${path}`,
    fileName: `pets_${i}_GET.yaml`,
    operations: [
      {
        key: `GET ${path}`,
        source: 'path',
        path,
        method: 'get',
        tags: ['pets'],
        deprecated: false,
        tokens: []
      }
    ],
    services: [],
    status,
    failures: status === 'FAIL' ? [{ phase: 'references', reason: 'broken' }] : [],
    notes: [],
    elapsedMs: 1
  }
}

/** `passed` slices that passed and `failed` that failed, judged against `minPassRate`. */
export function resultOf(passed: number, failed: number, extra: Partial<BatchResult> = {}): BatchResult {
  const slices = [
    ...Array.from({ length: passed }, (_, i) => slice(i, 'PASS')),
    ...Array.from({ length: failed }, (_, i) => slice(passed + i, 'FAIL'))
  ]
  const failures: FailedOperation[] = slices
    .filter(one => one.status === 'FAIL')
    .map(one => ({
      path: one.operations[0].path,
      method: 'GET',
      phase: 'references',
      reason: 'broken',
      fileName: one.fileName
    }))
  const total = passed + failed
  const passRate = total === 0 ? 100 : Math.floor((passed / total) * 10000) / 100
  const minPassRate = extra.minPassRate ?? 100
  return {
    total,
    operations: total,
    extracted: passed,
    failed,
    skipped: 0,
    passRate,
    minPassRate,
    passed: passRate >= minPassRate,
    elapsedMs: 1500,
    outputDir: '/ws/out',
    dryRun: false,
    failures,
    files: slices.filter(one => one.status === 'PASS').map(one => one.fileName),
    added: [],
    changed: [],
    removed: [],
    unchanged: slices.filter(one => one.status === 'PASS').map(one => one.fileName),
    hasPreviousRun: true,
    notes: [],
    slices,
    threads: 2,
    ...extra
  }
}

/** What every summary, comment and failure report must be: verdict first, then spec, commit and run. */
export function expectReadable(markdown: string, options: { maxLinesBeforeDetails?: number } = {}): void {
  expect(gfmProblems(markdown, options)).toEqual([])
  const lines = markdown.split('\n')
  expect(lines[0]).toMatch(/^## (✅|⚠️|❌) /)
  const head = lines.slice(1, 4).join('\n')
  expect(head).toContain('`api/openapi.yaml`')
  expect(head).toContain('`0123456`')
  expect(head).toContain(`[run](${context.runUrl})`)
  expect(markdown).not.toMatch(/\(s\)/)
}
