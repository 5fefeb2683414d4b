/**
 * The breaking-change review of a base comparison: the classification of the operations that differ,
 * each change given its services, its configured level and its place in both specs; the changes
 * accepted in review dropped (and counted); and the result grouped by cause and by service.
 */
import type { SourceLocation } from '../errors.js'
import type { Finding } from '../findings.js'
import type { JsonObject } from '../json-value.js'
import { defineLazy, type OperationInfo } from '../openapi/operations.js'
import type { AcceptedChange, RuleSetting } from '../config/review-config.js'
import { classifyChanges, groupByCause } from './breaking/classify.js'
import type { ChangeLevel, ClassifiedChange } from './breaking/types.js'

export const LEVELS: readonly ChangeLevel[] = ['error', 'warning', 'info']

export interface ReviewedChange extends ClassifiedChange {
  services: string[]
  /** The rule's own level, when the config set another. */
  defaultLevel?: ChangeLevel
  /** Where the change is in the base spec's source (for removals and changes), when known. */
  baseLocation?: SourceLocation
  /** Where the change is in the head spec's source (for additions and changes), when known. */
  headLocation?: SourceLocation
}

export interface ReviewedCause {
  rule: string
  level: ChangeLevel
  message: string
  cause: string
  services: string[]
  changes: ReviewedChange[]
}

export interface ServiceReview {
  service: string
  /** Causes at each level that touch the service. */
  counts: Record<ChangeLevel, number>
  causes: ReviewedCause[]
}

export interface BreakingReview {
  /** Absent when the base has no spec to classify against: then why, in one sentence. */
  unavailable?: string
  changes: ReviewedChange[]
  causes: ReviewedCause[]
  /** Services with at least one change, in name order. */
  byService: ServiceReview[]
  /** Changes left out because their fingerprint was accepted in review. */
  ignored: number
  /** Accepted fingerprints that matched no change of this comparison. */
  unmatchedAccepted: string[]
}

export interface ReviewSide {
  doc: JsonObject
  operations: readonly OperationInfo[]
  servicesOf(operation: OperationInfo): string[]
  /** Where each pointer sits in the side's source, all at once. */
  locateAll?(pointers: readonly string[]): Map<string, SourceLocation>
}

export interface ReviewSettings {
  breakingRules?: Record<string, RuleSetting>
  acceptedChanges?: readonly AcceptedChange[]
}

export const NEEDS_BASE_SPEC =
  'Classification needs the base spec: the base given is a previous index.csv or artifact, which holds only hashes, so no change is classified.'

/** A review that could not classify: the reason, and nothing else. */
export function unavailableReview(reason: string): BreakingReview {
  return { unavailable: reason, changes: [], causes: [], byService: [], ignored: 0, unmatchedAccepted: [] }
}

/**
 * @param differing the keys of the operations added, removed or changed (by slice hash) since the base.
 */
export function reviewChanges(
  base: ReviewSide,
  head: ReviewSide,
  differing: ReadonlySet<string>,
  settings: ReviewSettings
): BreakingReview {
  const classified = classifyChanges(
    { doc: base.doc, operations: base.operations },
    { doc: head.doc, operations: head.operations },
    { changed: differing }
  )
  const baseByKey = new Map(base.operations.map(op => [op.key, op]))
  const headByKey = new Map(head.operations.map(op => [op.key, op]))
  const accepted = new Set((settings.acceptedChanges ?? []).map(entry => entry.fingerprint))
  const matched = new Set<string>()
  const changes: ReviewedChange[] = []
  const [basePointers, headPointers] = [new Set<string>(), new Set<string>()]
  const [baseLocate, headLocate] = [batchLocator(base, basePointers), batchLocator(head, headPointers)]
  let ignored = 0
  for (const change of classified) {
    const setting = settings.breakingRules?.[change.rule]
    if (setting === 'off') continue
    if (accepted.has(change.fingerprint)) {
      matched.add(change.fingerprint)
      ignored++
      continue
    }
    const headOp = headByKey.get(change.operation.key)
    const reviewed: ReviewedChange = {
      ...change,
      level: setting ?? change.level,
      ...(setting && setting !== change.level ? { defaultLevel: change.level } : {}),
      services: headOp ? head.servicesOf(headOp) : base.servicesOf(baseByKey.get(change.operation.key)!)
    }
    if (change.base) basePointers.add(change.base.pointer)
    if (change.head) headPointers.add(change.head.pointer)
    locateSide(reviewed, 'baseLocation', change.base?.pointer, baseLocate)
    locateSide(reviewed, 'headLocation', change.head?.pointer, headLocate)
    changes.push(reviewed)
  }
  const causes = groupByCause(changes).map(group => {
    const members = group.changes as ReviewedChange[]
    const services = [...new Set(members.flatMap(change => change.services))].sort()
    return { ...group, level: members[0].level, services, changes: members }
  })
  const unmatchedAccepted = [...accepted].filter(fingerprint => !matched.has(fingerprint))
  return { changes, causes, byService: reviewByService(causes), ignored, unmatchedAccepted }
}

