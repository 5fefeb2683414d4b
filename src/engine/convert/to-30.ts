/**
 * OpenAPI 3.1 → 3.0 for Schema Objects. What 3.0 can say is rewritten into its form; what it cannot
 * (`prefixItems`, `if/then/else`, `unevaluatedProperties`, …) becomes the closest valid form, and every
 * loss is recorded as a finding with its pointer.
 */
import type { Finding } from '../findings.js'
import { hasOwn, isObject, type JsonObject, type JsonValue } from '../json-value.js'
import type { Moves } from './follow-moves.js'

/** `full` converts a 3.1 schema; `normalize` only rewrites what a 3.0 document may not contain. */
export type To30Mode = 'full' | 'normalize'

/** Keywords 3.0 has no place for, and what is lost when they go. */
const DROPPED: Record<string, string> = {
  if: 'conditional subschemas (if/then/else)',
  then: 'conditional subschemas (if/then/else)',
  else: 'conditional subschemas (if/then/else)',
  dependentSchemas: 'dependentSchemas',
  dependentRequired: 'dependentRequired',
  patternProperties: 'patternProperties',
  propertyNames: 'propertyNames',
  contains: 'contains',
  minContains: 'minContains',
  maxContains: 'maxContains',
  unevaluatedItems: 'unevaluatedItems',
  contentSchema: 'contentSchema',
  $dynamicRef: '$dynamicRef',
  $dynamicAnchor: '$dynamicAnchor',
  $anchor: '$anchor',
  $id: '$id',
  $schema: '$schema',
  $vocabulary: '$vocabulary',
  $comment: '$comment'
}
const ANNOTATIONS_ONLY = new Set(['$comment', '$id', '$schema', '$anchor', '$vocabulary'])

/** Whether schemaTo30 would change the schema: most schemas need nothing, and are then not copied. */
function mayChange(schema: JsonObject, mode: To30Mode): boolean {
  if (
    schema.type === 'null' ||
    Array.isArray(schema.type) ||
    'const' in schema ||
    typeof schema.exclusiveMinimum === 'number' ||
    typeof schema.exclusiveMaximum === 'number' ||
    schema.contentEncoding === 'base64' ||
    typeof schema.contentMediaType === 'string'
  )
    return true
  if (mode !== 'full') return false
  if (
    Array.isArray(schema.examples) ||
    Array.isArray(schema.prefixItems) ||
    'unevaluatedProperties' in schema
  )
    return true
  if (Object.keys(DROPPED).some(keyword => hasOwn(schema, keyword))) return true
  return typeof schema.$ref === 'string' && Object.keys(schema).length > 1
}

/** @param moves records what moved inside the schema, so refs into it can follow. */
export function schemaTo30(
  schema: JsonObject,
  mode: To30Mode,
  at: () => string,
  notes: Finding[],
  moves?: Moves
): JsonObject {
  if (!mayChange(schema, mode)) return schema
  let out: JsonObject = { ...schema }
  let changed = false
  const lose = (keyword: string, what: string, severity: 'warning' | 'info' = 'warning') =>
    notes.push({
      code: 'CONVERT_LOSSY',
      severity,
      pointer: at(),
      message: `${what} at ${at()} cannot be expressed in OpenAPI 3.0; ${keyword} was ${severity === 'info' ? 'dropped (an annotation only)' : 'dropped'}.`
    })

  if (out.type === 'null') out.type = ['null']
  if (Array.isArray(out.type)) {
    changed = true
    const types = out.type.filter((t): t is string => typeof t === 'string')
    const nonNull = types.filter(t => t !== 'null')
    const nullable = types.includes('null')
    delete out.type
    if (nonNull.length === 1) out.type = nonNull[0]
    else if (nonNull.length > 1)
      out.anyOf = [...nonNull.map(type => ({ type })), ...(Array.isArray(out.anyOf) ? out.anyOf : [])]
    else if (nullable) {
      out.enum = [null]
      notes.push({
        code: 'CONVERT_LOSSY',
        severity: 'warning',
        pointer: at(),
        message: `The type "null" alone at ${at()} became nullable with enum [null] in OpenAPI 3.0.`
      })
    }
    if (nullable) {
      out.nullable = true
      if (Array.isArray(out.enum) && out.enum.length > 1) out.enum = out.enum.filter(value => value !== null)
    }
  }
  if ('const' in out) {
    changed = true
    out.enum = [out.const as JsonValue]
    delete out.const
    moves?.add(at(), ['const'], ['enum', '0'])
  }
  for (const [bound, limit] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum']
  ] as const) {
    const value = out[bound]
    if (typeof value !== 'number') continue
    changed = true
    const existing = out[limit]
    if (
      typeof existing === 'number' &&
      (bound === 'exclusiveMinimum' ? existing > value : existing < value)
    ) {
      // The inclusive bound is the stricter one: the exclusive one adds nothing.
      delete out[bound]
    } else {
      out[limit] = value
      out[bound] = true
    }
  }
  if (out.contentEncoding === 'base64') {
    changed = true
    delete out.contentEncoding
    out.format = 'byte'
  }
  if (typeof out.contentMediaType === 'string') {
    changed = true
    delete out.contentMediaType
    if (out.type === undefined || out.type === 'string') {
      out.type = 'string'
      out.format ??= 'binary'
    }
  }

  if (mode === 'full') {
    if (Array.isArray(out.examples)) {
      changed = true
      const examples = out.examples
      delete out.examples
      if (examples.length > 0 && !('example' in out)) {
        out.example = examples[0]
        moves?.add(at(), ['examples', '0'], ['example'])
      }
      if (examples.length > 1) {
        notes.push({
          code: 'CONVERT_LOSSY',
          severity: 'info',
          pointer: at(),
          message: `${examples.length} examples at ${at()} became one example (the first) in OpenAPI 3.0.`
        })
      }
    }
    if (Array.isArray(out.prefixItems)) {
      changed = true
      const prefix = out.prefixItems
      delete out.prefixItems
      if (out.items === undefined) {
        out.items = prefix.length === 1 ? (prefix[0] as JsonValue) : { anyOf: prefix }
        if (prefix.length === 1) moves?.add(at(), ['prefixItems', '0'], ['items'])
        else moves?.add(at(), ['prefixItems'], ['items', 'anyOf'])
      }
      lose('prefixItems', 'Positional items (prefixItems)')
    }
    if ('unevaluatedProperties' in out) {
      changed = true
      const value = out.unevaluatedProperties
      delete out.unevaluatedProperties
      if (out.additionalProperties === undefined && (typeof value === 'boolean' || isObject(value))) {
        out.additionalProperties = value
        moves?.add(at(), ['unevaluatedProperties'], ['additionalProperties'])
      }
      lose(
        'unevaluatedProperties',
        'unevaluatedProperties (kept as additionalProperties where there was none)'
      )
    }
    for (const keyword of Object.keys(DROPPED)) {
      if (!hasOwn(out, keyword)) continue
      changed = true
      delete out[keyword]
      lose(keyword, DROPPED[keyword], ANNOTATIONS_ONLY.has(keyword) ? 'info' : 'warning')
    }
    // In 3.0 everything beside a $ref is ignored: keep it by wrapping both in allOf.
    if (typeof out.$ref === 'string' && Object.keys(out).length > 1) {
      changed = true
      const { $ref, ...siblings } = out
      out = { allOf: [{ $ref }, siblings] }
      for (const key of Object.keys(siblings)) moves?.add(at(), [key], ['allOf', '1', key])
    }
  }
  return changed ? out : schema
}
