/**
 * Groups selected operations into slices: one per operation, per first tag, per path prefix, or per
 * service (the services the caller defines).
 */
import type { OperationInfo } from '../openapi/operations.js'
import { operationStem, safeStem } from '../output/file-names.js'

export type GroupBy = 'operation' | 'tag' | 'path-prefix' | 'service'

export interface SliceGroup {
  /** Stable identity: the operation key, `tag:<name>`, `prefix:<segments>` or `service:<name>`. */
  id: string
  /** How it was grouped: one operation, or the operations of a tag, a path prefix or a service. */
  kind: GroupBy
  /** What a person calls the group: the operation key, the tag, the prefix or the service's name. */
  label: string
  stem: string
  operations: OperationInfo[]
}

/**
 * @param servicesOf the services each operation belongs to (group-by service): an operation claimed by
 *   two services (overlap: allow) is in both groups; one claimed by none is in no group.
 */
export function groupOperations(
  operations: readonly OperationInfo[],
  groupBy: GroupBy,
  prefixDepth = 1,
  servicesOf: (operation: OperationInfo) => string[] = () => []
): SliceGroup[] {
  if (groupBy === 'operation') {
    return operations.map(op => ({
      id: op.key,
      kind: groupBy,
      label: op.key,
      stem: operationStem(op.source, op.path, op.method),
      operations: [op]
    }))
  }
  const groups = new Map<string, SliceGroup>()
  if (groupBy === 'service') {
    for (const op of operations) {
      for (const name of servicesOf(op)) {
        const id = `service:${name}`
        const group = groups.get(id) ?? {
          id,
          kind: groupBy,
          label: name,
          stem: safeStem(name),
          operations: []
        }
        group.operations.push(op)
        groups.set(id, group)
      }
    }
    return [...groups.values()]
  }
  for (const op of operations) {
    let label: string
    if (groupBy === 'tag') label = op.tags[0] ?? 'untagged'
    else if (op.source === 'webhook') label = 'webhooks'
    else {
      const segments = op.path.split('/').filter(segment => segment !== '')
      label = segments.length === 0 ? 'root' : segments.slice(0, prefixDepth).join('/')
    }
    const id = `${groupBy === 'tag' ? 'tag' : 'prefix'}:${label}`
    const group = groups.get(id) ?? {
      id,
      kind: groupBy,
      label,
      stem: safeStem(label.replace(/\//g, '-')),
      operations: []
    }
    group.operations.push(op)
    groups.set(id, group)
  }
  return [...groups.values()]
}
