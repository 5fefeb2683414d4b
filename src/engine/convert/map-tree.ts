/** A copy-on-write map over an OpenAPI document, bottom-up, that the converters run over the tree. */
import { isObject, setOwn, type JsonObject, type JsonValue } from '../json-value.js'
import { childShape, type Shape } from '../openapi/kinds.js'
import { escapeToken } from '../pointer.js'

/** `at` gives the node's pointer; it is made only when a converter reports something there. */
export type SchemaConverter = (schema: JsonObject, at: () => string, inRequestBody: boolean) => JsonObject
export type OtherConverter = (node: JsonObject, shape: Shape, at: () => string) => JsonObject

/** The keys from the document's root to a node, innermost last. */
interface Trail {
  parent: Trail | undefined
  key: string
}

function pointerOf(trail: Trail | undefined): string {
  const tokens: string[] = []
  for (let step = trail; step; step = step.parent) tokens.push(escapeToken(step.key))
  return tokens.length === 0 ? '/' : '/' + tokens.reverse().join('/')
}

/**
 * Applies the converters bottom-up, sharing every subtree that did not change. `inRequestBody` is true
 * below a Request Body Object.
 *
 * Not one mapper with slice/rewrite.ts's, and not memoised as that one is: a conversion depends on where
 * a node stands (its findings carry the pointer, and a schema below a request body converts otherwise),
 * so a node shared by two places is converted at each. The slice's rewrite depends only on the node,
 * and renames keys on the way down.
 */
export function mapTree(
  node: unknown,
  shape: Shape,
  trail: Trail | undefined,
  inRequestBody: boolean,
  schema?: SchemaConverter,
  other?: OtherConverter
): unknown {
  // Plain data (examples, defaults, extensions) holds no OpenAPI object, and no converter changes it.
  if (typeof node !== 'object' || node === null || shape === 'data') return node
  const inBody = inRequestBody || shape === 'requestBody'
  if (Array.isArray(node)) {
    let out: unknown[] | undefined
    const itemShape = typeof shape === 'object' ? childShape(shape, '0') : shape
    for (let i = 0; i < node.length; i++) {
      const child: unknown = node[i]
      const next =
        typeof child === 'object' && child !== null
          ? mapTree(child, itemShape, { parent: trail, key: String(i) }, inBody, schema, other)
          : child
      if (next !== child && !out) out = node.slice(0, i)
      if (out) out.push(next)
    }
    return out ?? node
  }
  const object = node as JsonObject
  let out: JsonObject | undefined
  const keys = Object.keys(object)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]
    const child = object[key]
    const next =
      typeof child === 'object' && child !== null
        ? mapTree(child, childShape(shape, key), { parent: trail, key }, inBody, schema, other)
        : child
    if (next !== child && !out) {
      out = {}
      for (let j = 0; j < i; j++) setOwn(out, keys[j], object[keys[j]])
    }
    if (out) setOwn(out, key, next as JsonValue)
  }
  const result = out ?? object
  const at = () => pointerOf(trail)
  if (shape === 'schema' && schema && isObject(result)) return schema(result, at, inBody)
  if (other && isObject(result)) return other(result, shape, at)
  return result
}
