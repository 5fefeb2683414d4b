/**
 * OpenAPI 3.2 → 3.1 for what a message carries: responses, request bodies, headers, media types,
 * encodings and examples. What 3.1 can say the same way is rewritten (a media type `$ref` inlined, a
 * response's summary folded into its description, `dataValue` written as `value`); the rest moves to
 * its `x-oai-` extension. Every change is recorded with its pointer.
 */
import type { FindingCode } from '../finding-codes.js'
import type { Finding, Severity } from '../findings.js'
import { isObject, type JsonObject, type JsonValue } from '../json-value.js'
import { escapeToken, getAt, parsePointer } from '../pointer.js'
import { editField, fieldsAsExtensions, mapEntries, replaceKey } from './copy-on-write.js'

export interface Down {
  /** The 3.2 document, to resolve `$ref`s to `components/mediaTypes`. */
  doc: JsonObject
  notes: Finding[]
  /** The media type refs being inlined, innermost last: a ref among them is a cycle. */
  inlining: string[]
}

const MEDIA_TYPES = '#/components/mediaTypes/'

export function record(down: Down, code: FindingCode, severity: Severity, at: string, message: string) {
  down.notes.push({ code, severity, pointer: at, message })
}

export const child = (at: string, key: string | number) => `${at}/${escapeToken(String(key))}`

export function response(down: Down, node: JsonValue, at: string): JsonValue {
  if (!isObject(node) || typeof node.$ref === 'string') return node
  let out = foldSummary(down, node, at)
  out = editField(out, 'headers', headers =>
    mapEntries(headers, (h, name) => header(down, h, child(at + '/headers', name)))
  )
  return editField(out, 'content', content => contentMap(down, content, child(at, 'content')))
}

/** 3.1 requires a description and has no summary: the summary leads the description, once. */
function foldSummary(down: Down, node: JsonObject, at: string): JsonObject {
  const summary = node.summary
  const description = node.description
  if (summary === undefined && description !== undefined) return node
  if (summary === undefined) {
    record(
      down,
      'CONVERT_RESPONSE_SUMMARY',
      'info',
      at,
      `The response at ${at} has no description, which OpenAPI 3.1 and 3.0 require; an empty one was added.`
    )
    return { ...node, description: '' }
  }
  const text = typeof summary === 'string' ? summary : JSON.stringify(summary)
  const folded =
    typeof description !== 'string' || description === ''
      ? text
      : description.includes(text)
        ? description
        : `${text}\n\n${description}`
  record(
    down,
    'CONVERT_RESPONSE_SUMMARY',
    'info',
    at,
    folded === description
      ? `The response summary at ${at} was dropped: its description already says it.`
      : `The response summary at ${at} became the first paragraph of its description: OpenAPI 3.1 has no response summary.`
  )
  if (description === undefined) return replaceKey(node, 'summary', [['description', folded]])
  const out = replaceKey(node, 'summary', [])
  out.description = folded
  return out
}

export function requestBody(down: Down, node: JsonValue, at: string): JsonValue {
  if (!isObject(node) || typeof node.$ref === 'string') return node
  return editField(node, 'content', content => contentMap(down, content, child(at, 'content')))
}

export function header(down: Down, node: JsonValue, at: string): JsonValue {
  if (!isObject(node) || typeof node.$ref === 'string') return node
  const out = editField(node, 'content', content => contentMap(down, content, child(at, 'content')))
  return editField(out, 'examples', examples => exampleMap(down, examples, child(at, 'examples')))
}

/** A parameter other than `in: querystring` (the operation's walk moves those). */
export function parameter(down: Down, node: JsonValue, at: string): JsonValue {
  if (!isObject(node) || typeof node.$ref === 'string') return node
  let out = node
  // 3.1 serializes cookies only as `form`; 3.1 allows allowReserved only in the query.
  const moving = [
    ...(node.style === 'cookie' ? ['style'] : []),
    ...(node.in !== 'query' && 'allowReserved' in node ? ['allowReserved'] : [])
  ]
  if (moving.length > 0) {
    out = fieldsAsExtensions(out, moving)[0]
    const what = moving.map(field => (field === 'style' ? 'style: cookie' : 'allowReserved')).join(' and ')
    record(
      down,
      'CONVERT_FIELD_AS_EXTENSION',
      moving.includes('style') ? 'warning' : 'info',
      at,
      `${what} of the ${String(node.in)} parameter at ${at} cannot be said before OpenAPI 3.2; kept as ${moving.map(f => `x-oai-${f}`).join(' and ')}.`
    )
  }
  out = editField(out, 'content', content => contentMap(down, content, child(at, 'content')))
  return editField(out, 'examples', examples => exampleMap(down, examples, child(at, 'examples')))
}

