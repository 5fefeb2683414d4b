/**
 * The job step summary, as Markdown: a verdict, totals, one row per service, the failures, the changes
 * since the previous run, and the artifact link. Every list is capped, so it stays far under the
 * runner's 1 MiB limit however large the batch.
 */
import path from 'node:path'
import {
  defaultService,
  describeError,
  isSliceOasError,
  failureCauses,
  operationLabel,
  type BatchResult,
  type CauseGroup,
  type Comparison,
  type SliceResult
} from '../engine/index.js'
import type { UploadedArtifact } from './artifact.js'

export const SUMMARY_LIMIT_BYTES = 1024 * 1024
const MAX_ROWS = 100
const MAX_NAMES = 50

function cell(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')
  return flat.length > 200 ? flat.slice(0, 197) + '…' : flat
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(row => `| ${row.map(cell).join(' | ')} |`)
  ].join('\n')
}

/**
 * The services a slice belongs to: from the service map when there is one, else its group with tag or
 * prefix grouping, else its first tag, else its first path segment.
 */
function servicesOf(slice: SliceResult): string[] {
  if (slice.services.length > 0) return slice.services
  return [serviceOf(slice)]
}

function serviceOf(slice: SliceResult): string {
  if (slice.kind !== 'operation') return slice.label
  const operation = slice.operations[0]
  return defaultService(operation.tags, operation.path)
}

function names(list: string[]): string {
  if (list.length === 0) return 'none'
  const shown = list
    .slice(0, MAX_NAMES)
    .map(name => `\`${name}\``)
    .join(', ')
  return list.length > MAX_NAMES ? `${shown} and ${list.length - MAX_NAMES} more` : shown
}

/** Operations listed under a cause, in its collapsed cell. */
const MAX_LISTED = 20

/**
 * One row per cause: where the defect is, the phase, the reason, and the operations it fails (their
 * list collapsed in a `<details>`, written as one line so the table holds it).
 */
function failureTable(causes: CauseGroup[]): string {
  const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\|/g, '&#124;')
  const rows = causes.map(cause => {
    const listed = cause.operations.slice(0, MAX_LISTED).map(op => html(operationLabel(op)))
    const more = cause.operations.length - listed.length
    if (more > 0) listed.push(`… and ${more} more`)
    return `| ${[causePlace(cause), cause.phase, cause.reason].map(cell).join(' | ')} | <details><summary>${cause.operations.length}</summary>${listed.join('<br>')}</details> |`
  })
  return ['| Cause | Phase | Reason | Operations |', '| --- | --- | --- | --- |', ...rows].join('\n')
}

/** The source defect's pointer and line; a failure the slice brought has no place in the source. */
function causePlace(cause: CauseGroup): string {
  if (!cause.inSource) return 'the slice'
  const location = cause.location
  const line = location?.line !== undefined ? `:${location.line}` : ''
  const where = location ? `\`${workspaceFile(location.file)}${line}\`` : ''
  const pointer = cause.pointer !== undefined ? `\`#${cause.pointer}\`` : ''
  return [pointer, where].filter(Boolean).join(' at ')
}

/** A file as the workflow's reader knows it: relative to the workspace the job runs in. */
function workspaceFile(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative && !relative.startsWith('..') ? relative : path.basename(file)
}

export interface ReviewContext {
  spec: string
  sha?: string
  runUrl?: string
  artifact?: UploadedArtifact
  artifactNote?: string
}

/** The line under the verdict: which spec, which commit, which run. */
function contextLine(context: ReviewContext): string {
  const parts = [`\`${context.spec || 'the spec'}\``]
  if (context.sha) parts.push(`commit \`${context.sha.slice(0, 7)}\``)
  if (context.runUrl) parts.push(`[run](${context.runUrl})`)
  return parts.join(' · ')
}

export function buildComment(result: BatchResult, context: ReviewContext = { spec: '' }): string {
  return buildSummary(result, context)
}

