/**
 * Every difference between the base and the head operations, each with a rule and a level, and the
 * same differences grouped by root cause.
 */
import { createHash } from 'node:crypto'
import { formatPointer } from '../../pointer.js'
import type { OperationInfo } from '../../openapi/operations.js'
import type { ChangeLevel, ClassifiedChange, ClassifyInput } from './types.js'

export interface ChangeCause {
  rule: string
  level: ChangeLevel
  message: string
  cause: string
  changes: ClassifiedChange[]
}

export function fingerprintOf(rule: string, operationKey: string, cause: string): string {
  return createHash('sha256').update(`${rule}\n${operationKey}\n${cause}`).digest('hex').slice(0, 16)
}

function change(
  rule: string,
  level: ChangeLevel,
  message: string,
  operation: OperationInfo,
  sides: Pick<ClassifiedChange, 'base' | 'head'>
): ClassifiedChange {
  const cause = formatPointer(operation.tokens)
  return {
    rule,
    level,
    message,
    operation: { key: operation.key, method: operation.method, path: operation.path },
    cause,
    ...sides,
    fingerprint: fingerprintOf(rule, operation.key, cause)
  }
}

export function classifyChanges(base: ClassifyInput, head: ClassifyInput): ClassifiedChange[] {
  const baseByKey = new Map(base.operations.map(op => [op.key, op]))
  const headByKey = new Map(head.operations.map(op => [op.key, op]))
  const changes: ClassifiedChange[] = []
  for (const [key, operation] of headByKey) {
    if (baseByKey.has(key)) continue
    const pointer = formatPointer(operation.tokens)
    changes.push(change('endpoint-added', 'info', `\`${key}\` was added.`, operation, { head: { pointer } }))
  }
  for (const [key, operation] of baseByKey) {
    if (headByKey.has(key)) continue
    const pointer = formatPointer(operation.tokens)
    changes.push(
      change('api-removed-without-deprecation', 'error', `\`${key}\` was removed.`, operation, {
        base: { pointer }
      })
    )
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
