/**
 * The constructs only OpenAPI 3.2 has, as the version phase looks for them in a 3.0 or 3.1 slice: each
 * one a down-conversion moves or rewrites (convert/from-32.ts) and none a 3.1 tool reads.
 */
import { isObject, type JsonObject } from '../json-value.js'
import type { NodeKind } from '../openapi/kinds.js'
import { escapeToken } from '../pointer.js'

const MARK = '(OpenAPI 3.2)'

/** Whether a construct the version phase names is one only 3.2 has. */
export function isConstruct32(what: string): boolean {
  return what.endsWith(MARK)
}

const FIELDS: Partial<Record<NodeKind, readonly string[]>> = {
  pathItem: ['query', 'additionalOperations'],
  mediaType: ['itemSchema', 'itemEncoding', 'prefixEncoding', 'description'],
  encoding: ['encoding', 'itemEncoding', 'prefixEncoding'],
  response: ['summary'],
  example: ['dataValue', 'serializedValue'],
  securityScheme: ['deprecated', 'oauth2MetadataUrl']
}
const KIND_NAMES: Partial<Record<NodeKind, string>> = {
  pathItem: 'path item',
  mediaType: 'media type',
  securityScheme: 'security scheme'
}

/** Calls `found` with each 3.2 construct on the object itself (not below it), given its kind. */
export function inspect32(object: JsonObject, kind: NodeKind, found: (what: string) => void): void {
  for (const field of FIELDS[kind] ?? [])
    if (Object.hasOwn(object, field)) found(`a ${KIND_NAMES[kind] ?? kind}'s \`${field}\` ${MARK}`)
  if ((kind === 'pathItem' || kind === 'operation') && namedServer(object.servers))
    found('a server `name` ' + MARK)
  if (kind === 'parameter') {
    if (object.in === 'querystring') found('a parameter `in: querystring` ' + MARK)
    if (object.style === 'cookie') found('a parameter `style: cookie` ' + MARK)
  }
  if (
    kind === 'mediaType' &&
    typeof object.$ref === 'string' &&
    object.$ref.startsWith('#/components/mediaTypes/')
  )
    found('a `$ref` to components/mediaTypes ' + MARK)
  if (
    kind === 'securityScheme' &&
    isObject(object.flows) &&
    Object.hasOwn(object.flows, 'deviceAuthorization')
  )
    found('the OAuth2 `deviceAuthorization` flow ' + MARK)
  if (kind === 'schema') {
    if (isObject(object.discriminator) && Object.hasOwn(object.discriminator, 'defaultMapping'))
      found("a discriminator's `defaultMapping` " + MARK)
    if (isObject(object.xml) && Object.hasOwn(object.xml, 'nodeType')) found('an xml `nodeType` ' + MARK)
  }
}

function namedServer(servers: unknown): boolean {
  return Array.isArray(servers) && servers.some(server => isObject(server) && Object.hasOwn(server, 'name'))
}

/** The 3.2 constructs at the root of a document, each with its pointer. */
export function rootConstructs32(doc: JsonObject): { what: string; at: string }[] {
  const out: { what: string; at: string }[] = []
  if (Object.hasOwn(doc, '$self')) out.push({ what: '`$self` ' + MARK, at: '/$self' })
  if (namedServer(doc.servers)) out.push({ what: 'a server `name` ' + MARK, at: '/servers' })
  if (isObject(doc.components) && Object.hasOwn(doc.components, 'mediaTypes'))
    out.push({ what: 'components/mediaTypes ' + MARK, at: '/components/mediaTypes' })
  if (Array.isArray(doc.tags))
    doc.tags.forEach((tag, i) => {
      for (const field of ['summary', 'parent', 'kind'])
        if (isObject(tag) && Object.hasOwn(tag, field))
          out.push({ what: `a tag's \`${field}\` ${MARK}`, at: `/tags/${i}` })
    })
  for (const key of ['paths', 'webhooks']) {
    const items = doc[key]
    if (!isObject(items)) continue
    for (const [name, item] of Object.entries(items)) {
      if (!isObject(item)) continue
      inspect32(item, 'pathItem', what => out.push({ what, at: `/${key}/${escapeToken(name)}` }))
    }
  }
  return out
}
