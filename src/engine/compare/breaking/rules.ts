/**
 * Every rule with its default level. Ids follow oasdiff's where it has the check. A schema rule exists once
 * per place a schema sits (parameter, body, property, header), with the level its direction gives it:
 * narrowing what a request accepts breaks clients, and so does widening what a response may hold.
 */
import type { ChangeLevel } from './types.js'

export type Direction = 'request' | 'response'

type Levels = [request: ChangeLevel | undefined, response: ChangeLevel | undefined]

/** Schema changes, by suffix: the level in a request and in a response (undefined: not reported there). */
const SCHEMA_SUFFIXES: Record<string, Levels> = {
  'type-changed': ['error', 'error'],
  'type-generalized': ['info', undefined],
  'type-specialized': [undefined, 'info'],
  'became-nullable': ['info', 'error'],
  'became-not-nullable': ['error', 'info'],
  'enum-value-removed': ['error', 'info'],
  'enum-value-added': ['info', 'warning'],
  'became-enum': ['error', 'info'],
  'became-not-enum': ['info', 'warning'],
  'pattern-added': ['error', 'info'],
  'pattern-removed': ['info', 'warning'],
  'pattern-changed': ['warning', 'warning'],
  'additional-properties-closed': ['warning', 'info'],
  'additional-properties-opened': ['info', 'info'],
  'one-of-added': ['info', 'warning'],
  'one-of-removed': ['error', 'info'],
  'any-of-added': ['info', 'warning'],
  'any-of-removed': ['error', 'info'],
  'discriminator-added': ['warning', 'info'],
  'discriminator-removed': ['info', 'warning'],
  'discriminator-property-name-changed': ['error', 'error'],
  'discriminator-mapping-added': ['info', 'warning'],
  'discriminator-mapping-deleted': ['error', 'info'],
  'discriminator-mapping-changed': ['error', 'error']
}

/** Bounds: an upper one narrows when it decreases or is set, a lower one when it increases or is set. */
export const BOUNDS: Record<string, { name: string; upper: boolean }> = {
  maximum: { name: 'max', upper: true },
  minimum: { name: 'min', upper: false },
  exclusiveMaximum: { name: 'exclusive-max', upper: true },
  exclusiveMinimum: { name: 'exclusive-min', upper: false },
  maxLength: { name: 'max-length', upper: true },
  minLength: { name: 'min-length', upper: false },
  maxItems: { name: 'max-items', upper: true },
  minItems: { name: 'min-items', upper: false },
  maxProperties: { name: 'max-properties', upper: true },
  minProperties: { name: 'min-properties', upper: false }
}

for (const { name, upper } of Object.values(BOUNDS)) {
  SCHEMA_SUFFIXES[`${name}-${upper ? 'decreased' : 'increased'}`] = ['error', 'info']
  SCHEMA_SUFFIXES[`${name}-set`] = ['error', 'info']
  SCHEMA_SUFFIXES[`${name}-${upper ? 'increased' : 'decreased'}`] = ['info', 'error']
  SCHEMA_SUFFIXES[`${name}-unset`] = ['info', 'error']
}

/** Where a schema sits decides its rules' prefix. */
export const SCHEMA_PREFIXES: Record<string, Direction> = {
  'request-parameter': 'request',
  'request-parameter-property': 'request',
  'request-body': 'request',
  'request-property': 'request',
  'response-body': 'response',
  'response-property': 'response',
  'response-header': 'response',
  'response-header-property': 'response'
}

const FIXED: Record<string, ChangeLevel> = {
  'endpoint-added': 'info',
  'api-removed-without-deprecation': 'error',
  'api-removed-with-deprecation': 'info',
  'api-removed-before-sunset': 'error',
  'api-path-removed-without-deprecation': 'error',
  'api-path-removed-with-deprecation': 'info',
  'api-path-removed-before-sunset': 'error',
  'endpoint-deprecated': 'info',
  'endpoint-deprecated-with-sunset': 'info',
  'endpoint-reactivated': 'info',
  'api-sunset-date-changed-too-small': 'error',
  'api-path-parameter-renamed': 'info',
  'new-required-request-parameter': 'error',
  'new-optional-request-parameter': 'info',
  'request-parameter-removed': 'warning',
  'request-parameter-became-required': 'error',
  'request-parameter-became-optional': 'info',
  'request-parameter-deprecated': 'info',
  'request-parameter-reactivated': 'info',
  'request-parameter-style-changed': 'error',
  'request-parameter-explode-changed': 'error',
  'request-body-added-required': 'error',
  'request-body-added-optional': 'info',
  'request-body-removed': 'warning',
  'request-body-became-required': 'error',
  'request-body-became-optional': 'info',
  'request-body-media-type-added': 'info',
  'request-body-media-type-removed': 'error',
  'new-required-request-property': 'error',
  'new-optional-request-property': 'info',
  'request-property-removed': 'warning',
  'request-property-became-required': 'error',
  'request-property-became-optional': 'info',
  'request-property-deprecated': 'info',
  'response-success-status-removed': 'error',
  'response-non-success-status-removed': 'warning',
  'response-success-status-added': 'info',
  'response-non-success-status-added': 'info',
  'response-media-type-removed': 'error',
  'response-media-type-added': 'info',
  'required-response-header-removed': 'error',
  'optional-response-header-removed': 'warning',
  'response-header-added': 'info',
  'response-header-became-optional': 'error',
  'response-header-became-required': 'info',
  'response-required-property-added': 'info',
  'response-optional-property-added': 'info',
  'response-required-property-removed': 'error',
  'response-optional-property-removed': 'warning',
  'response-property-became-optional': 'error',
  'response-property-became-required': 'info',
  'response-property-deprecated': 'info',
  'api-security-added': 'info',
  'api-security-removed': 'error',
  'api-security-scope-added': 'error',
  'api-security-scope-removed': 'info',
  'api-security-became-required': 'error',
  'api-security-became-optional': 'info',
  'api-security-scheme-changed': 'error',
  'api-server-added': 'info',
  'api-server-removed': 'warning',
  'api-base-path-changed': 'error'
}

function buildTable(): Map<string, ChangeLevel> {
  const table = new Map<string, ChangeLevel>(Object.entries(FIXED))
  for (const [prefix, direction] of Object.entries(SCHEMA_PREFIXES)) {
    for (const [suffix, [request, response]] of Object.entries(SCHEMA_SUFFIXES)) {
      const level = direction === 'request' ? request : response
      if (level) table.set(`${prefix}-${suffix}`, level)
    }
  }
  return table
}

/** Every rule id and its default level, for configuration checks and documentation. */
export const RULES: ReadonlyMap<string, ChangeLevel> = buildTable()

export function levelOf(rule: string): ChangeLevel {
  const level = RULES.get(rule)
  if (!level) throw new Error(`unknown rule ${rule}`)
  return level
}

/** Whether a schema suffix is reported in that direction at all. */
export function reported(direction: Direction, suffix: string): boolean {
  const levels = SCHEMA_SUFFIXES[suffix]
  return levels !== undefined && levels[direction === 'request' ? 0 : 1] !== undefined
}
