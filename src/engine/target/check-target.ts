/**
 * The `target` validation phase: the slice against the import rules of the gateway it is for. A rule
 * whose verdict is FAIL fails the slice with a reason that begins `[target]` and names the rule and its
 * documented limit; a warning rule becomes a TARGET_IGNORED finding.
 */
import type { Finding } from '../findings.js'
import type { JsonObject } from '../json-value.js'
import type { PhaseFailure } from '../validate/phases.js'
import { PROFILES } from './profiles.js'
import { targetReason, type RuleHit, type TargetName, type TargetRule } from './target-rule.js'

/** What one slice's target phase needs: plain data, so a slice-pool worker can be sent it. */
export interface SliceTarget {
  name: TargetName
  /** The slice's operations whose operationId collides with another of their service's, after normalising. */
  collisions: { key: string; message: string }[]
  /** With target-fix: the service the slice is for (Kong names its service after it). */
  fixService?: string
}

export interface TargetReport {
  failures: PhaseFailure[]
  findings: Finding[]
}

export function checkTarget(slice: JsonObject, bytes: () => number, target: SliceTarget): TargetReport {
  const profile = PROFILES[target.name]
  const report: TargetReport = { failures: [], findings: [] }
  const add = (rule: TargetRule, hits: RuleHit[]) => {
    if (hits.length === 0) return
    if (rule.verdict === 'FAIL') {
      for (const hit of hits)
        report.failures.push({ phase: 'target', reason: targetReason(rule, hit), pointer: hit.pointer })
      return
    }
    // One warning per rule and slice: a document with many examples is not many annotations.
    const more = hits.length > 1 ? ` (and ${hits.length - 1} more)` : ''
    const message = `[target] ${targetReason(rule, hits[0])}${more} (${profile.title})`
    report.findings.push({ code: 'TARGET_IGNORED', severity: 'warning', message })
  }
  for (const rule of profile.rules) {
    if (rule.check) add(rule, rule.check({ slice, bytes }))
    else if (rule.id === profile.naming?.ruleId)
      add(
        rule,
        target.collisions.map(c => ({ message: c.message }))
      )
  }
  return report
}

/** With target-fix, Kong's service takes the slice's service name: x-kong-name, and x-kong-tags. */
export function nameService(slice: JsonObject, target: SliceTarget): Finding[] {
  const service = target.fixService
  if (!service || !PROFILES[target.name].namesServices || slice['x-kong-name'] !== undefined) return []
  slice['x-kong-name'] = service
  if (slice['x-kong-tags'] === undefined) slice['x-kong-tags'] = [service]
  return [
    {
      code: 'TARGET_FIX_SERVICE_NAMED',
      severity: 'info',
      message: `x-kong-name and x-kong-tags name the Kong service "${service}".`
    }
  ]
}
