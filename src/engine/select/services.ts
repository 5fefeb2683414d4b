/**
 * The service map: each service is a named selection (include/exclude patterns, and optionally methods,
 * tags and operationIds). An operation claimed by two services is an error unless overlaps are allowed;
 * operations no service claims are orphans.
 */
import { SliceOasError } from '../errors.js'
import type { Finding } from '../findings.js'
import type { OperationInfo } from '../openapi/operations.js'
import { matchesSelection, type Selection } from './select-operations.js'
import type { FilterType } from './patterns.js'
import type { TargetChoice } from '../target/target-rule.js'

export interface ServiceDefinition {
  name: string
  include: string[]
  exclude: string[]
  methods: string[]
  tags: string[]
  operationIds: string[]
  /** An Overlay 1.0 file applied to the service's slices (absolute path). */
  overlay?: string
  /** The API gateway this service's slices are checked against; overrides the run's `target`. */
  target?: TargetChoice
}

export interface ServiceAssignment {
  /** Service names per operation key, in the map's order; empty for an orphan. */
  servicesOf: Map<string, string[]>
  orphans: OperationInfo[]
  notes: Finding[]
}

export function assignServices(
  operations: readonly OperationInfo[],
  services: readonly ServiceDefinition[],
  options: { filterType: FilterType; overlap: 'error' | 'allow'; orphans: 'warn' | 'fail' }
): ServiceAssignment {
  const matchers = services.map(service => {
    const selection: Selection = { ...service, filterType: options.filterType, excludeDeprecated: false }
    return { name: service.name, matches: matchesSelection(selection) }
  })
  const servicesOf = new Map<string, string[]>()
  const orphans: OperationInfo[] = []
  const overlaps: string[] = []
  const notes: Finding[] = []
  for (const operation of operations) {
    const names = matchers.filter(matcher => matcher.matches(operation)).map(matcher => matcher.name)
    servicesOf.set(operation.key, names)
    if (names.length === 0) orphans.push(operation)
    if (names.length > 1) {
      overlaps.push(`${operation.key} (${names.join(', ')})`)
      notes.push({
        code: 'SERVICE_OVERLAP',
        severity: 'warning',
        location: operation.location,
        message: `${operation.key} is claimed by ${names.join(' and ')}; with overlap: allow it goes into each.`
      })
    }
  }
  if (overlaps.length > 0 && options.overlap === 'error') {
    throw new SliceOasError(
      'REQUEST_INVALID',
      `${overlaps.length} operation(s) are claimed by more than one service: ${overlaps.slice(0, 5).join('; ')}${overlaps.length > 5 ? '; …' : ''}. Narrow the services, or set overlap: allow.`
    )
  }
  if (orphans.length > 0) {
    const listed =
      orphans
        .slice(0, 10)
        .map(op => op.key)
        .join(', ') + (orphans.length > 10 ? `, and ${orphans.length - 10} more` : '')
    if (options.orphans === 'fail') {
      throw new SliceOasError(
        'REQUEST_INVALID',
        `${orphans.length} operation(s) belong to no service: ${listed}. Add them to a service, or set orphans: warn.`
      )
    }
    notes.push({
      code: 'SERVICE_ORPHANS',
      severity: 'warning',
      message: `${orphans.length} operation(s) belong to no service: ${listed}.`
    })
  }
  return { servicesOf, orphans, notes }
}

/** Without a service map, an operation's service is its first tag, else its first path segment. */
export function defaultService(tags: readonly string[], path: string): string {
  return tags[0] || path.split('/').find(Boolean) || 'root'
}
