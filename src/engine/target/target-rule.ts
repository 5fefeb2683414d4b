/**
 * A gateway profile: the import rules a named API gateway documents, each with its limit, its verdict
 * (a slice the gateway would refuse FAILs; one it would import while ignoring something gets a warning)
 * and the vendor page that says so. docs/targets.md lists the same rules, and a test holds the two equal.
 */
import type { JsonObject } from '../json-value.js'

export const TARGETS = ['aws-apigateway', 'azure-apim', 'google-api-gateway', 'apigee', 'kong'] as const
export type TargetName = (typeof TARGETS)[number]
/** What the `target` option takes: a gateway, or `none` (a service's `none` opts out of the run's). */
export type TargetChoice = TargetName | 'none'

export type TargetVerdict = 'FAIL' | 'warning'

/** One thing a rule found in a slice. */
export interface RuleHit {
  /** What is wrong, without the rule id and limit (the phase adds them). */
  message: string
  /** Where in the slice, as a JSON pointer. */
  pointer?: string
}

/** What a rule reads: the slice, and its serialised size (made only when a rule asks). */
export interface TargetInput {
  slice: JsonObject
  bytes(): number
}

export interface TargetRule {
  id: string
  verdict: TargetVerdict
  /** What the rule checks, for docs/targets.md. */
  checks: string
  /** The documented limit, quoted in every reason. */
  limit: string
  /** What target-fix does about it, when it can keep meaning. */
  fix?: string
  /** The vendor's documentation page. */
  source: string
  /** Absent for rules checked across a service (operationId collisions), not per slice. */
  check?(input: TargetInput): RuleHit[]
}

/** How a gateway turns an operationId into a name that must be unique across one import. */
export interface OperationIdNaming {
  /** The rule that reports collisions. */
  ruleId: string
  normalize(operationId: string): string
  /** Longest name, when the gateway cuts normalised names to it. */
  maxLength?: number
}

/** The name a gateway gives an operationId: normalised, then cut to its longest. */
export function gatewayName(naming: OperationIdNaming, operationId: string): string {
  const name = naming.normalize(operationId)
  return naming.maxLength === undefined ? name : name.slice(0, naming.maxLength)
}

export interface TargetProfile {
  name: TargetName
  /** The gateway's name in messages. */
  title: string
  /** The OpenAPI 3 versions the gateway reads; target-fix converts 3.1 to 3.0 when 3.1 is not one. */
  reads: readonly ('3.0' | '3.1')[]
  rules: readonly TargetRule[]
  naming?: OperationIdNaming
  /** Keywords the gateway ignores, which target-fix drops: `example` for AWS. */
  ignoredKeywords?: readonly string[]
  /** Kong: target-fix names the gateway's service after the slice's service (x-kong-name, x-kong-tags). */
  namesServices?: boolean
}

/**
 * What a rule found: `rule-id (limit): what`. A failure is shown after its phase, so it reads
 * `[target] rule-id (limit): what`, as a warning's message does.
 */
export function targetReason(rule: Pick<TargetRule, 'id' | 'limit'>, hit: RuleHit): string {
  return `${rule.id} (${rule.limit}): ${hit.message}`
}

/** Lowercase, each run of other characters one dash, no dash at either end. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
