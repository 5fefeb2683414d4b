/** Request bodies and responses: presence, media types, headers and the schemas they carry. */
import { isObject, type JsonObject } from '../../json-value.js'
import { child, resolve, type Located } from './found.js'
import { record, type OperationPair } from './operation-pair.js'
import { PLACES, type Place } from './schema-diff.js'

function resolved(pair: OperationPair, side: 'base' | 'head', at: Located): Located | undefined {
  if (at.node === undefined) return undefined
  const found = resolve(pair[side].doc, at)
  return found && isObject(found.node) ? found : undefined
}

/** Media types matched by name; the schemas of those on both sides are compared. */
function compareContent(
  pair: OperationPair,
  b: Located,
  h: Located,
  place: Place,
  rules: [string, string]
): void {
  const bc = child(b, 'content')
  const hc = child(h, 'content')
  const bm = isObject(bc.node) ? bc.node : {}
  const hm = isObject(hc.node) ? hc.node : {}
  for (const type of Object.keys(bm)) {
    if (Object.hasOwn(hm, type)) {
      const bs = child(child(bc, type), 'schema')
      const hs = child(child(hc, type), 'schema')
      if (bs.node !== undefined && hs.node !== undefined)
        for (const found of pair.differ.diff(bs, hs, place)) pair.out.push(found)
    } else record(pair, rules[0], `media type \`${type}\` removed`, child(bc, type))
  }
  for (const type of Object.keys(hm))
    if (!Object.hasOwn(bm, type))
      record(pair, rules[1], `media type \`${type}\` added`, undefined, child(hc, type))
}

export function compareRequestBody(pair: OperationPair): void {
  const b = resolved(pair, 'base', child(pair.base.operation, 'requestBody'))
  const h = resolved(pair, 'head', child(pair.head.operation, 'requestBody'))
  if (!b && !h) return
  const br = (b?.node as JsonObject | undefined)?.required === true
  const hr = (h?.node as JsonObject | undefined)?.required === true
  if (!b) {
    const rule = hr ? 'request-body-added-required' : 'request-body-added-optional'
    return record(pair, rule, `${hr ? 'required' : 'optional'} request body added`, undefined, h)
  }
  if (!h) return record(pair, 'request-body-removed', 'request body removed', b)
  if (!br && hr) record(pair, 'request-body-became-required', 'request body became required', b, h)
  if (br && !hr) record(pair, 'request-body-became-optional', 'request body became optional', b, h)
  // A webhook's request is what the API sends and its subscribers receive: read as a response.
  const place = pair.head.info.source === 'webhook' ? PLACES.responseBody : PLACES.requestBody
  compareContent(pair, b, h, place, ['request-body-media-type-removed', 'request-body-media-type-added'])
}

const isSuccess = (status: string) => /^2/.test(status)

export function compareResponses(pair: OperationPair): void {
  const bl = child(pair.base.operation, 'responses')
  const hl = child(pair.head.operation, 'responses')
  const bm = isObject(bl.node) ? bl.node : {}
  const hm = isObject(hl.node) ? hl.node : {}
  for (const status of Object.keys(bm)) {
    const kind = isSuccess(status) ? 'success' : 'non-success'
    if (!Object.hasOwn(hm, status)) {
      record(
        pair,
        `response-${kind}-status-removed`,
        `${kind} response \`${status}\` removed`,
        child(bl, status)
      )
      continue
    }
    const b = resolved(pair, 'base', child(bl, status))
    const h = resolved(pair, 'head', child(hl, status))
    if (!b || !h) continue
    compareContent(pair, b, h, PLACES.responseBody, [
      'response-media-type-removed',
      'response-media-type-added'
    ])
    compareHeaders(pair, b, h)
  }
  for (const status of Object.keys(hm)) {
    const kind = isSuccess(status) ? 'success' : 'non-success'
    if (!Object.hasOwn(bm, status))
      record(
        pair,
        `response-${kind}-status-added`,
        `${kind} response \`${status}\` added`,
        undefined,
        child(hl, status)
      )
  }
}

/** Header names match whatever their case. */
function headers(pair: OperationPair, side: 'base' | 'head', response: Located): Map<string, Located> {
  const list = child(response, 'headers')
  const found = new Map<string, Located>()
  if (!isObject(list.node)) return found
  for (const name of Object.keys(list.node)) {
    const at = resolved(pair, side, child(list, name))
    if (at) found.set(name.toLowerCase(), at)
  }
  return found
}

function compareHeaders(pair: OperationPair, b: Located, h: Located): void {
  const bh = headers(pair, 'base', b)
  const hh = headers(pair, 'head', h)
  const required = (at: Located) => (at.node as JsonObject).required === true
  for (const [name, at] of bh) {
    const other = hh.get(name)
    if (!other) {
      const rule = required(at) ? 'required-response-header-removed' : 'optional-response-header-removed'
      record(pair, rule, `${required(at) ? 'required' : 'optional'} header \`${name}\` removed`, at)
      continue
    }
    if (required(at) && !required(other))
      record(pair, 'response-header-became-optional', `header \`${name}\` became optional`, at, other)
    if (!required(at) && required(other))
      record(pair, 'response-header-became-required', `header \`${name}\` became required`, at, other)
    const bs = child(at, 'schema')
    const hs = child(other, 'schema')
    if (bs.node !== undefined && hs.node !== undefined)
      for (const found of pair.differ.diff(bs, hs, PLACES.header)) pair.out.push(found)
  }
  for (const [name, at] of hh)
    if (!bh.has(name)) record(pair, 'response-header-added', `header \`${name}\` added`, undefined, at)
}
