/**
 * OpenAPI 3.2 → 3.1: the document's structure. 3.1 has no `query` method, no custom methods, no
 * `in: querystring`, no tag hierarchy, no `$self`, no device authorization flow: each is kept under its
 * `x-oai-` extension (the OpenAPI Initiative's registry names them so for earlier versions), and each is
 * recorded with its pointer. The result is a 3.1 document but for its `openapi` field, which the caller
 * sets; a 3.0 target then takes the 3.1 → 3.0 path.
 */
import type { Finding } from '../findings.js'
import { isObject, type JsonObject, type JsonValue } from '../json-value.js'
import { HTTP_METHODS } from '../openapi/kinds.js'
import { derefLocal } from '../pointer.js'
import { editField, fieldsAsExtensions, mapEntries, mapItems, replaceKey } from './copy-on-write.js'
import {
  child,
  example,
  header,
  parameter,
  record,
  requestBody,
  response,
  type Down
} from './from-32-content.js'
import { mapTree } from './map-tree.js'

export function documentFrom32(doc: JsonObject, notes: Finding[]): JsonObject {
  const down: Down = { doc, notes, inlining: [] }
  let out = doc
  // Refs were resolved against $self when the spec was read; as x-oai-$self it would be copied, as a
  // root extension, into slices that are other documents.
  if (Object.hasOwn(out, '$self')) {
    out = replaceKey(out, '$self', [])
    record(
      down,
      'CONVERT_FIELD_AS_EXTENSION',
      'info',
      '/$self',
      'The document’s $self has no place before OpenAPI 3.2 and was dropped: its relative references were resolved against it when the spec was read.'
    )
  }
  out = editField(out, 'servers', list => servers(down, list, '/servers'))
  out = editField(out, 'tags', list => mapItems(list, (tag, i) => tagFrom32(down, tag, `/tags/${i}`)))
  out = editField(out, 'paths', paths =>
    mapEntries(paths, (item, key) => pathItem(down, item, child('/paths', key)))
  )
  out = editField(out, 'webhooks', hooks =>
    mapEntries(hooks, (item, key) => pathItem(down, item, child('/webhooks', key)))
  )
  out = editField(out, 'components', components => componentsFrom32(down, components))
  return schemasFrom32(down, out)
}

function componentsFrom32(down: Down, node: JsonValue): JsonValue {
  if (!isObject(node)) return node
  let out = node
  if ('mediaTypes' in out) {
    out = replaceKey(out, 'mediaTypes', [])
    record(
      down,
      'CONVERT_MEDIA_TYPE_INLINED',
      'info',
      '/components/mediaTypes',
      'components/mediaTypes has no place before OpenAPI 3.2: each media type that used one is written inline.'
    )
  }
  const section = (name: string, fn: (value: JsonValue, at: string) => JsonValue | undefined) => {
    out = editField(out, name, map =>
      mapEntries(map, (value, key) => fn(value, child(`/components/${name}`, key)))
    )
  }
  section('responses', (value, at) => response(down, value, at))
  section('parameters', (value, at) => {
    if (!isQuerystring(down, value)) return parameter(down, value, at)
    record(
      down,
      'CONVERT_QUERYSTRING',
      'warning',
      at,
      `The querystring parameter at ${at} has no place before OpenAPI 3.2: it was left out of components/parameters, and written inline as x-oai-querystring where it was used.`
    )
    return undefined
  })
  section('requestBodies', (value, at) => requestBody(down, value, at))
  section('headers', (value, at) => header(down, value, at))
  section('examples', (value, at) => example(down, value, at))
  section('securitySchemes', (value, at) => securityScheme(down, value, at))
  section('callbacks', (value, at) => callback(down, value, at))
  section('pathItems', (value, at) => pathItem(down, value, at))
  return out
}

function pathItem(down: Down, node: JsonValue, at: string): JsonValue {
  if (!isObject(node)) return node
  let out = movedOperations(down, node, at)
  out = editField(out, 'servers', list => servers(down, list, child(at, 'servers')))
  const before = out
  out = withParameters(down, out, at, true)
  // Slices carry a path item's parameters but not its extensions: each operation gets the query string.
  const shared = out !== before ? out['x-oai-querystring'] : undefined
  if (shared !== undefined) out = replaceKey(out, 'x-oai-querystring', [])
  for (const method of HTTP_METHODS)
    out = editField(out, method, op => {
      const converted = operation(down, op, child(at, method))
      return shared === undefined || !isObject(converted) || 'x-oai-querystring' in converted
        ? converted
        : { ...converted, 'x-oai-querystring': shared }
    })
  return out
}

