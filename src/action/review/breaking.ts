/**
 * The breaking-change part of the review (job summary and pull-request comment): the verdict line, then
 * per service its causes (rule, level, message, pointer), the operations each affects and their
 * fingerprints in `<details>`, and the config snippet that accepts an intended change.
 */
import {
  breakingHeadline,
  type BatchResult,
  type BreakingReview,
  type ChangeLevel,
  type ReviewedCause,
  type ServiceReview
} from '../../engine/index.js'

/** Services and causes shown in full; changes.json (and the artifact) list every one. */
const MAX_SERVICES = 20
const MAX_CAUSES = 15
const MAX_OPERATIONS = 30

const ICON: Record<ChangeLevel, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' }

/** Text inside a code span: backticks and pipes would end it or the table cell. */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``
}

/** A sentence for a table cell: pipes escaped, on one line. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')
}

function counted(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/**
 * "2 services have breaking changes: orders (3), users (1)"; "No breaking change since the base spec"
 * otherwise; the reason when nothing could be classified; undefined without a base spec.
 */
export function breakingVerdict(result: BatchResult): string | undefined {
  const review = result.comparison?.breaking
  if (!review) return undefined
  if (review.unavailable) return 'Breaking changes not classified: the base is not a spec'
  return breakingHeadline(review) ?? 'No breaking change since the base spec'
}

export function breakingSection(result: BatchResult): string[] {
  const review = result.comparison?.breaking
  if (!review) return []
  const lines = ['### Changes since the base spec, by level', '']
  if (review.unavailable) return [...lines, `> ⚠️ ${review.unavailable}`, '']
  lines.push(`**${breakingVerdict(result)}.**`, '')
  const gate = result.changeGate
  if (gate?.message) lines.push(`❌ ${gate.message}`, '')
  if (review.ignored > 0)
    lines.push(
      `${counted(review.ignored, 'change')} accepted in review (\`accepted-changes\`) not shown.`,
      ''
    )
  const services = [...review.byService].sort(
    (a, b) => b.counts.error - a.counts.error || b.counts.warning - a.counts.warning
  )
  for (const service of services.slice(0, MAX_SERVICES)) lines.push(...serviceLines(service))
  if (services.length > MAX_SERVICES)
    lines.push(`… and ${services.length - MAX_SERVICES} more services: changes.json lists them.`, '')
  if (review.causes.length > 0) lines.push(...acceptLines(review))
  return lines
}

function serviceLines(service: ServiceReview): string[] {
  const { error, warning, info } = service.counts
  const summary = [
    error && counted(error, 'error'),
    warning && counted(warning, 'warning'),
    info && `${info} info`
  ]
    .filter(Boolean)
    .join(', ')
  const lines = [`#### ${service.service}: ${summary}`, '']
  const shown = service.causes.slice(0, MAX_CAUSES)
  lines.push('| Level | Rule | Change | Where | Operations |', '|---|---|---|---|--:|')
  for (const cause of shown)
    lines.push(
      `| ${ICON[cause.level]} ${cause.level} | ${code(cause.rule)} | ${cell(cause.message)} | ${code(cause.cause)} | ${cause.changes.length} |`
    )
  if (service.causes.length > MAX_CAUSES)
    lines.push('', `… and ${service.causes.length - MAX_CAUSES} more causes: changes.json lists them.`)
  lines.push('', ...operationDetails(shown), '')
  return lines
}

function operationDetails(causes: ReviewedCause[]): string[] {
  const lines = ['<details><summary>Operations and fingerprints</summary>', '']
  for (const cause of causes) {
    lines.push(`- ${code(cause.rule)} at ${code(cause.cause)}:`)
    for (const change of cause.changes.slice(0, MAX_OPERATIONS))
      lines.push(`  - ${code(change.operation.key)}: fingerprint ${code(change.fingerprint)}`)
    if (cause.changes.length > MAX_OPERATIONS)
      lines.push(`  - … and ${cause.changes.length - MAX_OPERATIONS} more in changes.json`)
  }
  return [...lines, '', '</details>']
}

/** How to accept an intended change: the config snippet with the first breaking cause's fingerprints. */
function acceptLines(review: BreakingReview): string[] {
  const cause = review.causes.find(c => c.level === 'error') ?? review.causes[0]
  const snippet = cause.changes
    .slice(0, 3)
    .map(change => `  - fingerprint: ${change.fingerprint}\n    reason: "why this change is intended"`)
  return [
    '<details><summary>Accept an intended change</summary>',
    '',
    'Add its fingerprint to `accepted-changes` in `slice-oas.config.yaml`; it then stays accepted on every push:',
    '',
    '```yaml',
    'accepted-changes:',
    ...snippet,
    '```',
    '',
    '</details>',
    ''
  ]
}
