/** The structure of a schema pair: properties and what is required, items, and composition. */
import { hasOwn, isObject, refOf, type JsonObject } from '../../json-value.js'
import { child, renamed, show, type Located } from './found.js'
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

/** Additional properties and items, the members that are not named. */
export function compareMembers(b: Located, h: Located, s: Structure): void {
  compareAdditional(b, h, s)
  const bs = b.node as JsonObject
  const hs = h.node as JsonObject
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

/** A branch named after its schema, since its position in the list moves when another is added. */
const stable = (branch: Located, schema: Located) => renamed(branch, () => schema.cause)

/** Branches are matched by their `$ref`, else by position among the inline ones. */
function branchKeys(list: unknown[]): string[] {
  let inline = 0
  return list.map(branch => refOf(branch) ?? `#${inline++}`)
}

export function compareComposition(b: Located, h: Located, s: Structure, flat: boolean): void {
  const bs = b.node as JsonObject
  const hs = h.node as JsonObject
  for (const [keyword, name] of COMPOSITIONS) {
    if (flat && keyword === 'allOf') continue
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
        s.emit(
          `${name}-added`,
          `\`${keyword}\` branch ${show(refOf(hl[i]) ?? i)} added`,
          undefined,
          stable(hc, h)
        )
      else s.walk(child(bAt, String(j), bl[j]), hc)
    })
    bk.forEach((key, j) => {
      if (!hk.includes(key))
        s.emit(
          `${name}-removed`,
          `\`${keyword}\` branch ${show(refOf(bl[j]) ?? j)} removed`,
          stable(child(bAt, String(j), bl[j]), b),
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