/**
 * The places of a side's changes, found together on the first read (one scan of a JSON text finds all):
 * changes.json reads them all, a dry run none.
 */
function batchLocator(
  side: ReviewSide,
  pointers: Set<string>
): ((pointer: string) => SourceLocation | undefined) | undefined {
  const locateAll = side.locateAll
  if (!locateAll) return undefined
  let located: Map<string, SourceLocation> | undefined
  return pointer => (located ??= locateAll([...pointers])).get(pointer)
}

function locateSide(
  change: ReviewedChange,
  key: 'baseLocation' | 'headLocation',
  pointer: string | undefined,
  locate: ((pointer: string) => SourceLocation | undefined) | undefined
): void {
  if (pointer === undefined || !locate) return
  defineLazy(change, key, () => locate(pointer))
}

function reviewByService(causes: ReviewedCause[]): ServiceReview[] {
  const byService = new Map<string, ServiceReview>()
  for (const cause of causes) {
    for (const service of cause.services.length > 0 ? cause.services : ['(no service)']) {
      let row = byService.get(service)
      if (!row)
        byService.set(service, (row = { service, counts: { error: 0, warning: 0, info: 0 }, causes: [] }))
      row.counts[cause.level]++
      row.causes.push(cause)
    }
  }
  return [...byService.values()].sort((a, b) => (a.service < b.service ? -1 : a.service > b.service ? 1 : 0))
}

/** Whether a level is at or above the threshold (error > warning > info). */
export function atOrAbove(level: ChangeLevel, threshold: ChangeLevel): boolean {
  return LEVELS.indexOf(level) <= LEVELS.indexOf(threshold)
}

/** Services the headline names; the rest are counted. */
const HEADLINE_SERVICES = 5

/**
 * "2 services have breaking changes: orders (3), users (1)": the most broken first, five at most, with
 * the count of the others; undefined when none has.
 */
export function breakingHeadline(review: BreakingReview): string | undefined {
  const breaking = review.byService
    .filter(row => row.counts.error > 0)
    .sort((a, b) => b.counts.error - a.counts.error || (a.service < b.service ? -1 : 1))
  if (breaking.length === 0) return undefined
  const one = breaking.length === 1
  const named = breaking.slice(0, HEADLINE_SERVICES).map(row => `${row.service} (${row.counts.error})`)
  const more = breaking.length - named.length
  return `${breaking.length} service${one ? ' has' : 's have'} breaking changes: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`
}

/** What the run says about its review: classification was not possible, or accepted changes match nothing. */
export function reviewNotes(review: BreakingReview | undefined): Finding[] {
  if (!review) return []
  if (review.unavailable)
    return [{ code: 'REVIEW_NEEDS_BASE_SPEC', severity: 'warning', message: review.unavailable }]
  return review.unmatchedAccepted.map(fingerprint => ({
    code: 'REVIEW_ACCEPTED_UNUSED',
    severity: 'info',
    message: `The accepted change ${fingerprint} matches no change since the base spec; remove it from accepted-changes once it is no longer needed.`
  }))
}

/** The services with a breaking (error-level) change, in name order. */
export function breakingServices(review: BreakingReview | undefined): string[] {
  return (review?.byService ?? []).filter(row => row.counts.error > 0).map(row => row.service)
}

/** The operations with a breaking (error-level) change, as "METHOD /path", in key order. */
export function breakingOperations(review: BreakingReview | undefined): string[] {
  const keys = (review?.changes ?? []).filter(change => change.level === 'error').map(c => c.operation.key)
  return [...new Set(keys)].sort()
}
