/**
 * OpenAPI 3.0 → 3.1 for Schema Objects, and the normalisation of 3.1 documents that still carry 3.0
 * constructs. Every change is recorded as a finding with its pointer; nothing is dropped silently.
 */
import type { Finding } from '../findings.js'
import { setOwn, type JsonObject, type JsonValue } from '../json-value.js'
import type { Moves } from './follow-moves.js'

/** `full` converts a 3.0 schema; `normalize` only rewrites what a 3.1 document may not contain. */
export type To31Mode = 'full' | 'normalize'

/**
 * @param inRequestBody the schema describes (part of) a request body, where 3.1 says binary and base64
 *   strings with contentMediaType and contentEncoding instead of format.
 * @param examplesReferenced pointers of the schemas whose `example` a `$ref` points into: those keep it.
 * @param moves records what moved inside the schema, so refs into it can follow.
 */
export function schemaTo31(
  schema: JsonObject,
  mode: To31Mode,
  at: () => string,
  notes: Finding[],
  inRequestBody = false,
  examplesReferenced?: ReadonlySet<string>,
  moves?: Moves
): JsonObject {
  let out: JsonObject = schema
  const edit = () => (out === schema ? (out = { ...schema }) : out)

  for (const [bound, limit] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum']
  ] as const) {
    if (typeof schema[bound] !== 'boolean') continue
    const target = edit()
    if (schema[bound] === true && typeof schema[limit] === 'number') {
      const rebuilt: JsonObject = {}
      for (const key of Object.keys(target)) {
        if (key === limit) continue
        setOwn(rebuilt, key, key === bound ? (schema[limit] as number) : target[key])
      }
      out = rebuilt
    } else {
      delete target[bound]
      if (schema[bound] === true) {
        notes.push({
          code: 'CONVERT_EXCLUSIVE_WITHOUT_BOUND',
          severity: 'warning',
          pointer: at(),
          message: `${bound}: true at ${at()} had no ${limit}; it was dropped.`
        })
      }
    }
  }

  if ('nullable' in schema) {
    const target = edit()
    const nullable = target.nullable === true
    delete target.nullable
    if (nullable) {
      if (typeof target.type === 'string') {
        target.type = [target.type, 'null']
        if (Array.isArray(target.enum) && !target.enum.includes(null)) target.enum = [...target.enum, null]
      } else if (Array.isArray(target.type)) {
        if (!target.type.includes('null')) target.type = [...target.type, 'null']
      } else {
        // Without a type, null is only allowed as an explicit alternative.
        const { description, ...rest } = target
        out = { ...(description !== undefined ? { description } : {}), anyOf: [rest, { type: 'null' }] }
        for (const key of Object.keys(rest)) moves?.add(at(), [key], ['anyOf', '0', key])
        notes.push({
          code: 'CONVERT_NULLABLE_WITHOUT_TYPE',
          severity: 'info',
          pointer: at(),
          message: `nullable at ${at()} had no type; it became anyOf with {type: null}.`
        })
      }
    }
  }

  if (
    mode === 'full' &&
    inRequestBody &&
    schema.type === 'string' &&
    (schema.format === 'binary' || schema.format === 'byte')
  ) {
    const target = edit()
    const rebuilt: JsonObject = {}
    for (const key of Object.keys(target)) {
      if (key !== 'format') setOwn(rebuilt, key, target[key])
      else if (schema.format === 'binary') rebuilt.contentMediaType = 'application/octet-stream'
      else rebuilt.contentEncoding = 'base64'
    }
    out = rebuilt
  }

  if (mode === 'full' && typeof schema.$ref === 'string' && Object.keys(schema).length > 1) {
    notes.push({
      code: 'CONVERT_REF_SIBLINGS',
      severity: 'info',
      pointer: at(),
      message: `The fields beside the $ref at ${at()}, which OpenAPI 3.0 ignores, apply in 3.1; they were kept.`
    })
  }

  if (mode === 'full' && 'example' in schema) {
    if (examplesReferenced?.has(at())) {
      // 3.1 still allows `example` (deprecated): where a ref points into it, renaming it would leave
      // that ref pointing nowhere, so it stays.
      notes.push({
        code: 'CONVERT_EXAMPLE_KEPT',
        severity: 'info',
        pointer: at(),
        message: `The schema at ${at()} keeps \`example\` (deprecated in 3.1, still valid) rather than \`examples\`: a $ref points into it.`
      })
    } else {
      const target = edit()
      const rebuilt: JsonObject = {}
      for (const key of Object.keys(target)) {
        if (key === 'example') {
          if (!('examples' in target)) rebuilt.examples = [target.example as JsonValue]
        } else setOwn(rebuilt, key, target[key])
      }
      out = rebuilt
    }
  }
  return out
}
