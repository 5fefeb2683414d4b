/**
 * The comparison with the base spec, for a reviewer: one short headline (counts and the three biggest
 * services), then the detail collapsed: the services that changed, those that did not, and the
 * operations added, removed or changed, grouped by service and sorted by path.
 */
import type { Comparison, OperationChange, ServiceChange } from '../../engine/index.js'
import { byPath, count, details, escapeText, operation, table } from './markdown.js'

export interface BaseBudget {
  /** Service rows in the table. */
  services: number
  /** Operations listed, over all services and per service. */
  operations: number
  perService: number
  /** Where the reader finds what was cut (Markdown). */
  rest: string
}

const CHANGES = ['added', 'removed', 'changed'] as const
const changesOf = (row: ServiceChange) => row.added + row.removed + row.changed
const number = (n: number) => n.toLocaleString('en-US')

/** Services with changes, the most changed first. */
function changedServices(comparison: Comparison): ServiceChange[] {
  return comparison.services
    .filter(row => changesOf(row) > 0)
    .sort((a, b) => changesOf(b) - changesOf(a) || (a.service < b.service ? -1 : 1))
}

/** "Since the base spec: 391 operations removed, 2 changed in 43 services — repos (120), actions (80), orgs (31), …" */
export function baseHeadline(comparison: Comparison): string {
  const tally = CHANGES.map(
    change => [change, comparison.operations.filter(op => op.change === change).length] as const
  )
  const present = tally.filter(([, n]) => n > 0)
  if (present.length === 0) return '**Since the base spec:** no operation added, removed or changed.'
  const counts = present.map(([change, n], i) =>
    i === 0 ? `${count(n, 'operation')} ${change}` : `${number(n)} ${change}`
  )
  const services = changedServices(comparison)
  const biggest = services.slice(0, 3).map(row => `${escapeText(row.service)} (${number(changesOf(row))})`)
  if (services.length > 3) biggest.push('…')
  return `**Since the base spec:** ${counts.join(', ')} in ${count(services.length, 'service')} — ${biggest.join(', ')}`
}

export function baseDetails(comparison: Comparison, budget: BaseBudget): string[] {
  const services = changedServices(comparison)
  if (services.length === 0) return []
  const parts: string[] = []
  let body = serviceChangeTable(services.slice(0, budget.services))
  if (services.length > budget.services)
    body += `\n\n… and ${count(services.length - budget.services, 'more service')}; ${budget.rest}.`
  parts.push(details(`${count(services.length, 'service')} changed since the base spec`, body))
  const unchanged = comparison.services.filter(row => changesOf(row) === 0)
  if (unchanged.length > 0) {
    const names = unchanged.map(row => `${escapeText(row.service)} (${number(row.unchanged)})`).join(', ')
    parts.push(details(`${count(unchanged.length, 'service')} unchanged since the base spec`, names))
  }
  parts.push(operationsByService(comparison, services, budget))
  return parts
}

/** Service rows with their counts; a change no service has (say, nothing added) gets no column. */
function serviceChangeTable(services: ServiceChange[]): string {
  const columns = CHANGES.filter(change => services.some(row => row[change] > 0))
  const header = ['Service', ...columns.map(change => change[0].toUpperCase() + change.slice(1)), 'Unchanged']
  const rows = services.map(row => [
    escapeText(row.service),
    ...[...columns.map(change => row[change]), row.unchanged].map(number)
  ])
  return table(header, rows, ['left', ...columns.map(() => 'right' as const), 'right'])
}

/**
 * One collapsed list per service (as many services as the table shows), its operations sorted by
 * path: at most `perService` each and `operations` in all.
 */
function operationsByService(comparison: Comparison, services: ServiceChange[], budget: BaseBudget): string {
  const changed = comparison.operations.filter(op => op.change !== 'unchanged').map(split)
  const blocks: string[] = []
  let left = budget.operations
  let cut = 0
  for (const [i, service] of services.entries()) {
    const mine = changed
      .filter(op => (op.services.length > 0 ? op.services : ['(no service)']).includes(service.service))
      .sort(byPath)
    const listed = i < budget.services ? mine.slice(0, Math.max(0, Math.min(left, budget.perService))) : []
    left -= listed.length
    if (listed.length === 0) {
      cut += mine.length
      continue
    }
    const lines = listed.map(op => `- ${operation(op.method, op.path)} ${op.change}${kinds(op)}`)
    if (listed.length < mine.length)
      lines.push(`- … and ${count(mine.length - listed.length, 'more operation')}`)
    blocks.push(details(`${service.service}: ${summaryCounts(service)}`, lines.join('\n')))
  }
  if (cut > 0) blocks.push(`… and ${count(cut, 'more operation')} in other services; ${budget.rest}.`)
  const title = `${count(changed.length, 'operation')} added, removed or changed, by service`
  return details(title, blocks.join('\n\n'))
}

const kinds = (op: OperationChange) => (op.kinds.length > 0 ? `: ${op.kinds.join(', ')}` : '')

function summaryCounts(row: ServiceChange): string {
  return CHANGES.filter(change => row[change] > 0)
    .map(change => `${number(row[change])} ${change}`)
    .join(', ')
}

/** "GET /pets/{id}" as its method and path (a webhook keeps its "webhook:" prefix in the path). */
function split(op: OperationChange): OperationChange & { method: string; path: string } {
  const space = op.operation.indexOf(' ')
  return { ...op, method: op.operation.slice(0, space), path: op.operation.slice(space + 1) }
}
