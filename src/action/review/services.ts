/**
 * The run per service: a collapsed table of each service's operations, slices written and failures,
 * and the operations no service of the service map claims (orphans).
 */
import { defaultService, type BatchResult, type SliceResult } from '../../engine/index.js'
import { byPath, count, details, escapeText, operation, table } from './markdown.js'

const number = (n: number) => n.toLocaleString('en-US')

/**
 * The services a slice belongs to: from the service map when there is one, else its group with tag or
 * prefix grouping, else its first tag, else its first path segment.
 */
export function servicesOf(slice: SliceResult): string[] {
  if (slice.services.length > 0) return slice.services
  if (slice.kind !== 'operation') return [slice.label]
  const operation = slice.operations[0]
  return [defaultService(operation.tags, operation.path)]
}

export function serviceTable(result: BatchResult, cap: number, rest: string): string | undefined {
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
  if (services.size === 0) return undefined
  const rows = [...services.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const written = result.dryRun ? 'Slices passed' : 'Slices written'
  let body = table(
    ['Service', 'Operations', written, 'Failed'],
    rows
      .slice(0, cap)
      .map(([name, row]) => [
        escapeText(name),
        number(row.operations),
        number(row.written),
        number(row.failed)
      ]),
    ['left', 'right', 'right', 'right']
  )
  if (rows.length > cap) body += `\n\n… and ${count(rows.length - cap, 'more service')}; ${rest}.`
  return details(`By service: ${count(rows.length, 'service')}`, body)
}

/** "3 operations belong to no service of the service map", and their list, sorted by path. */
export function orphanParts(result: BatchResult, cap: number, rest: string): string[] {
  const orphans = result.orphans ?? []
  if (orphans.length === 0) return []
  const sorted = orphans
    .map(key => ({ method: key.slice(0, key.indexOf(' ')), path: key.slice(key.indexOf(' ') + 1) }))
    .sort(byPath)
  const lines = sorted.slice(0, cap).map(op => `- ${operation(op.method, op.path)}`)
  if (sorted.length > cap) lines.push(`- … and ${count(sorted.length - cap, 'more operation')}; ${rest}`)
  const line = `**Orphans:** ${count(orphans.length, 'operation')} ${orphans.length === 1 ? 'belongs' : 'belong'} to no service of the service map.`
  return [line, details(`${count(orphans.length, 'orphan operation')}`, lines.join('\n'))]
}
