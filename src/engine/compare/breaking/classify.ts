/**
 * Every difference between the base and the head operations, each with a rule and a level, and the
 * same differences grouped by root cause.
 */
import { createHash } from 'node:crypto'
import type { OperationInfo } from '../../openapi/operations.js'
import { compareRequestBody, compareResponses } from './bodies.js'
import { message, type Found } from './found.js'
import { compareLifecycle, removalRule } from './lifecycle.js'
import { operationSide, type OperationPair } from './operation-pair.js'
import { compareParameters, templateNames } from './parameters.js'
import { levelOf } from './rules.js'
import { SchemaDiffer } from './schema-diff.js'
import { compareSecurity } from './security.js'
import { compareServers } from './servers.js'
import type { ChangeLevel, ClassifiedChange, ClassifyInput } from './types.js'

export interface ChangeCause {
  rule: string
  level: ChangeLevel
  message: string
  cause: string
  changes: ClassifiedChange[]
}

export interface ClassifyOptions {
  /** The day sunset dates are measured against (today by default). */
  now?: Date
  /**
   * Keys of the operations known to differ (their slices' hashes differ); the others are not walked.
   * Without it every operation on both sides is compared.
   */
  changed?: ReadonlySet<string>
}

export function fingerprintOf(rule: string, operationKey: string, cause: string): string {
  return createHash('sha256').update(`${rule}\n${operationKey}\n${cause}`).digest('hex').slice(0, 16)
}

function toChange(found: Found, operation: OperationInfo): ClassifiedChange {
  return {
    rule: found.rule,
    level: levelOf(found.rule),
    message: found.message,
    operation: { key: operation.key, method: operation.method, path: operation.path },
    cause: found.cause,
    ...(found.base !== undefined ? { base: { pointer: found.base } } : {}),
    ...(found.head !== undefined ? { head: { pointer: found.head } } : {}),
    fingerprint: fingerprintOf(found.rule, operation.key, found.cause)
  }
}

/** The same path whatever its parameters are called: `path /pets/{}`. */
const pathKey = (op: OperationInfo) => `${op.source} ${op.path.replace(/\{[^}]*\}/g, '{}')}`
const templateKey = (op: OperationInfo) => `${op.method} ${pathKey(op)}`

/** Base and head operations paired by key, then by path template for those renamed in it only. */
function matchOperations(base: ClassifyInput, head: ClassifyInput) {
  const headByKey = new Map(head.operations.map(op => [op.key, op]))
  const pairs: [OperationInfo, OperationInfo][] = []
  const removed: OperationInfo[] = []
  const matchedHead = new Set<string>()
  for (const op of base.operations) {
    const other = headByKey.get(op.key)
    if (other) {
      pairs.push([op, other])
      matchedHead.add(other.key)
    } else removed.push(op)
  }
  const unmatched = new Map<string, OperationInfo>()
  for (const op of head.operations) if (!matchedHead.has(op.key)) unmatched.set(templateKey(op), op)
  const stillRemoved: OperationInfo[] = []
  for (const op of removed) {
    const other = unmatched.get(templateKey(op))
    if (other) {
      pairs.push([op, other])
      unmatched.delete(templateKey(op))
    } else stillRemoved.push(op)
  }
  return { pairs, removed: stillRemoved, added: [...unmatched.values()] }
}

const FAMILIES = [
  compareLifecycle,
  compareParameters,
  compareRequestBody,
  compareResponses,
  compareSecurity,
  compareServers
]

function compareOperation(pair: OperationPair): void {
  const { base, head } = pair
  if (base.info.path !== head.info.path) {
    const names = templateNames(base.info.path)
    const renamed = templateNames(head.info.path)
      .map((name, i) => (names[i] !== name ? `\`${names[i]}\` → \`${name}\`` : ''))
      .filter(Boolean)
    pair.out.push({
      rule: 'api-path-parameter-renamed',
      message: message(head.operation.cause, `path parameter renamed in the template: ${renamed.join(', ')}`),
      cause: head.operation.cause,
      base: base.operation.pointer,
      head: head.operation.pointer
    })
  }
  for (const family of FAMILIES) family(pair)
}

export function classifyChanges(
  base: ClassifyInput,
  head: ClassifyInput,
  options: ClassifyOptions = {}
): ClassifiedChange[] {
  const now = options.now ?? new Date()
  const differ = new SchemaDiffer(base.doc, head.doc)
  const { pairs, removed, added } = matchOperations(base, head)
  const changes: ClassifiedChange[] = []
  for (const [before, after] of pairs) {
    const changed = options.changed
    if (changed && before.key === after.key && !changed.has(after.key)) continue
    const b = operationSide(base.doc, before)
    const h = operationSide(head.doc, after)
    if (!b || !h) continue
    const pair: OperationPair = { differ, base: b, head: h, now, out: [] }
    compareOperation(pair)
    const seen = new Set<string>()
    for (const found of pair.out) {
      const id = `${found.rule}\0${found.cause}\0${found.message}`
      if (seen.has(id)) continue
      seen.add(id)
      changes.push(toChange(found, after))
    }
  }
  for (const op of added) {
    const side = operationSide(head.doc, op)
    const cause = side?.operation.cause ?? ''
    changes.push(
      toChange({ rule: 'endpoint-added', message: message(cause, 'added'), cause, head: cause }, op)
    )
  }
  // A path the head still has under any parameter names is not gone, only some of its operations.
  const paths = new Set(head.operations.map(pathKey))
  for (const op of removed) {
    const side = operationSide(base.doc, op)
    const cause = side?.operation.cause ?? ''
    const gone = !paths.has(pathKey(op))
    const { rule, what } = removalRule((side?.operation.node ?? {}) as never, now, gone)
    changes.push(toChange({ rule, message: message(cause, what), cause, base: cause }, op))
  }
  return sortChanges(changes)
}

export function sortChanges(changes: ClassifiedChange[]): ClassifiedChange[] {
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  return changes.sort(
    (a, b) =>
      order(a.operation.key, b.operation.key) ||
      order(a.rule, b.rule) ||
      order(a.cause, b.cause) ||
      order(a.message, b.message)
  )
}

/** One entry per (rule, cause, message), in the order of their first change. */
export function groupByCause(changes: ClassifiedChange[]): ChangeCause[] {
  const groups = new Map<string, ChangeCause>()
  for (const item of changes) {
    const id = `${item.rule}\0${item.cause}\0${item.message}`
    let group = groups.get(id)
    if (!group) {
      group = { rule: item.rule, level: item.level, message: item.message, cause: item.cause, changes: [] }
      groups.set(id, group)
    }
    group.changes.push(item)
  }
  return [...groups.values()]
}
