import { describe, expect, it } from '@jest/globals'
import { annotate, MAX_ANNOTATIONS_PER_LEVEL } from '../../src/action/annotations.js'
import type { ActionLog } from '../../src/action/log.js'
import { ActionProgress } from '../../src/action/progress.js'
import { buildSummary, SUMMARY_LIMIT_BYTES } from '../../src/action/summary.js'
import type { BatchResult, SliceResult } from '../../src/engine/index.js'
import { gfmProblems } from '../helpers/gfm-check.js'

function recordingLog() {
  const lines: { level: string; message: string; props?: object }[] = []
  const log: ActionLog = {
    info: message => lines.push({ level: 'info', message }),
    debug: message => lines.push({ level: 'debug', message }),
    notice: (message, props) => lines.push({ level: 'notice', message, props }),
    warning: (message, props) => lines.push({ level: 'warning', message, props }),
    error: (message, props) => lines.push({ level: 'error', message, props }),
    startGroup: message => lines.push({ level: 'group', message }),
    endGroup: () => lines.push({ level: 'endgroup', message: '' })
  }
  return { log, lines }
}

function bigResult(failures: number, warnings: number): BatchResult {
  const slices: SliceResult[] = Array.from({ length: failures }, (_, i) => ({
    groupId: `GET /svc${i % 300}/op${i}`,
    kind: 'operation',
    label: `GET /svc${i % 300}/op${i}`,
    fileName: `svc${i}_GET.yaml`,
    operations: [
      {
        key: `GET /svc${i % 300}/op${i}`,
        source: 'path',
        path: `/svc${i % 300}/op${i}`,
        method: 'get',
        tags: [`team-${i % 300}`],
        deprecated: false,
        tokens: []
      }
    ],
    services: [],
    status: 'FAIL',
    failures: [{ phase: 'references', reason: 'x'.repeat(300) }],
    notes: [],
    elapsedMs: 1
  }))
  return {
    total: failures,
    operations: failures,
    extracted: 0,
    threads: 1,
    failed: failures,
    skipped: 0,
    passRate: 0,
    minPassRate: 100,
    passed: false,
    elapsedMs: 1000,
    outputDir: '/out',
    dryRun: false,
    failures: slices.map(slice => ({
      path: slice.operations[0].path,
      method: 'GET',
      phase: 'references',
      reason: 'x'.repeat(300),
      fileName: slice.fileName,
      location: { file: '/ws/api.yaml', line: 10, column: 3 }
    })),
    files: [],
    added: Array.from({ length: 5000 }, (_, i) => `added-${i}.yaml`),
    changed: [],
    removed: [],
    unchanged: [],
    hasPreviousRun: true,
    notes: Array.from({ length: warnings }, (_, i) => ({
      code: 'FILE_NAME_COLLISION',
      severity: 'warning' as const,
      message: `collision ${i}`
    })),
    slices
  }
}

describe('annotations', () => {
  it('caps errors and warnings at 10 each, then says how many more, pointing at file and line', () => {
    const { log, lines } = recordingLog()
    annotate(bigResult(25, 13), log, '/ws')
    const errors = lines.filter(line => line.level === 'error')
    expect(errors).toHaveLength(MAX_ANNOTATIONS_PER_LEVEL)
    expect(errors[0].props).toEqual({
      title: 'slice-oas: references',
      file: 'api.yaml',
      startLine: 10,
      startColumn: 3
    })
    expect(lines.filter(line => line.level === 'warning')).toHaveLength(MAX_ANNOTATIONS_PER_LEVEL)
    const notices = lines.filter(line => line.level === 'notice')
    expect(notices.map(line => line.message)).toEqual([
      '15 more failed operation(s) and 3 more warning(s) are not annotated; the job summary and index.csv list them all.'
    ])
  })
})

