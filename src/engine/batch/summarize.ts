/** The summary of a run: its slices in file order, the totals, the gate, and its notes once each. */
import type { Comparison } from '../compare/compare-base.js'
import type { Finding } from '../findings.js'
import { methodName } from '../openapi/operations.js'
import type { BatchRequest } from '../request.js'
import { changeGate, passGate } from './pass-gate.js'
import type { BatchResult, SliceResult } from './result.js'

export interface SummaryInput {
  request: BatchRequest
  outputDir: string
  indexPath?: string
  changesPath?: string
  slices: SliceResult[]
  notes: Finding[]
  started: number
  dryRun: boolean
  removed: string[]
  hasPreviousRun: boolean
  threads: number
  stoppedBy?: string
  serviceCounts: { service: string; operations: number }[]
  comparison?: Comparison
}

export function summarize(input: SummaryInput): BatchResult {
  const slices = [...input.slices].sort((a, b) =>
    a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0
  )
  const passed = slices.filter(slice => slice.status === 'PASS')
  const failed = slices.filter(slice => slice.status === 'FAIL')
  const attempted = passed.length + failed.length
  const gate = passGate({
    passed: passed.length,
    failed: failed.length,
    minPassRate: input.request.minPassRate,
    stopped: input.stoppedBy !== undefined
  })
  const seen = new Set<string>()
  const notes = [...input.notes, ...slices.flatMap(slice => slice.notes)].filter(note => {
    const key = `${note.code}\0${note.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return {
    total: slices.length,
    operations: slices.reduce((sum, slice) => sum + slice.operations.length, 0),
    extracted: passed.length,
    failed: failed.length,
    skipped: slices.length - attempted,
    passRate: gate.passRate,
    minPassRate: input.request.minPassRate,
    passed: gate.passed,
    elapsedMs: Date.now() - input.started,
    outputDir: input.outputDir,
    indexPath: input.indexPath,
    dryRun: input.dryRun,
    validated: true,
    failures: failed.flatMap(slice =>
      slice.operations.map(op => ({
        path: op.path,
        method: methodName(op.method),
        phase: slice.failures[0].phase,
        reason: slice.failures[0].reason,
        location: op.location,
        fileName: slice.fileName,
        cause: slice.failures[0].cause
      }))
    ),
    files: passed.map(slice => slice.fileName),
    added: passed.filter(slice => slice.change === 'added').map(slice => slice.fileName),
    changed: passed.filter(slice => slice.change === 'changed').map(slice => slice.fileName),
    removed: input.removed,
    hasPreviousRun: input.hasPreviousRun,
    threads: input.threads,
    unchanged: passed.filter(slice => slice.change === 'unchanged').map(slice => slice.fileName),
    notes,
    slices,
    stoppedBy: input.stoppedBy,
    ...(input.serviceCounts.length > 0 ? { serviceCounts: input.serviceCounts } : {}),
    ...(input.comparison ? { comparison: input.comparison } : {}),
    ...(input.changesPath ? { changesPath: input.changesPath } : {}),
    changeGate: changeGate(input.comparison?.breaking, input.request.failOnChange)
  }
}