/** A sentence shown as text: nothing in it may turn into markup (a `~` pair strikes text through). */
function plain(text: string): string {
  return text.replace(/[\\`*_~[\]<>|]/g, char => `\\${char}`)
}

/** An early failure, with no result: what failed, where, and what to do. */
export function buildFailureReport(error: unknown, context: ReviewContext = { spec: '' }): string {
  const code = isSliceOasError(error) ? error.code : 'INTERNAL'
  const sentence = isSliceOasError(error) ? error.message : describeError(error)
  const location = isSliceOasError(error) ? error.location : undefined
  const where = location?.line
    ? `\n\nWhere: \`${workspaceFile(location.file)}:${location.line}${location.column ? `:${location.column}` : ''}\``
    : ''
  const fix =
    code === 'INTERNAL'
      ? 'This is a bug in slice-oas: please report it with the log of this run.'
      : 'Fix what the sentence above names and push again; this comment is updated on the next run.'
  return `## ❌ slice-oas failed: ${code}\n\n${contextLine(context)}\n\n**What failed:** ${plain(sentence)}${where}\n\n**How to fix it:** ${fix}\n`
}

export function buildSummary(result: BatchResult, context: ReviewContext = { spec: '' }): string {
  const { artifact, artifactNote } = context
  const parts: string[] = [`## ${verdict(result)}`, contextLine(context)]
  if (result.comparison) parts.push(...comparisonParts(result.comparison))
  parts.push(totalsTable(result), ...serviceParts(result))
  parts.push(...failureParts(result), ...changeParts(result))
  if (artifact) parts.push(`📦 Artifact: [${artifact.name}](${artifact.url}) (${artifact.files} files)`)
  else if (artifactNote) parts.push(`📦 ${artifactNote}`)

  let markdown = parts.join('\n\n') + '\n'
  if (Buffer.byteLength(markdown) > SUMMARY_LIMIT_BYTES) {
    markdown =
      markdown.slice(0, SUMMARY_LIMIT_BYTES / 2) +
      '\n\n… the summary was cut short; index.csv has everything.\n'
  }
  return markdown
}

function verdict(result: BatchResult): string {
  return result.dryRun
    ? `🔎 slice-oas dry run: ${result.total} slice(s) would be written`
    : result.passed
      ? `✅ slice-oas: ${result.extracted} slice(s) written, pass rate ${result.passRate}%`
      : result.stoppedBy
        ? `⛔ slice-oas stopped early: ${result.stoppedBy}`
        : `❌ slice-oas: pass rate ${result.passRate}% is below the minimum of ${result.minPassRate}% (${result.failed} slice(s) failed)`
}

function comparisonParts(comparison: Comparison): string[] {
  const parts = [`### 🔀 ${comparison.headline}`]
  parts.push(
    table(
      ['Service', 'Added', 'Removed', 'Changed', 'Unchanged'],
      comparison.services
        .slice(0, MAX_ROWS)
        .map(row => [
          row.service,
          String(row.added),
          String(row.removed),
          String(row.changed),
          String(row.unchanged)
        ])
    )
  )
  const changed = comparison.operations.filter(op => op.change !== 'unchanged')
  if (changed.length > 0) {
    parts.push(
      table(
        ['Operation', 'Service', 'Change', 'What changed'],
        changed
          .slice(0, MAX_ROWS)
          .map(op => [`\`${op.operation}\``, op.services.join(', '), op.change, op.kinds.join(', ')])
      )
    )
    if (changed.length > MAX_ROWS) parts.push(`… and ${changed.length - MAX_ROWS} more changed operations.`)
  }
  return parts
}

function totalsTable(result: BatchResult): string {
  const seconds = result.elapsedMs / 1000
  return table(
    ['Operations', 'Slices', 'Written', 'Failed', 'Skipped', 'Pass rate', 'Time'],
    [
      [
        String(result.operations),
        String(result.total),
        String(result.extracted),
        String(result.failed),
        String(result.skipped),
        `${result.passRate}%`,
        `${seconds.toFixed(1)} s`
      ]
    ]
  )
}

function serviceParts(result: BatchResult): string[] {
  const services = new Map<string, { operations: number; written: number; failed: number }>()
  for (const slice of result.slices) {
    for (const key of servicesOf(slice)) {
      const row = services.get(key) ?? { operations: 0, written: 0, failed: 0 }
      row.operations += slice.operations.length
      if (slice.status === 'PASS') row.written++
      if (slice.status === 'FAIL') row.failed++
      services.set(key, row)
    }
  }
  const serviceRows = [...services.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const parts = ['### By service']
  parts.push(
    table(
      ['Service', 'Operations', 'Slices written', 'Failed'],
      serviceRows
        .slice(0, MAX_ROWS)
        .map(([name, row]) => [name, String(row.operations), String(row.written), String(row.failed)])
    )
  )
  if (serviceRows.length > MAX_ROWS) parts.push(`… and ${serviceRows.length - MAX_ROWS} more services.`)
  return parts
}

function failureParts(result: BatchResult): string[] {
  if (result.failures.length === 0) return []
  const causes = failureCauses(result.failures)
  const parts = ['### Failures', failureTable(causes.slice(0, MAX_ROWS))]
  if (causes.length > MAX_ROWS)
    parts.push(`… and ${causes.length - MAX_ROWS} more; \`index.csv\` lists every one.`)
  return parts
}

function changeParts(result: BatchResult): string[] {
  if (!result.hasPreviousRun) return []
  return [
    '### Changes since the previous run',
    `- Added (${result.added.length}): ${names(result.added)}`,
    `- Changed (${result.changed.length}): ${names(result.changed)}`,
    `- Removed (${result.removed.length}): ${names(result.removed)}`,
    `- Unchanged: ${result.unchanged.length}`
  ]
}
