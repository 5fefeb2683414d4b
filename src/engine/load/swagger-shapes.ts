/**
 * What kind of Swagger 2.0 object sits at a place: enough to know where a referenced target belongs
 * (`definitions`, `parameters` or `responses`), which nodes are schemas, and which values are literal data.
 */
import { HTTP_METHODS } from '../openapi/kinds.js'

export type SwaggerShape =
  | 'document'
  | 'paths'
  | 'pathItem'
  | 'operation'
  | 'parameter'
  | 'parameterMap'
  | 'parameterList'
  | 'responses'
  | 'response'
  | 'schema'
  | 'schemaMap'
  | 'schemaList'
  | 'host'
  | 'literal'
  | 'data'

// Swagger 2.0's path item has neither `trace` nor `query`.
const METHODS = new Set<string>(HTTP_METHODS.filter(method => method !== 'trace' && method !== 'query'))
const LITERAL_FIELDS = new Set(['example', 'default', 'enum', 'x-example'])

const FIELDS: Partial<Record<SwaggerShape, Record<string, SwaggerShape>>> = {
  document: {
    paths: 'paths',
    'x-ms-paths': 'paths',
    definitions: 'schemaMap',
    parameters: 'parameterMap',
    responses: 'responses',
    'x-ms-parameterized-host': 'host'
  },
  host: { parameters: 'parameterList' },
  pathItem: { parameters: 'parameterList' },
  operation: { parameters: 'parameterList', responses: 'responses' },
  parameter: { schema: 'schema' },
  response: { schema: 'schema', examples: 'literal' },
  schema: {
    properties: 'schemaMap',
    additionalProperties: 'schema',
    items: 'schema',
    allOf: 'schemaList',
    anyOf: 'schemaList',
    oneOf: 'schemaList',
    not: 'schema',
    'x-anyOf': 'schemaList',
    'x-oneOf': 'schemaList',
    'x-not': 'schema'
  }
}

/** The shape of `node[key]` given the shape of `node`. Other extensions and unknown fields are data. */
export function swaggerChildShape(shape: SwaggerShape, key: string): SwaggerShape {
  switch (shape) {
    case 'literal':
    case 'data':
      return shape
    case 'schemaMap':
    case 'schemaList':
      return 'schema'
    case 'parameterMap':
    case 'parameterList':
      return 'parameter'
    case 'responses':
      return key.startsWith('x-') ? 'data' : 'response'
    case 'paths':
      return key.startsWith('/') ? 'pathItem' : 'data'
    case 'pathItem':
      if (METHODS.has(key)) return 'operation'
      break
    default:
      if (LITERAL_FIELDS.has(key) && shape !== 'document' && shape !== 'host') return 'literal'
  }
  return FIELDS[shape]?.[key] ?? 'data'
}

/** Where a target referenced from a position of this shape is hoisted in the root, if anywhere. */
export function hoistSection(shape: SwaggerShape): 'definitions' | 'parameters' | 'responses' | undefined {
  if (shape === 'schema') return 'definitions'
  if (shape === 'parameter') return 'parameters'
  if (shape === 'response') return 'responses'
  return undefined
}