/** `query` and `additionalOperations` go, converted, under `x-oai-additionalOperations` by method. */
function movedOperations(down: Down, node: JsonObject, at: string): JsonObject {
  if (!('query' in node) && !('additionalOperations' in node)) return node
  const moved: JsonObject = {}
  const take = (method: string, op: JsonValue, opAt: string) => {
    moved[method] = operation(down, op, opAt)
    record(
      down,
      'CONVERT_OPERATION_LEFT_OUT',
      'warning',
      opAt,
      `The ${method} operation at ${opAt} has no method of its own before OpenAPI 3.2: it gets no slice, and is kept under its path item's x-oai-additionalOperations.`
    )
  }
  if ('query' in node) take('QUERY', node.query, child(at, 'query'))
  if (isObject(node.additionalOperations))
    for (const [method, op] of Object.entries(node.additionalOperations))
      take(method, op, child(child(at, 'additionalOperations'), method))
  // An extension the document already holds keeps its entries, and its place when it comes first.
  const earlier = isObject(node['x-oai-additionalOperations']) ? node['x-oai-additionalOperations'] : {}
  const merged = { ...earlier, ...moved }
  const first = 'query' in node ? 'query' : 'additionalOperations'
  let out = replaceKey(node, first, [['x-oai-additionalOperations', merged]])
  if (first === 'query' && 'additionalOperations' in out) out = replaceKey(out, 'additionalOperations', [])
  out['x-oai-additionalOperations'] = merged
  return out
}

function operation(down: Down, node: JsonValue, at: string): JsonValue {
  if (!isObject(node)) return node
  let out = withParameters(down, node, at)
  out = editField(out, 'requestBody', body => requestBody(down, body, child(at, 'requestBody')))
  out = editField(out, 'responses', map =>
    mapEntries(map, (r, code) => response(down, r, child(child(at, 'responses'), code)))
  )
  out = editField(out, 'callbacks', map =>
    mapEntries(map, (cb, name) => callback(down, cb, child(child(at, 'callbacks'), name)))
  )
  return editField(out, 'servers', list => servers(down, list, child(at, 'servers')))
}

function callback(down: Down, node: JsonValue, at: string): JsonValue {
  if (!isObject(node) || typeof node.$ref === 'string') return node
  return mapEntries(node, (item, expression) => pathItem(down, item, child(at, expression)))
}

function isQuerystring(down: Down, node: JsonValue): boolean {
  const resolved = derefLocal(down.doc, node)
  return isObject(resolved) && resolved.in === 'querystring'
}

/** The parameters, with a querystring parameter moved (resolved) to `x-oai-querystring` beside them. */
function withParameters(down: Down, node: JsonObject, at: string, shared = false): JsonObject {
  const list = node.parameters
  if (!Array.isArray(list)) return node
  let querystring: JsonValue | undefined
  const kept = mapItems(list, (p, i) => {
    const pAt = child(child(at, 'parameters'), i)
    if (!isQuerystring(down, p)) return parameter(down, p, pAt)
    querystring = parameter(down, derefLocal(down.doc, p) as JsonValue, pAt)
    record(
      down,
      'CONVERT_QUERYSTRING',
      'warning',
      pAt,
      `The querystring parameter${typeof (p as JsonObject).$ref === 'string' ? ` ${String((p as JsonObject).$ref)}` : ''} at ${pAt} has no place before OpenAPI 3.2: tools will not send the query string it describes; kept as x-oai-querystring${shared ? ' on each of its operations' : ''}.`
    )
    return undefined
  })
  if (kept === list) return node
  const entries: [string, JsonValue][] = [['parameters', kept]]
  if (querystring !== undefined) entries.push(['x-oai-querystring', querystring])
  return replaceKey(node, 'parameters', entries)
}

function servers(down: Down, node: JsonValue, at: string): JsonValue {
  return mapItems(node, (server, i) => {
    if (!isObject(server)) return server
    const [out, moved] = fieldsAsExtensions(server, ['name'])
    if (moved.length > 0)
      record(
        down,
        'CONVERT_FIELD_AS_EXTENSION',
        'info',
        child(at, i),
        `The server name at ${child(at, i)} has no place before OpenAPI 3.2; kept as x-oai-name.`
      )
    return out
  })
}

