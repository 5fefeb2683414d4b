/** Runs the target phase over a tiny document as a whole slice, as the batch shows its verdicts. */
import type { JsonObject } from '../../../src/engine/json-value.js'
import { checkTarget, type SliceTarget } from '../../../src/engine/target/check-target.js'
import type { TargetName } from '../../../src/engine/target/target-rule.js'

export interface Verdicts {
  /** Each FAIL reason as index.csv shows it: `[target] rule-id (limit): what`. */
  fails: string[]
  warnings: string[]
}

export function verdicts(
  slice: JsonObject,
  name: TargetName,
  options: { bytes?: number; collisions?: SliceTarget['collisions'] } = {}
): Verdicts {
  const bytes = () => options.bytes ?? Buffer.byteLength(JSON.stringify(slice))
  const report = checkTarget(slice, bytes, { name, collisions: options.collisions ?? [] })
  return {
    fails: report.failures.map(failure => `[${failure.phase}] ${failure.reason}`),
    warnings: report.findings.map(finding => finding.message)
  }
}

/** The rule ids a list of verdict lines names. */
export function ruleIds(lines: readonly string[]): string[] {
  return lines.map(line => /^\[target\] ([a-z0-9-]+) /.exec(line)?.[1] ?? line)
}

export const ok = { description: 'OK' }

export function doc(paths: JsonObject, extra: JsonObject = {}, openapi = '3.0.3'): JsonObject {
  return { openapi, info: { title: 't', version: '1' }, paths, ...extra } as JsonObject
}
