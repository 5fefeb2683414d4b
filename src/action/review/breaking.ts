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
import { code, count, details, table } from './markdown.js'

/** Services, causes and operations shown; changes.json (and the artifact) list every one. */
export interface BreakingBudget {
  services: number
  causes: number
  operations: number
  /** Whether services with only compatible (info) changes get a block of their own. */
  compatible: boolean
}

export const SUMMARY_BREAKING: BreakingBudget = { services: 20, causes: 15, operations: 30, compatible: true }
export const COMMENT_BREAKING: BreakingBudget = { services: 10, causes: 5, operations: 5, compatible: false }

const ICON: Record<ChangeLevel, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' }

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

/**
 * The verdict line on breaking changes, then one collapsed block per service (most broken first) with
 * its causes, their operations and fingerprints, and the snippet that accepts an intended change.
 */
export function breakingSection(result: BatchResult, budget: BreakingBudget = SUMMARY_BREAKING): string[] {
  const review = result.comparison?.breaking
  if (!review) return []
  if (review.unavailable) return [`> ⚠️ ${review.unavailable}`]
  const lines = [`**Breaking changes:** ${breakingVerdict(result)}.`]
  const gate = result.changeGate
  if (gate?.message) lines.push(`❌ ${gate.message}`)
  if (review.ignored > 0)
    lines.push(`${count(review.ignored, 'change')} accepted in review (\`accepted-changes\`) not shown.`)
  const sorted = [...review.byService].sort(
    (a, b) => b.counts.error - a.counts.error || b.counts.warning - a.counts.warning
  )
  const compatible = sorted.filter(service => service.counts.error + service.counts.warning === 0)
  const services = budget.compatible ? sorted : sorted.filter(service => !compatible.includes(service))
  for (const service of services.slice(0, budget.services)) lines.push(serviceBlock(service, budget))
  if (services.length > budget.services)
    lines.push(`… and ${services.length - budget.services} more services: changes.json lists them.`)
  if (!budget.compatible && compatible.length > 0)
    lines.push(
      `${count(compatible.length, 'service')} ${compatible.length === 1 ? 'has' : 'have'} only compatible changes; the job summary lists them.`
    )
  if (review.causes.length > 0) lines.push(acceptBlock(review))
  return lines
}

function serviceBlock(service: ServiceReview, budget: BreakingBudget): string {
  const { error, warning, info } = service.counts
  const summary = [
    error && count(error, 'error'),
    warning && count(warning, 'warning'),
    info && `${info} info`
  ]
    .filter(Boolean)
    .join(', ')
  const shown = service.causes.slice(0, budget.causes)
  const rows = shown.map(cause => [
    `${ICON[cause.level]} ${cause.level}`,
    code(cause.rule),
    cause.message,
    String(cause.changes.length)
  ])
  const lines = [table(['Level', 'Rule', 'Change', 'Operations'], rows, ['left', 'left', 'left', 'right'])]
  if (service.causes.length > budget.causes)
    lines.push('', `… and ${service.causes.length - budget.causes} more causes: changes.json lists them.`)
  lines.push('', ...operationLines(shown, budget.operations))
  return details(`${service.service}: ${summary}`, lines.join('\n'))
}

/** Each cause's operations and their fingerprints, to accept one in review. */
function operationLines(causes: ReviewedCause[], most: number): string[] {
  const lines: string[] = []
  for (const cause of causes) {
    lines.push(`- ${code(cause.rule)} at ${code(cause.cause)}:`)
    for (const change of cause.changes.slice(0, most))
      lines.push(`  - ${code(change.operation.key)}: fingerprint ${code(change.fingerprint)}`)
    if (cause.changes.length > most)
      lines.push(`  - … and ${cause.changes.length - most} more in changes.json`)
  }
  return lines
}

/** How to accept an intended change: the config snippet with the first breaking cause's fingerprints. */
function acceptBlock(review: BreakingReview): string {
  const cause = review.causes.find(c => c.level === 'error') ?? review.causes[0]
  const snippet = cause.changes
    .slice(0, 3)
    .map(change => `  - fingerprint: ${change.fingerprint}\n    reason: "why this change is intended"`)
  const body = [
    'Add its fingerprint to `accepted-changes` in `slice-oas.config.yaml`; it then stays accepted on every push:',
    '',
    '```yaml',
    'accepted-changes:',
    ...snippet,
    '```'
  ]
  return details('Accept an intended change', body.join('\n'))
}