describe('the step summary', () => {
  it('stays under 1 MiB however large the batch, and names what it leaves out', () => {
    const summary = buildSummary(bigResult(100_000, 0), { spec: 'api.yaml' })
    expect(Buffer.byteLength(summary)).toBeLessThan(SUMMARY_LIMIT_BYTES)
    expect(gfmProblems(summary)).toEqual([])
    expect(summary.split('\n')[0]).toBe(
      '## ❌ slice-oas: pass rate 0% is below the minimum of 100% (100,000 slices failed)'
    )
    expect(summary).toContain('… and 99,900 more causes; `index.csv` lists every one.')
    expect(summary).toContain('… and 200 more services; `index.csv` lists every one.')
    expect(summary).toContain('and 4,950 more')
  })
})

/** Three operations failing from one defect of the source (errors.yaml line 12), one from its own. */
function sharedCauseResult(): BatchResult {
  const result = bigResult(4, 0)
  const cause = {
    key: 'references:/components/schemas/Problem/properties/detail/$ref',
    inSource: true,
    pointer: '/components/schemas/Problem/properties/detail/$ref',
    location: { file: '/ws/errors.yaml', line: 12, column: 9 },
    message: "the source document's reference #/x resolves nowhere"
  }
  result.failures = result.failures.map((failure, i) => ({
    ...failure,
    path: `/op${i}`,
    ...(i < 3 ? { reason: cause.message, cause } : {})
  }))
  return result
}

describe('failures by cause', () => {
  it('annotates each cause once, on the defect’s file and line, naming the operations', () => {
    const { log, lines } = recordingLog()
    annotate(sharedCauseResult(), log, '/ws')
    const errors = lines.filter(line => line.level === 'error')
    expect(errors).toHaveLength(2)
    expect(errors[0].props).toEqual({
      title: 'slice-oas: references',
      file: 'errors.yaml',
      startLine: 12,
      startColumn: 9
    })
    expect(errors[0].message).toBe(
      "`#/components/schemas/Problem/properties/detail/$ref` at `errors.yaml:12`: [references] the source document's reference #/x resolves nowhere; 3 operations affected: GET /op0, GET /op1, GET /op2"
    )
    expect(errors[1].props).toMatchObject({ file: 'api.yaml', startLine: 10 })
  })

  it('gives the summary one entry per cause, with its operations folded under their count', () => {
    const summary = buildSummary(sharedCauseResult(), { spec: 'api.yaml' })
    expect(gfmProblems(summary)).toEqual([])
    const entries = summary.split('\n').filter(line => /^\*\*\d+ operations?\*\* · /.test(line))
    expect(entries).toEqual([
      '**3 operations** · references · `errors.yaml:12`<br>',
      '**1 operation** · references · in the slice<br>'
    ])
    expect(summary).toContain(
      '<summary>The 3 operations</summary>\n\n- `GET /op0`\n- `GET /op1`\n- `GET /op2`\n\n</details>'
    )
    expect(summary).toContain('<summary>The operation</summary>\n\n- `GET /op3`\n\n</details>')
  })
})

describe('log progress', () => {
  it('is a group of lines every 5% or 2 seconds, never one per slice', () => {
    const { log, lines } = recordingLog()
    let now = 0
    const progress = new ActionProgress(log, () => now)
    progress.start({
      total: 10_000,
      operations: 10_000,
      spec: { file: 'a', sourceVersion: '3.0.3', format: 'yaml' },
      outputVersion: '3.0'
    })
    for (let done = 1; done <= 10_000; done++) {
      now += 1
      progress.update(done)
    }
    progress.finish()
    const info = lines.filter(line => line.level === 'info')
    expect(info.length).toBeGreaterThanOrEqual(20)
    expect(info.length).toBeLessThanOrEqual(26)
    expect(lines[0].level).toBe('group')
    expect(lines.at(-1)!.level).toBe('endgroup')
    expect(info.at(-1)!.message).toMatch(/^10000\/10000 \(100%\)/)
  })
})
