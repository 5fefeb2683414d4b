/**
 * Phase 7, version: the slice declares the requested output version and holds no construct that belongs
 * only to another version (`nullable` or boolean exclusive bounds in 3.1 and 3.2; type arrays, `const`,
 * `webhooks`, `jsonSchemaDialect`, `components/pathItems` or `$defs` in 3.0; in 3.0 and 3.1, what only
 * 3.2 has: `query` and `additionalOperations`, `in: querystring`, `itemSchema`, `components/mediaTypes`,
 * `$self`, a tag's `parent`, …) that slicing or conversion brought in.
 * A schema keyword of the other version that the document the slice was cut from holds itself is not
 * the slicer's: a 3.1 description that still writes `nullable` is sliced as written, never rewritten.
 */
import { isObject, type JsonObject } from '../json-value.js'
import type { PhaseFailure } from './phases.js'
import { isConstruct32, rootConstructs32 } from './constructs-32.js'
import { documentConstructs, sliceParts } from './slice-facts.js'

/**
 * `source` is the document the slice was cut from (converted, when the slice was); what it holds is
 * excused only when it declares the expected version itself, and, when it was converted down from 3.2
 * (`from32`), is not a 3.2 construct: that conversion moves every one.
 */
export function checkVersion(
  slice: JsonObject,
  expected: '3.0' | '3.1' | '3.2',
  source?: JsonObject,
  from32 = false
): PhaseFailure[] {
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
  const sameVersion = source !== undefined && String(source.openapi ?? '').startsWith(expected + '.')
  if (expected !== '3.2') {
    // As below: what the source of the same version holds itself is not the slicer's.
    const excused = (what: string) =>
      !from32 && sameVersion && rootConstructs32(source).some(c => c.what === what)
    const first = rootConstructs32(slice).find(construct => !excused(construct.what))
    if (first)
      return fail(`${first.what} at ${first.at} does not belong in an OpenAPI ${expected} document`, first.at)
  }
  // Looked up only when the slice holds such a construct: most documents have none.
  let inSource: Set<string> | undefined
  const sourceHolds = (kind: string): boolean => {
    if (!inSource) {
      inSource = new Set(sameVersion ? (documentConstructs(source)[expected] ?? []).map(f => f.ref) : [])
    }
    return inSource.has(kind)
  }
  for (const part of sliceParts(slice)) {
    for (const found of part.facts.notIn[expected] ?? []) {
      if (sourceHolds(found.ref) && !(from32 && isConstruct32(found.ref))) continue
      return fail(
        `${found.ref} at ${part.at + found.at} does not belong in an OpenAPI ${expected} document`,
        part.at + found.at
      )
    }
  }
  return []
}
