/**
 * OpenAPI 3.0 has no `$defs`: each definition moves to components/schemas under a name derived from
 * where it was (`Pet_Owner` for `#/components/schemas/Pet/$defs/Owner`), and every ref to it follows.
 */
import type { Finding } from '../findings.js'
import { hasOwn, isObject, setOwn, type JsonObject, type JsonValue } from '../json-value.js'
import { walk, tokensOf } from '../openapi/walk.js'
import { formatPointer } from '../pointer.js'

export function hoistDefs(source: JsonObject, notes: Finding[]): JsonObject {
  let found = false
  walk(source, 'document', ({ node, shape }) => {
    if (shape === 'schema' && isObject(node) && isObject(node.$defs)) found = true
  })
  if (!found) return source
  const doc = structuredClone(source)
  const components = (doc.components = isObject(doc.components) ? doc.components : {})
  const schemas = (components.schemas = isObject(components.schemas) ? components.schemas : {})
  const moved = new Map<string, string>()
  // Definitions may hold definitions: repeat until none is left.
  for (let round = 0; round < 32; round++) {
    const holders: { node: JsonObject; tokens: string[] }[] = []
    walk(doc, 'document', visit => {
      if (visit.shape === 'schema' && isObject(visit.node) && isObject(visit.node.$defs))
        holders.push({ node: visit.node, tokens: tokensOf(visit) })
    })
    if (holders.length === 0) break
    for (const { node, tokens } of holders) {
      const defs = node.$defs as JsonObject
      delete node.$defs
      const prefix = tokens[0] === 'components' && tokens[1] === 'schemas' ? tokens.slice(2) : tokens
      for (const [name, definition] of Object.entries(defs)) {
        const base =
          [...prefix, name]
            .join('_')
            .replace(/[^A-Za-z0-9._-]+/g, '_')
            .replace(/^_+/, '') || 'def'
        let target = base
        for (let n = 2; hasOwn(schemas, target); n++) target = `${base}_${n}`
        setOwn(schemas, target, definition as JsonValue)
        moved.set(formatPointer([...tokens, '$defs', name]), formatPointer(['components', 'schemas', target]))
        notes.push({
          code: 'CONVERT_DEFS_HOISTED',
          severity: 'info',
          pointer: formatPointer([...tokens, '$defs', name]).slice(1),
          message: `The definition ${name} moved to components/schemas/${target}: OpenAPI 3.0 has no $defs.`
        })
      }
    }
  }
  const rewrite = (ref: string): string => {
    for (const [from, to] of moved)
      if (ref === from || ref.startsWith(from + '/')) return rewrite(to + ref.slice(from.length))
    return ref
  }
  walk(doc, 'document', ({ node }) => {
    if (isObject(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#'))
      node.$ref = rewrite(node.$ref)
  })
  return doc
}