export function contentMap(down: Down, node: JsonValue, at: string): JsonValue {
  return mapEntries(node, (value, key) => mediaType(down, value, child(at, key)))
}

function mediaType(down: Down, node: JsonValue, at: string): JsonValue {
  if (!isObject(node)) return node
  if (typeof node.$ref === 'string') return inlineMediaType(down, node.$ref, node, at)
  let out = node
  const [described, movedDescription] = fieldsAsExtensions(out, ['description'])
  if (movedDescription.length > 0) {
    out = described
    record(
      down,
      'CONVERT_FIELD_AS_EXTENSION',
      'info',
      at,
      `The media type description at ${at} has no place before OpenAPI 3.2; kept as x-oai-description.`
    )
  }
  out = streaming(down, out, at, 'media type')
  out = editField(out, 'encoding', map =>
    mapEntries(map, (value, key) => encoding(down, value, child(at + '/encoding', key)))
  )
  return editField(out, 'examples', examples => exampleMap(down, examples, child(at, 'examples')))
}

/** A `$ref` to components/mediaTypes written inline: 3.1 has no such components, and means the same. */
function inlineMediaType(down: Down, ref: string, node: JsonObject, at: string): JsonValue {
  if (!ref.startsWith(MEDIA_TYPES)) return node
  const tokens = parsePointer(ref)
  const target = tokens ? getAt(down.doc, tokens) : undefined
  if (!isObject(target) || down.inlining.includes(ref)) {
    record(
      down,
      'CONVERT_MEDIA_TYPE_INLINED',
      'warning',
      at,
      `The media type $ref ${ref} at ${at} could not be written inline (${isObject(target) ? 'it includes itself' : 'it points nowhere'}); it is kept and fails validation.`
    )
    return node
  }
  down.inlining.push(ref)
  const inlined = mediaType(down, target, at)
  down.inlining.pop()
  record(
    down,
    'CONVERT_MEDIA_TYPE_INLINED',
    'info',
    at,
    `The media type ${ref} at ${at} was written inline: components/mediaTypes has no place before OpenAPI 3.2.`
  )
  return inlined
}

/** itemSchema, itemEncoding, prefixEncoding (and an Encoding's nested encoding) kept as extensions. */
function streaming(down: Down, node: JsonObject, at: string, what: string): JsonObject {
  const fields =
    what === 'encoding'
      ? ['encoding', 'itemEncoding', 'prefixEncoding']
      : ['itemSchema', 'itemEncoding', 'prefixEncoding']
  const [out, moved] = fieldsAsExtensions(node, fields)
  if (moved.length === 0) return node
  record(
    down,
    'CONVERT_ITEM_SCHEMA',
    'warning',
    at,
    `${moved.join(', ')} of the ${what} at ${at} cannot be said before OpenAPI 3.2: tools will not read the items of a sequential media type; kept as ${moved.map(f => `x-oai-${f}`).join(', ')}.`
  )
  return out
}

function encoding(down: Down, node: JsonValue, at: string): JsonValue {
  if (!isObject(node)) return node
  const out = streaming(down, node, at, 'encoding')
  return editField(out, 'headers', map =>
    mapEntries(map, (h, name) => header(down, h, child(at + '/headers', name)))
  )
}

export function exampleMap(down: Down, node: JsonValue, at: string): JsonValue {
  return mapEntries(node, (value, key) => example(down, value, child(at, key)))
}

/** dataValue is what 3.1's value means; serializedValue has no 3.1 field. */
export function example(down: Down, node: JsonValue, at: string): JsonValue {
  if (!isObject(node) || typeof node.$ref === 'string') return node
  let out = node
  if ('dataValue' in out) {
    if ('value' in out || 'externalValue' in out) {
      out = fieldsAsExtensions(out, ['dataValue'])[0]
      record(
        down,
        'CONVERT_EXAMPLE_VALUE',
        'info',
        at,
        `dataValue of the example at ${at} has no place before OpenAPI 3.2 beside its value; kept as x-oai-dataValue.`
      )
    } else {
      out = replaceKey(out, 'dataValue', [['value', out.dataValue]])
      record(
        down,
        'CONVERT_EXAMPLE_VALUE',
        'info',
        at,
        `dataValue of the example at ${at} became value, which means the same before OpenAPI 3.2.`
      )
    }
  }
  if ('serializedValue' in out) {
    out = fieldsAsExtensions(out, ['serializedValue'])[0]
    record(
      down,
      'CONVERT_EXAMPLE_VALUE',
      'warning',
      at,
      `serializedValue of the example at ${at} has no place before OpenAPI 3.2; kept as x-oai-serializedValue.`
    )
  }
  return out
}
