/**
 * changes.json, beside index.csv whenever a base spec is given: every change since the base spec with
 * its service, operation, level, rule, message, fingerprint, and its place in the base and head specs.
 * One entry per change and service, in a fixed order, so identical inputs give an identical file.
 */
import type { SourceLocation } from '../errors.js'
import type { BreakingReview, ReviewedChange } from '../compare/review-changes.js'

export const CHANGES_NAME = 'changes.json'
const FORMAT_VERSION = 1

export interface ChangeEntryLocation {
  file?: string
  line?: number
  column?: number
  pointer: string
}

export interface ChangeEntry {
  service: string
  method: string
  path: string
  level: string
  rule: string
  message: string
  fingerprint: string
  /** The root cause's pointer, shared by every operation one component change affects. */
  cause: string
  base: ChangeEntryLocation | null
  head: ChangeEntryLocation | null
}

function sideOf(
  pointer: string | undefined,
  location: SourceLocation | undefined
): ChangeEntryLocation | null {
  if (pointer === undefined) return null
  return {
    ...(location?.file ? { file: location.file } : {}),
    ...(location?.line ? { line: location.line } : {}),
    ...(location?.column ? { column: location.column } : {}),
    pointer
  }
}

function entriesOf(change: ReviewedChange): ChangeEntry[] {
  const services = change.services.length > 0 ? change.services : ['']
  return services.map(service => ({
    service,
    method: change.operation.method.toUpperCase(),
    path: change.operation.path,
    level: change.level,
    rule: change.rule,
    message: change.message,
    fingerprint: change.fingerprint,
    cause: change.cause,
    base: sideOf(change.base?.pointer, change.baseLocation),
    head: sideOf(change.head?.pointer, change.headLocation)
  }))
}

const ORDER: (keyof ChangeEntry)[] = ['service', 'path', 'method', 'rule', 'cause', 'fingerprint', 'message']

function compareEntries(a: ChangeEntry, b: ChangeEntry): number {
  for (const key of ORDER) {
    const [x, y] = [String(a[key]), String(b[key])]
    if (x !== y) return x < y ? -1 : 1
  }
  return 0
}

export function renderChanges(review: BreakingReview): string {
  const changes = review.changes.flatMap(entriesOf).sort(compareEntries)
  const document = {
    tool: 'slice-oas',
    formatVersion: FORMAT_VERSION,
    classified: review.unavailable === undefined,
    ...(review.unavailable ? { note: review.unavailable } : {}),
    accepted: review.ignored,
    changes
  }
  return JSON.stringify(document, null, 2) + '\n'
}
