/**
 * The slice-specific rewrites, copy-on-write: a subtree with nothing to change is returned as is (the
 * slice shares it with the source, which is never mutated). Rewrites are refs to `#/paths` targets that
 * the slice carries as components, and link `operationRef`s to operations outside the slice.
 */
import type { Finding } from '../findings.js'
import { isObject, setOwn, type JsonObject, type JsonValue } from '../json-value.js'
import { childShape, type Shape } from '../openapi/kinds.js'
import { operationAt, operationObjects } from '../openapi/operations.js'
import { parsePointer } from '../pointer.js'
import { mapDiscriminator, mappingRef } from '../openapi/mapping-ref.js'

export interface RewriteContext {
  doc: JsonObject
  /** The new ref for a ref the slice carries elsewhere, or undefined to keep it. */
  mapRef(ref: string): string | undefined
  /** Whether the slice holds the operation at (source, path, method). */
  holdsOperation(source: 'path' | 'webhook', path: string, method: string): boolean
  notes: Finding[]
}

export function rewriteTree(node: unknown, shape: Shape, context: RewriteContext): unknown {
  return rewriteNode(node, shape, context, new Map())
}

/**
 * Memoised by identity, unlike convert/map-tree.ts's mapTree: a rewrite depends only on the node and
 * the slice, not on where the node stands, so a node reached twice (YAML aliases share nodes) is
 * rewritten once and stays shared, and a cycle ends. Its rewrites rename keys on the way down
 * (`operationRef` to `operationId`), where the converters replace whole objects on the way back up.
 */
function rewriteNode(
  node: unknown,
  shape: Shape,
  context: RewriteContext,
  memo: Map<object, unknown>
): unknown {
  if (typeof node !== 'object' || node === null) return node
  if (memo.has(node)) return memo.get(node)
  memo.set(node, node)
  let result: unknown = node
  if (Array.isArray(node)) {
    let changed = false
    const out = node.map((child, index) => {
      const next = rewriteNode(child, childShape(shape, String(index)), context, memo)
      if (next !== child) changed = true
      return next
    })
    if (changed) result = out
  } else {
    const object = node as JsonObject
    let out: JsonObject | undefined
    const keys = Object.keys(object)
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]
      const value = object[key]
      let next: unknown = value
      let nextKey = key
      if (key === '$ref' && typeof value === 'string') {
        next = context.mapRef(value) ?? value
      } else if (key === 'operationRef' && shape === 'link' && typeof value === 'string') {
        const replacement = linkReplacement(value, context)
        if (replacement) {
          nextKey = 'operationId'
          next = replacement
        }
      } else if (key === 'discriminator' && shape === 'schema' && isObject(value)) {
        next = mapDiscriminator(value, target => context.mapRef(mappingRef(target)))
      } else {
        next = rewriteNode(value, childShape(shape, key), context, memo)
      }
      if ((next !== value || nextKey !== key) && !out) {
        out = {}
        for (let j = 0; j < i; j++) setOwn(out, keys[j], object[keys[j]])
      }
      if (out) setOwn(out, nextKey, next as JsonValue)
    }
    if (out) result = out
  }
  memo.set(node, result)
  return result
}

/**
 * A link to an operation outside the slice names it by operationId when it has one: the same operation,
 * without a pointer that would dangle. Without an operationId the operationRef stays, because dropping
 * the link would lose meaning. Both are recorded.
 */
function linkReplacement(operationRef: string, context: RewriteContext): string | undefined {
  const tokens = operationRef.startsWith('#') ? parsePointer(operationRef) : undefined
  const place = tokens && operationAt(tokens)
  if (!tokens || !place) {
    context.notes.push({
      code: 'LINK_OPERATION_REF_KEPT',
      severity: 'warning',
      message: `A link's operationRef ${operationRef} does not point at an operation of this document; it was kept as written.`
    })
    return undefined
  }
  if (context.holdsOperation(place.source, place.path, place.method)) return undefined
  const target = operationObjects(context.doc, place)
  const operationId = target?.operation.operationId
  if (typeof operationId === 'string') {
    context.notes.push({
      code: 'LINK_OPERATION_REF_REWRITTEN',
      severity: 'warning',
      message: `A link's operationRef ${operationRef} points outside the slice; it now names the same operation by operationId "${operationId}".`
    })
    return operationId
  }
  context.notes.push({
    code: 'LINK_OPERATION_REF_KEPT',
    severity: 'warning',
    message: `A link's operationRef ${operationRef} points outside the slice at an operation with no operationId; it was kept as written.`
  })
  return undefined
}
