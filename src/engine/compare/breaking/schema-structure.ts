/** The structure of a schema pair: properties and what is required, items, and composition. */
import { hasOwn, isObject, refOf, type JsonObject } from '../../json-value.js'
import { child, message, resolve, show, type Located } from './found.js'
import { mappingRef } from '../../openapi/mapping-ref.js'
import type { Direction } from './rules.js'
import type { Emit } from './schema-keywords.js'
import type { SchemaDiffer, Walked } from './schema-diff.js'

export interface Structure {
  emit: Emit
  direction: Direction
  into: Walked
  walk(base: Located, head: Located): void
  differ: SchemaDiffer
}

/** Property rules are named by direction only, wherever the object sits. */
const PROPERTY_RULES = {
  request: {
    addedRequired: 'new-required-request-property',
    addedOptional: 'new-optional-request-property',
    removedRequired: 'request-property-removed',
    removedOptional: 'request-property-removed',
    becameRequired: 'request-property-became-required',
    becameOptional: 'request-property-became-optional',
    deprecated: 'request-property-deprecated'
  },
  response: {
    addedRequired: 'response-required-property-added',
    addedOptional: 'response-optional-property-added',
    removedRequired: 'response-required-property-removed',
    removedOptional: 'response-optional-property-removed',
    becameRequired: 'response-property-became-required',
    becameOptional: 'response-property-became-optional',
    deprecated: 'response-property-deprecated'
  }
}

function requiredOf(schema: JsonObject): Set<string> {
  return new Set(Array.isArray(schema.required) ? schema.required.map(String) : [])
}

function propertiesOf(at: Located): Located {
  return child(at, 'properties', isObject((at.node as JsonObject).properties) ? undefined : {})
}

function report(s: Structure, rule: string, what: string, base?: Located, head?: Located): void {
  const cause = (head ?? base)!.cause
  s.into.found.push({ rule, message: message(cause, what), cause, base: base?.pointer, head: head?.pointer })
}

/** A property the other side never sees: read-only ones are not sent, write-only ones not returned. */
function unseen(s: Structure, doc: JsonObject, at: Located): boolean {
  const schema = resolve(doc, at)?.node
  if (!isObject(schema)) return false
  return s.direction === 'request' ? schema.readOnly === true : schema.writeOnly === true
}

export function compareProperties(b: Located, h: Located, s: Structure): void {
  const rules = PROPERTY_RULES[s.direction]
  const bs = b.node as JsonObject
  const hs = h.node as JsonObject
  const bp = propertiesOf(b)
  const hp = propertiesOf(h)
  const bo = bp.node as JsonObject
  const ho = hp.node as JsonObject
  const br = requiredOf(bs)
  const hr = requiredOf(hs)
  for (const name of Object.keys(ho)) {
    if (hasOwn(bo, name)) continue
    const at = child(hp, name)
    if (unseen(s, s.differ.headDoc, at)) continue
    const required = hr.has(name)
    report(
      s,
      required ? rules.addedRequired : rules.addedOptional,
      `${required ? 'required' : 'optional'} property \`${name}\` added`,
      undefined,
      at
    )
  }
  for (const name of Object.keys(bo)) {
    const bc = child(bp, name)
    if (!hasOwn(ho, name)) {
      if (unseen(s, s.differ.baseDoc, bc)) continue
      const required = br.has(name)
      report(
        s,
        required ? rules.removedRequired : rules.removedOptional,
        `${required ? 'required' : 'optional'} property \`${name}\` removed`,
        bc
      )
      continue
    }
    const hc = child(hp, name)
    const deprecated = (doc: JsonObject, at: Located) =>
      (resolve(doc, at)?.node as JsonObject | undefined)?.deprecated === true
    if (!deprecated(s.differ.baseDoc, bc) && deprecated(s.differ.headDoc, hc))
      report(s, rules.deprecated, `property \`${name}\` deprecated`, bc, hc)
    s.walk(bc, hc)
  }
  for (const name of hr) {
    if (br.has(name) || (hasOwn(ho, name) && !hasOwn(bo, name))) continue
    if (hasOwn(ho, name) && unseen(s, s.differ.headDoc, child(hp, name))) continue
    const at = hasOwn(ho, name) ? child(hp, name) : h
    report(
      s,
      rules.becameRequired,
      `property \`${name}\` became required`,
      hasOwn(bo, name) ? child(bp, name) : b,
      at
    )
  }
  for (const name of br) {
    if (hr.has(name) || (hasOwn(bo, name) && !hasOwn(ho, name))) continue
    const at = hasOwn(ho, name) ? child(hp, name) : h
    report(
      s,
      rules.becameOptional,
      `property \`${name}\` became optional`,
      hasOwn(bo, name) ? child(bp, name) : b,
      at
    )
  }
  compareAdditional(b, h, s)
  if (isObject(bs.items) && isObject(hs.items)) s.walk(child(b, 'items'), child(h, 'items'))
}

