/**
 * Converts a whole document to the output version once per run, copy-on-write: slices are then cut from
 * the converted document, and fidelity compares each slice with it. Conversion findings carry the
 * pointer of what changed, so each slice reports the ones inside it.
 */
import type { Finding } from '../findings.js'
import { isObject, type JsonObject, type JsonValue } from '../json-value.js'
import { childShape, type Shape } from '../openapi/kinds.js'
import { escapeToken } from '../pointer.js'
import { schemaTo31, type To31Mode } from './to-31.js'

export type OutputVersion = 'auto' | '3.0' | '3.1'

export interface ConvertedDocument {
  doc: JsonObject
  version: '3.0' | '3.1'
  notes: Finding[]
}

export function convertDocument(
  doc: JsonObject,
  sourceVersion: '3.0' | '3.1',
  requested: OutputVersion
): ConvertedDocument {
  const target = requested === 'auto' ? sourceVersion : requested
  const notes: Finding[] = []
  if (target === '3.1') {
    const mode: To31Mode = sourceVersion === '3.0' ? 'full' : 'normalize'
    const converted = mapSchemas(doc, 'document', '', (schema, at) =>
      schemaTo31(schema, mode, at, notes)
    ) as JsonObject
    const out = mode === 'full' ? { ...converted, openapi: '3.1.0' } : converted
    return { doc: out, version: '3.1', notes }
  }
  if (sourceVersion === '3.0') return { doc, version: '3.0', notes }
  throw new Error('3.1 to 3.0 conversion is not available')
}

/** Applies `convert` to every Schema Object, bottom-up, sharing every subtree that did not change. */
function mapSchemas(
  node: unknown,
  shape: Shape,
  at: string,
  convert: (schema: JsonObject, at: string) => JsonObject
): unknown {
  if (typeof node !== 'object' || node === null) return node
  if (Array.isArray(node)) {
    let changed = false
    const itemShape = typeof shape === 'object' ? childShape(shape, '0') : shape
    const out = node.map((child, i) => {
      const next = mapSchemas(child, itemShape, `${at}/${i}`, convert)
      if (next !== child) changed = true
      return next
    })
    return changed ? out : node
  }
  const object = node as JsonObject
  let out: JsonObject | undefined
  const keys = Object.keys(object)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]
    const child = object[key]
    const next = mapSchemas(child, childShape(shape, key), `${at}/${escapeToken(key)}`, convert)
    if (next !== child && !out) {
      out = {}
      for (let j = 0; j < i; j++) out[keys[j]] = object[keys[j]]
    }
    if (out) out[key] = next as JsonValue
  }
  const result = out ?? object
  return shape === 'schema' && isObject(result) ? convert(result, at || '/') : result
}
