/**
 * Phase 7, version: the slice declares the requested output version and holds no construct that belongs
 * only to the other version (`nullable` or boolean exclusive bounds in 3.1; type arrays, `const`,
 * `webhooks`, `jsonSchemaDialect`, `components/pathItems` or `$defs` in 3.0).
 */
import { isObject, type JsonObject } from '../json-value.js'
import type { PhaseFailure } from './phases.js'
import { sliceParts } from './slice-facts.js'

export function checkVersion(slice: JsonObject, expected: '3.0' | '3.1'): PhaseFailure[] {
  const fail = (reason: string, pointer?: string): PhaseFailure[] => [{ phase: 'version', reason, pointer }]
  const declared = String(slice.openapi ?? '')
  if (!declared.startsWith(expected + '.'))
    return fail(`the slice declares openapi ${declared} but ${expected} was requested`, '/openapi')
  if (expected === '3.0') {
    if (slice.webhooks !== undefined)
      return fail('webhooks belong to OpenAPI 3.1 and cannot appear in a 3.0 slice', '/webhooks')
    if (slice.jsonSchemaDialect !== undefined)
      return fail('jsonSchemaDialect belongs to OpenAPI 3.1', '/jsonSchemaDialect')
    if (isObject(slice.components) && slice.components.pathItems !== undefined)
      return fail('components/pathItems belongs to OpenAPI 3.1', '/components/pathItems')
  }
  for (const part of sliceParts(slice)) {
    const found = part.facts.notIn[expected]
    if (found)
      return fail(
        `${found.ref} at ${part.at + found.at} does not belong in an OpenAPI ${expected} document`,
        part.at + found.at
      )
  }
  return []
}
