/**
 * Literal data: `example`, `examples.*.value`, `default`, `enum` and `const` hold values, not OpenAPI
 * objects. A `$ref` member there is followed only when it points into the document; any other (an
 * absolute URL in a SCIM example) is data, kept exactly as written.
 */
import { childShape, type NodeKind, type Shape } from '../openapi/kinds.js'
import type { PointerTokens } from '../pointer.js'

const EXAMPLE = new Set(['example'])
const LITERAL_FIELDS: Partial<Record<NodeKind, ReadonlySet<string>>> = {
  schema: new Set(['example', 'examples', 'default', 'enum', 'const']),
  parameter: EXAMPLE,
  header: EXAMPLE,
  mediaType: EXAMPLE,
  example: new Set(['value'])
}

/** Whether `node[key]` is literal data, given the shape of `node`. */
export function isLiteralField(shape: Shape, key: string): boolean {
  return typeof shape === 'string' && (LITERAL_FIELDS[shape]?.has(key) ?? false)
}

/** Whether a pointer of a document lies inside literal data. */
export function inLiteralData(tokens: PointerTokens): boolean {
  let shape: Shape = 'document'
  for (const token of tokens) {
    if (isLiteralField(shape, token)) return true
    shape = childShape(shape, token)
  }
  return false
}