function compareAdditional(b: Located, h: Located, s: Structure): void {
  const ba = (b.node as JsonObject).additionalProperties
  const ha = (h.node as JsonObject).additionalProperties
  if (ha === false && ba !== false)
    s.emit(
      'additional-properties-closed',
      'additional properties are no longer allowed',
      b,
      child(h, 'additionalProperties')
    )
  else if (ba === false && ha !== false)
    s.emit(
      'additional-properties-opened',
      'additional properties are now allowed',
      child(b, 'additionalProperties'),
      h
    )
  else if (isObject(ba) && isObject(ha))
    s.walk(child(b, 'additionalProperties'), child(h, 'additionalProperties'))
}

const COMPOSITIONS: [string, string][] = [
  ['allOf', 'all-of'],
  ['oneOf', 'one-of'],
  ['anyOf', 'any-of']
]

/** Branches are matched by their `$ref`, else by position among the inline ones. */
function branchKeys(list: unknown[]): string[] {
  let inline = 0
  return list.map(branch => refOf(branch) ?? `#${inline++}`)
}

export function compareComposition(b: Located, h: Located, s: Structure): void {
  const bs = b.node as JsonObject
  const hs = h.node as JsonObject
  for (const [keyword, name] of COMPOSITIONS) {
    const bl = Array.isArray(bs[keyword]) ? (bs[keyword] as unknown[]) : []
    const hl = Array.isArray(hs[keyword]) ? (hs[keyword] as unknown[]) : []
    if (bl.length === 0 && hl.length === 0) continue
    const bk = branchKeys(bl)
    const hk = branchKeys(hl)
    const bAt = child(b, keyword, bl)
    const hAt = child(h, keyword, hl)
    hk.forEach((key, i) => {
      const j = bk.indexOf(key)
      const hc = child(hAt, String(i), hl[i])
      if (j < 0)
        s.emit(`${name}-added`, `\`${keyword}\` branch ${show(refOf(hl[i]) ?? i)} added`, undefined, hc)
      else s.walk(child(bAt, String(j), bl[j]), hc)
    })
    bk.forEach((key, j) => {
      if (!hk.includes(key))
        s.emit(
          `${name}-removed`,
          `\`${keyword}\` branch ${show(refOf(bl[j]) ?? j)} removed`,
          child(bAt, String(j), bl[j]),
          undefined
        )
    })
  }
  compareDiscriminator(b, h, s)
}

function compareDiscriminator(b: Located, h: Located, s: Structure): void {
  const bd = (b.node as JsonObject).discriminator
  const hd = (h.node as JsonObject).discriminator
  if (!isObject(bd) && !isObject(hd)) return
  if (!isObject(bd)) return s.emit('discriminator-added', 'discriminator added', b, child(h, 'discriminator'))
  if (!isObject(hd))
    return s.emit('discriminator-removed', 'discriminator removed', child(b, 'discriminator'), h)
  const bAt = child(b, 'discriminator')
  const hAt = child(h, 'discriminator')
  if (bd.propertyName !== hd.propertyName)
    s.emit(
      'discriminator-property-name-changed',
      `discriminator property changed from ${show(bd.propertyName)} to ${show(hd.propertyName)}`,
      bAt,
      hAt
    )
  const bm = isObject(bd.mapping) ? bd.mapping : {}
  const hm = isObject(hd.mapping) ? hd.mapping : {}
  for (const key of Object.keys(hm)) {
    if (!hasOwn(bm, key))
      s.emit('discriminator-mapping-added', `discriminator value ${show(key)} added`, bAt, hAt)
    else if (mappingRef(String(bm[key])) !== mappingRef(String(hm[key])))
      s.emit(
        'discriminator-mapping-changed',
        `discriminator value ${show(key)} now maps to ${show(hm[key])}`,
        bAt,
        hAt
      )
  }
  for (const key of Object.keys(bm))
    if (!hasOwn(hm, key))
      s.emit('discriminator-mapping-deleted', `discriminator value ${show(key)} removed`, bAt, hAt)
}
