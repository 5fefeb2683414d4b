/**
 * What a change does to each service: the same API at the base revision and at the head are sliced per
 * operation and compared by content hash. A changed operation also says how, where that is cheap to
 * name: parameters, request body, responses, security or servers (else "other", such as its docs).
 */
import { createHash } from 'node:crypto'
import type { JsonObject } from '../json-value.js'
import type { OperationInfo } from '../openapi/operations.js'
import { buildSlice } from '../slice/build-slice.js'
import type { SpecIndex } from '../slice/spec-index.js'
import { ResolvedComparator } from '../openapi/resolved-equal.js'
import { resolvedOperation } from '../openapi/resolved-operation.js'
import type { SourceLocation } from '../errors.js'
import {
  NEEDS_BASE_SPEC,
  reviewChanges,
  unavailableReview,
  type BreakingReview,
  type ReviewSettings
} from './review-changes.js'

export type ChangeKind = 'parameters' | 'request body' | 'responses' | 'security' | 'servers' | 'other'
export type OperationChangeType = 'added' | 'removed' | 'changed' | 'unchanged'

export interface OperationChange {
  operation: string
  services: string[]
  change: OperationChangeType
  kinds: ChangeKind[]
}

export interface ServiceChange {
  service: string
  added: number
  removed: number
  changed: number
  unchanged: number
}

export interface Comparison {
  operations: OperationChange[]
  services: ServiceChange[]
  /** Services with anything added, removed or changed, in name order. */
  changedServices: string[]
  /** Operations added, removed or changed, in key order. */
  changedOperations: string[]
  /** One sentence: "3 services changed: orders (2 changed, 1 added), users (1 removed)". */
  headline: string
  /** The changes classified by rule and level, per cause and per service. */
  breaking: BreakingReview
}

export interface ComparedSide {
  index: SpecIndex
  operations: readonly OperationInfo[]
  servicesOf(operation: OperationInfo): string[]
  /** Where pointers of the document sit in its source, for the review's locations. */
  locateAll?(pointers: readonly string[]): Map<string, SourceLocation>
}

/** A base known only from a previous index.csv: each operation's slice hash and services. */
export interface IndexedBase {
  operations: Map<string, { sha256: string; services: string[] }>
  /** The head's hash of an operation, computed as the index computes it. */
  headHash(operation: OperationInfo): string
}

const PARTS: [ChangeKind, string[]][] = [
  ['parameters', ['parameters']],
  ['request body', ['requestBody']],
  ['responses', ['responses']],
  ['security', ['security', '(security schemes)']],
  ['servers', ['servers']]
]

function sliceHash(index: SpecIndex, operation: OperationInfo): string {
  return createHash('sha256')
    .update(JSON.stringify(buildSlice(index, [operation]).document))
    .digest('hex')
}

/** The parts of an operation that differ, resolved through refs; none when neither side resolves. */
function changedParts(
  comparator: ResolvedComparator,
  base: JsonObject,
  head: JsonObject,
  operation: OperationInfo
): ChangeKind[] {
  const before = resolvedOperation(base, operation)
  const after = resolvedOperation(head, operation)
  if (!before || !after) return []
  return PARTS.filter(([, fields]) =>
    fields.some(field => comparator.compare(before[field] ?? null, after[field] ?? null) !== undefined)
  ).map(([kind]) => kind)
}

/** Against a previous index: changed or not by hash; what changed cannot be named from an index. */
export function compareWithIndex(base: IndexedBase, head: ComparedSide): Comparison {
  const operations: OperationChange[] = []
  for (const operation of head.operations) {
    const before = base.operations.get(operation.key)
    const change = !before ? 'added' : before.sha256 === base.headHash(operation) ? 'unchanged' : 'changed'
    operations.push({
      operation: operation.key,
      services: head.servicesOf(operation),
      change,
      kinds: change === 'changed' ? ['other'] : []
    })
  }
  const headKeys = new Set(head.operations.map(op => op.key))
  for (const [key, before] of base.operations) {
    if (!headKeys.has(key))
      operations.push({ operation: key, services: before.services, change: 'removed', kinds: [] })
  }
  return summarizeChanges(operations, unavailableReview(NEEDS_BASE_SPEC))
}

export function compareWithBase(
  base: ComparedSide,
  head: ComparedSide,
  settings: ReviewSettings = {}
): Comparison {
  const baseByKey = new Map(base.operations.map(op => [op.key, op]))
  const headByKey = new Map(head.operations.map(op => [op.key, op]))
  const operations: OperationChange[] = []
  const comparator = new ResolvedComparator(base.index.doc, head.index.doc)
  for (const [key, operation] of headByKey) {
    const before = baseByKey.get(key)
    if (!before) {
      operations.push({ operation: key, services: head.servicesOf(operation), change: 'added', kinds: [] })
      continue
    }
    // A part that differs settles it without building both slices; else their hashes decide.
    const parts = changedParts(comparator, base.index.doc, head.index.doc, operation)
    const same = parts.length === 0 && sliceHash(base.index, before) === sliceHash(head.index, operation)
    operations.push({
      operation: key,
      services: head.servicesOf(operation),
      change: same ? 'unchanged' : 'changed',
      kinds: same ? [] : parts.length > 0 ? parts : ['other']
    })
  }
  for (const [key, operation] of baseByKey) {
    if (!headByKey.has(key))
      operations.push({ operation: key, services: base.servicesOf(operation), change: 'removed', kinds: [] })
  }
  const differing = new Set(operations.filter(op => op.change !== 'unchanged').map(op => op.operation))
  const review = reviewChanges(
    { ...base, doc: base.index.doc },
    { ...head, doc: head.index.doc },
    differing,
    settings
  )
  return summarizeChanges(operations, review)
}

function summarizeChanges(operations: OperationChange[], breaking: BreakingReview): Comparison {
  operations.sort((a, b) => (a.operation < b.operation ? -1 : a.operation > b.operation ? 1 : 0))

  const byService = new Map<string, ServiceChange>()
  for (const change of operations) {
    for (const service of change.services.length > 0 ? change.services : ['(no service)']) {
      const row = byService.get(service) ?? { service, added: 0, removed: 0, changed: 0, unchanged: 0 }
      row[change.change]++
      byService.set(service, row)
    }
  }
  const services = [...byService.values()].sort((a, b) =>
    a.service < b.service ? -1 : a.service > b.service ? 1 : 0
  )
  const changed = services.filter(row => row.added + row.removed + row.changed > 0)
  const describe = (row: ServiceChange) =>
    `${row.service} (${[row.changed && `${row.changed} changed`, row.added && `${row.added} added`, row.removed && `${row.removed} removed`].filter(Boolean).join(', ')})`
  return {
    operations,
    services,
    changedServices: changed.map(row => row.service),
    changedOperations: operations.filter(op => op.change !== 'unchanged').map(op => op.operation),
    headline:
      changed.length === 0
        ? 'No service changed.'
        : `${changed.length} service${changed.length === 1 ? '' : 's'} changed: ${changed.map(describe).join(', ')}`,
    breaking
  }
}