function tagFrom32(down: Down, node: JsonValue, at: string): JsonValue {
  if (!isObject(node)) return node
  const [out, moved] = fieldsAsExtensions(node, ['summary', 'parent', 'kind'])
  if (moved.length === 0) return node
  const lost = moved.includes('parent') ? `: the tag is no longer nested under ${String(node.parent)}` : ''
  record(
    down,
    'CONVERT_TAG_HIERARCHY',
    moved.includes('parent') ? 'warning' : 'info',
    at,
    `${moved.join(', ')} of the tag ${String(node.name)} ${moved.length > 1 ? 'have' : 'has'} no place before OpenAPI 3.2${lost}; kept as ${moved.map(f => `x-oai-${f}`).join(', ')}.`
  )
  return out
}

function securityScheme(down: Down, node: JsonValue, at: string): JsonValue {
  if (!isObject(node) || typeof node.$ref === 'string') return node
  const [out, moved] = fieldsAsExtensions(node, ['deprecated', 'oauth2MetadataUrl'])
  if (moved.length > 0)
    record(
      down,
      'CONVERT_SECURITY_32',
      'info',
      at,
      `${moved.join(' and ')} of the security scheme at ${at} ${moved.length > 1 ? 'have' : 'has'} no place before OpenAPI 3.2; kept as ${moved.map(f => `x-oai-${f}`).join(' and ')}.`
    )
  return editField(out, 'flows', flows => {
    if (!isObject(flows) || !('deviceAuthorization' in flows)) return flows
    record(
      down,
      'CONVERT_SECURITY_32',
      'warning',
      `${at}/flows/deviceAuthorization`,
      `The deviceAuthorization flow of the security scheme at ${at} has no place before OpenAPI 3.2: tools will not offer it; kept as x-oai-deviceAuthorization.`
    )
    return fieldsAsExtensions(flows, ['deviceAuthorization'])[0]
  })
}

/** Schema keywords new in 3.2: the discriminator's defaultMapping, and the XML nodeType. */
function schemasFrom32(down: Down, doc: JsonObject): JsonObject {
  return mapTree(doc, 'document', undefined, false, (schema, at) => {
    let out = schema
    if (isObject(out.discriminator) && 'defaultMapping' in out.discriminator) {
      out = { ...out, discriminator: fieldsAsExtensions(out.discriminator, ['defaultMapping'])[0] }
      record(
        down,
        'CONVERT_FIELD_AS_EXTENSION',
        'warning',
        at(),
        `The discriminator's defaultMapping at ${at()} has no place before OpenAPI 3.2: a value no mapping names no longer selects a schema; kept as x-oai-defaultMapping.`
      )
    }
    if (isObject(out.xml) && 'nodeType' in out.xml) out = { ...out, xml: xmlFrom32(down, out, at()) }
    return out
  }) as JsonObject
}

/** nodeType `attribute`, and `element` on an array, are 3.1's attribute and wrapped; others are kept. */
function xmlFrom32(down: Down, schema: JsonObject, at: string): JsonObject {
  const xml = schema.xml as JsonObject
  const nodeType = xml.nodeType
  const isArray = schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array'))
  if (nodeType === 'attribute' || (nodeType === 'element' && isArray)) {
    const field = nodeType === 'attribute' ? 'attribute' : 'wrapped'
    record(
      down,
      'CONVERT_FIELD_AS_EXTENSION',
      'info',
      at,
      `xml nodeType: ${nodeType} at ${at} became ${field}: true.`
    )
    return replaceKey(xml, 'nodeType', [[field, true]])
  }
  if (nodeType === 'element') {
    record(
      down,
      'CONVERT_FIELD_AS_EXTENSION',
      'info',
      at,
      `xml nodeType: element at ${at} was dropped: it is the default.`
    )
    return replaceKey(xml, 'nodeType', [])
  }
  record(
    down,
    'CONVERT_FIELD_AS_EXTENSION',
    'warning',
    at,
    `xml nodeType: ${String(nodeType)} at ${at} has no place before OpenAPI 3.2; kept as x-oai-nodeType.`
  )
  return fieldsAsExtensions(xml, ['nodeType'])[0]
}
