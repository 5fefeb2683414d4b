/**
 * Swagger 2.0 schemas that say `type: "null"` (alone or in a type list). swagger2openapi turns them into
 * `nullable: true` and drops the type, so a schema that allowed only null then allows anything. Before
 * conversion each is given its most faithful 3.0 form, and each is recorded:
 * - `type: [string, "null"]` keeps `type: string` and becomes nullable;
 * - `type: "null"` alone becomes `nullable: true` with `enum: [null]`, which still accepts only null.
 * `x-nullable` beside a `$ref` is recorded too: 3.0 ignores a `$ref`'s siblings, so it is lost there.
 */
import type { SourceLocation } from '../errors.js'
import type { FindingCode } from '../finding-codes.js'
import type { Finding } from '../findings.js'
import { isObject, type JsonObject, type JsonValue } from '../json-value.js'
import { pointerText } from '../pointer.js'
import { swaggerChildShape, type SwaggerShape } from './swagger-shapes.js'

/** Marks a schema that allowed only null, until the converter has run. */
const NULL_ONLY = 'x-slice-oas-null-only'
/** Holds an enum that lists null, as text, while the converter runs: it deletes every null in a list. */
const NULL_ENUM = 'x-slice-oas-enum'

export type Locator = (tokens: string[]) => SourceLocation | undefined

/** Rewrites the null types of a Swagger 2.0 document in place (the caller's own copy). */
export function prepareNullTypes(doc: JsonObject, locate: Locator, notes: Finding[]): void {
  const seen = new Set<object>()
  const stack: { node: unknown; shape: SwaggerShape; tokens: string[] }[] = [
    { node: doc, shape: 'document', tokens: [] }
  ]
  while (stack.length > 0) {
    const { node, shape, tokens } = stack.pop()!
    if (typeof node !== 'object' || node === null || seen.has(node)) continue
    seen.add(node)
    // Children are pushed last to first, so notes come in source order.
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        const childShape = shape === 'schema' ? 'schema' : swaggerChildShape(shape, String(i))
        stack.push({ node: node[i], shape: childShape, tokens: [...tokens, String(i)] })
      }
      continue
    }
    const object = node as JsonObject
    if (shape === 'schema') prepareSchema(object, tokens, locate, notes)
    const keys = Object.keys(object)
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]
      stack.push({ node: object[key], shape: swaggerChildShape(shape, key), tokens: [...tokens, key] })
    }
  }
}

function prepareSchema(schema: JsonObject, tokens: string[], locate: Locator, notes: Finding[]): void {
  const note = (message: string, code: FindingCode = 'CONVERT_NULL_TYPE') => {
    const location = locate(tokens)
    notes.push({
      code,
      severity: 'warning',
      message,
      pointer: pointerText(tokens),
      ...(location ? { location } : {})
    })
  }
  if (typeof schema.$ref === 'string' && schema['x-nullable'] === true) {
    note(
      `\`x-nullable\` beside a $ref at ${pointerText(tokens)} is kept as \`nullable\`, which OpenAPI 3.0 ignores beside a $ref.`,
      'CONVERT_NULLABLE_REF'
    )
  }
  if (Array.isArray(schema.enum) && schema.enum.includes(null)) {
    schema[NULL_ENUM] = JSON.stringify(schema.enum)
    delete schema.enum
  }
  const type = schema.type
  const types = Array.isArray(type) ? type : [type]
  if (!types.includes('null')) return
  const others = types.filter(entry => entry !== 'null')
  if (others.length === 0) {
    delete schema.type
    schema[NULL_ONLY] = true
    note(
      `\`type: "null"\` at ${pointerText(tokens)} has no OpenAPI 3.0 form; it became \`nullable: true\` with \`enum: [null]\`.`
    )
    return
  }
  schema.type = others.length === 1 ? others[0] : others
  schema['x-nullable'] = true
  note(
    `The type list ${JSON.stringify(type)} at ${pointerText(tokens)} became ${others.length === 1 ? `\`type: ${String(others[0])}\`` : 'a `oneOf` of its types'} with \`nullable: true\`.`
  )
}

/** Gives each schema marked before conversion its 3.0 form, in place (the converter's output). */
export function finishNullTypes(doc: unknown): void {
  const seen = new Set<object>()
  const stack: unknown[] = [doc]
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node !== 'object' || node === null || seen.has(node)) continue
    seen.add(node)
    if (isObject(node) && typeof node[NULL_ENUM] === 'string') {
      node.enum = JSON.parse(node[NULL_ENUM]) as JsonValue
      delete node[NULL_ENUM]
    }
    if (isObject(node) && node[NULL_ONLY] === true) {
      delete node[NULL_ONLY]
      node.nullable = true
      if (!Array.isArray(node.enum)) node.enum = [null]
      else if (!node.enum.includes(null)) node.enum = [...node.enum, null]
    }
    for (const child of Object.values(node))
      if (typeof child === 'object' && child !== null) stack.push(child)
  }
}
