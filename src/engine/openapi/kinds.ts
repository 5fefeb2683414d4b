/**
 * What kind of OpenAPI object sits at a place in a document. The slicer needs it to put a carried target
 * under the right `components` section, and the converter and version checks need to know which nodes
 * are Schema Objects.
 */

export type NodeKind =
  | 'document'
  | 'paths'
  | 'pathItem'
  | 'operation'
  | 'parameter'
  | 'requestBody'
  | 'responses'
  | 'response'
  | 'header'
  | 'mediaType'
  | 'encoding'
  | 'example'
  | 'link'
  | 'callback'
  | 'schema'
  | 'securityScheme'
  | 'components'
  | 'data'

/** A shape is a kind, or a map or list of a shape. */
export type Shape = NodeKind | { mapOf: Shape } | { listOf: Shape }

/**
 * The one list of HTTP methods: the Path Item's fixed operation fields (3.2 adds `query`). Any other
 * method is a 3.2 `additionalOperations` entry, keyed by its name as sent (`LINK`).
 */
export const HTTP_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
  'query'
] as const
export type HttpMethod = (typeof HTTP_METHODS)[number]
const METHOD_SET: ReadonlySet<string> = new Set(HTTP_METHODS)
export function isHttpMethod(key: string): key is HttpMethod {
  return METHOD_SET.has(key)
}
export const ADDITIONAL_OPERATIONS = 'additionalOperations'
/** A method name as RFC 9110 allows it (a token): what `additionalOperations` may be keyed by. */
export const METHOD_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

/** The components section that holds each kind, and back. */
export const COMPONENT_SECTION: Partial<Record<NodeKind, string>> = {
  schema: 'schemas',
  response: 'responses',
  parameter: 'parameters',
  example: 'examples',
  requestBody: 'requestBodies',
  header: 'headers',
  securityScheme: 'securitySchemes',
  link: 'links',
  callback: 'callbacks',
  pathItem: 'pathItems',
  mediaType: 'mediaTypes'
}
export const COMPONENT_SECTIONS = Object.values(COMPONENT_SECTION) as string[]
const KIND_OF_SECTION: Record<string, NodeKind> = Object.fromEntries(
  Object.entries(COMPONENT_SECTION).map(([kind, section]) => [section, kind as NodeKind])
)
export function kindOfSection(section: string): NodeKind | undefined {
  return Object.hasOwn(KIND_OF_SECTION, section) ? KIND_OF_SECTION[section] : undefined
}

const schemaMap: Shape = { mapOf: 'schema' }
const schemaList: Shape = { listOf: 'schema' }
const contentMap: Shape = { mapOf: 'mediaType' }
const exampleMap: Shape = { mapOf: 'example' }
const headerMap: Shape = { mapOf: 'header' }

const FIELDS: Partial<Record<NodeKind, Record<string, Shape>>> = {
  document: {
    paths: 'paths',
    webhooks: { mapOf: 'pathItem' },
    components: 'components'
  },
  components: Object.fromEntries(
    Object.entries(COMPONENT_SECTION).map(([kind, section]) => [section, { mapOf: kind as NodeKind }])
  ),
  pathItem: {
    ...Object.fromEntries(HTTP_METHODS.map(method => [method, 'operation' as Shape])),
    [ADDITIONAL_OPERATIONS]: { mapOf: 'operation' },
    parameters: { listOf: 'parameter' }
  },
  operation: {
    parameters: { listOf: 'parameter' },
    requestBody: 'requestBody',
    responses: 'responses',
    callbacks: { mapOf: 'callback' }
  },
  parameter: { schema: 'schema', content: contentMap, examples: exampleMap },
  header: { schema: 'schema', content: contentMap, examples: exampleMap },
  requestBody: { content: contentMap },
  // 3.2's sequential media types: `itemSchema` describes each item, and items and parts are encoded by
  // `itemEncoding` or, by position, `prefixEncoding`.
  mediaType: {
    schema: 'schema',
    itemSchema: 'schema',
    examples: exampleMap,
    encoding: { mapOf: 'encoding' },
    itemEncoding: 'encoding',
    prefixEncoding: { listOf: 'encoding' }
  },
  encoding: {
    headers: headerMap,
    encoding: { mapOf: 'encoding' },
    itemEncoding: 'encoding',
    prefixEncoding: { listOf: 'encoding' }
  },
  response: { headers: headerMap, content: contentMap, links: { mapOf: 'link' } },
  schema: {
    properties: schemaMap,
    patternProperties: schemaMap,
    $defs: schemaMap,
    definitions: schemaMap,
    dependentSchemas: schemaMap,
    items: 'schema',
    additionalItems: 'schema',
    additionalProperties: 'schema',
    unevaluatedItems: 'schema',
    unevaluatedProperties: 'schema',
    not: 'schema',
    if: 'schema',
    then: 'schema',
    else: 'schema',
    contains: 'schema',
    propertyNames: 'schema',
    contentSchema: 'schema',
    allOf: schemaList,
    anyOf: schemaList,
    oneOf: schemaList,
    prefixItems: schemaList
  }
}

/** The shape of `node[key]` given the shape of `node`. Extensions and unknown fields are plain data. */
export function childShape(shape: Shape, key: string): Shape {
  if (typeof shape === 'object') {
    if ('listOf' in shape) return shape.listOf
    if (key.startsWith('x-')) return 'data'
    return shape.mapOf
  }
  if (key.startsWith('x-')) return 'data'
  switch (shape) {
    case 'paths':
      return key.startsWith('/') ? 'pathItem' : 'data'
    case 'responses':
      return 'response'
    case 'callback':
      return 'pathItem'
    default: {
      // Own fields only: a key such as `constructor` must not find Object.prototype's.
      const fields = FIELDS[shape]
      return fields && Object.hasOwn(fields, key) ? fields[key] : 'data'
    }
  }
}

/** Fields whose values are literal data (a `$ref` member inside them is data, not a reference). */
const LITERAL_FIELDS: Partial<Record<NodeKind, ReadonlySet<string>>> = {
  schema: new Set(['example', 'examples', 'default', 'enum', 'const']),
  parameter: new Set(['example']),
  header: new Set(['example']),
  mediaType: new Set(['example']),
  example: new Set(['value', 'dataValue'])
}

/** Whether `node[key]` holds literal data, given the shape of `node`. */
export function isLiteralField(shape: Shape, key: string): boolean {
  return typeof shape === 'string' && (LITERAL_FIELDS[shape]?.has(key) ?? false)
}

/** The kind of node a pointer designates, walking the document's structure from its root. */
export function kindAt(tokens: readonly string[], root: Shape = 'document'): NodeKind {
  let shape: Shape = root
  for (const token of tokens) shape = childShape(shape, token)
  return typeof shape === 'string' ? shape : 'data'
}
