/**
 * The config keys of the breaking-change review: `breaking-rules` (rule id → level or off) and
 * `accepted-changes` (fingerprints, plain or with a reason). A misspelt rule id or level is refused
 * with the key's line, and a near rule id is offered.
 */
import { isObject } from '../json-value.js'

export type RuleSetting = 'error' | 'warning' | 'info' | 'off'
const SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'off']

export interface AcceptedChange {
  fingerprint: string
  reason?: string
}

type Fail = (message: string, tokens: string[]) => never

const FINGERPRINT = /^[0-9a-f]{16}$/

export function readRuleLevels(
  key: string,
  value: unknown,
  knownRules: readonly string[],
  fail: Fail
): Record<string, RuleSetting> {
  if (!isObject(value))
    return fail(`The config key "${key}" maps rule ids to a level: error, warning, info or off.`, [key])
  const levels: Record<string, RuleSetting> = Object.create(null)
  for (const [rule, level] of Object.entries(value)) {
    if (knownRules.length > 0 && !knownRules.includes(rule)) {
      const near = nearest(rule, knownRules)
      return fail(
        `The config key "${key}" names an unknown rule "${rule}"${near ? `; did you mean "${near}"?` : '.'}`,
        [key, rule]
      )
    }
    if (typeof level !== 'string' || !SETTINGS.includes(level as RuleSetting))
      return fail(
        `The rule "${rule}" in "${key}" takes error, warning, info or off; got ${JSON.stringify(level)}.`,
        [key, rule]
      )
    levels[rule] = level as RuleSetting
  }
  return levels
}

export function readAcceptedChanges(key: string, value: unknown, fail: Fail): AcceptedChange[] {
  if (!Array.isArray(value))
    return fail(`The config key "${key}" takes a list of fingerprints (or of {fingerprint, reason}).`, [key])
  return value.map((item, position) => {
    const at = [key, String(position)]
    const entry = typeof item === 'string' ? { fingerprint: item } : item
    if (!isObject(entry) || typeof entry.fingerprint !== 'string')
      return fail(`Each entry of "${key}" is a fingerprint, or a mapping with fingerprint and reason.`, at)
    for (const name of Object.keys(entry)) {
      if (name !== 'fingerprint' && name !== 'reason')
        return fail(`An entry of "${key}" has an unknown key "${name}". Known keys: fingerprint, reason.`, at)
    }
    const fingerprint = entry.fingerprint.trim().toLowerCase()
    if (!FINGERPRINT.test(fingerprint))
      return fail(
        `"${entry.fingerprint}" in "${key}" is not a change's fingerprint (16 hex digits, as changes.json and the review show them).`,
        at
      )
    if (entry.reason !== undefined && typeof entry.reason !== 'string')
      return fail(`The reason of an entry of "${key}" takes a string.`, at)
    return { fingerprint, ...(entry.reason ? { reason: entry.reason } : {}) }
  })
}

/** The known name closest to a misspelt one, when it is close enough to be what was meant. */
export function nearest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1
  for (const candidate of known) {
    const distance = editDistance(name, candidate)
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance]
  }
  return best
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = row
  }
  return previous[b.length]
}
