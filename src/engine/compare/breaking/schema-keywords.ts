/** The keywords of one schema pair that constrain values: type, format, nullability, enum, bounds, pattern. */
import { hasOwn, isObject, type JsonObject } from '../../json-value.js'
import { child, renamed, show, type Located } from './found.js'
import { BOUNDS, type Direction } from './rules.js'

export interface Emit {
  direction: Direction
  /** Reports `<prefix>-<suffix>` for the node pair (either side absent for an addition or removal). */
  (suffix: string, what: string, base: Located | undefined, head: Located | undefined): void
}

type Growth = 'same' | 'wider' | 'narrower' | 'other'

/** The suffix for a type or format that grew or shrank, as the direction sees it. */
function typeSuffix(growth: Growth, direction: Direction): string {
  if (growth === 'wider') return direction === 'request' ? 'type-generalized' : 'type-changed'
  if (growth === 'narrower') return direction === 'request' ? 'type-changed' : 'type-specialized'
  return 'type-changed'
}

interface Types {
  /** undefined: any type. */
  types: string[] | undefined
  nullable: boolean
}

export function typesOf(schema: JsonObject): Types {
  const type = schema.type
  const list = Array.isArray(type) ? type.map(String) : typeof type === 'string' ? [type] : undefined
  const nullable = schema.nullable === true || (list?.includes('null') ?? false)
  return { types: list?.filter(t => t !== 'null'), nullable }
}

function covers(types: string[] | undefined, type: string): boolean {
  return !types || types.includes(type) || (type === 'integer' && types.includes('number'))
}

function growth(base: string[] | undefined, head: string[] | undefined): Growth {
  const wider = base ? base.every(t => covers(head, t)) : !head
  const narrower = head ? head.every(t => covers(base, t)) : !base
  return wider && narrower ? 'same' : wider ? 'wider' : narrower ? 'narrower' : 'other'
}

/** The keyword's own place for annotations, keeping the schema's name as the cause. */
function at(side: Located, keyword: string): Located {
  if (!isObject(side.node) || !hasOwn(side.node, keyword)) return side
  return renamed(child(side, keyword), () => side.cause)
}

function showTypes(types: string[] | undefined): string {
  return types ? show(types.length === 1 ? types[0] : types) : 'any type'
}

export function compareTypes(b: Located, h: Located, emit: Emit): void {
  const bs = b.node as JsonObject
  const hs = h.node as JsonObject
  const bt = typesOf(bs)
  const ht = typesOf(hs)
  const types = growth(bt.types, ht.types)
  if (types !== 'same')
    emit(
      typeSuffix(types, emit.direction),
      `type changed from ${showTypes(bt.types)} to ${showTypes(ht.types)}`,
      at(b, 'type'),
      at(h, 'type')
    )
  const bf = typeof bs.format === 'string' ? bs.format : undefined
  const hf = typeof hs.format === 'string' ? hs.format : undefined
  if (bf !== hf) {
    const change: Growth = !hf ? 'wider' : !bf ? 'narrower' : 'other'
    const what = `format changed from ${bf ? show(bf) : 'none'} to ${hf ? show(hf) : 'none'}`
    emit(typeSuffix(change, emit.direction), what, at(b, 'format'), at(h, 'format'))
  }
  if (bt.nullable !== ht.nullable)
    emit(
      ht.nullable ? 'became-nullable' : 'became-not-nullable',
      ht.nullable ? 'became nullable' : 'is no longer nullable',
      b,
      h
    )
}

function enumOf(schema: JsonObject): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum
  return hasOwn(schema, 'const') ? [schema.const] : undefined
}

export function compareEnums(b: Located, h: Located, emit: Emit): void {
  const be = enumOf(b.node as JsonObject)
  const he = enumOf(h.node as JsonObject)
  if (!be && !he) return
  const kb = at(b, Array.isArray((b.node as JsonObject).enum) ? 'enum' : 'const')
  const kh = at(h, Array.isArray((h.node as JsonObject).enum) ? 'enum' : 'const')
  if (!be) return emit('became-enum', `restricted to the values ${show(he)}`, b, kh)
  if (!he) return emit('became-not-enum', 'no longer restricted to a list of values', kb, h)
  const keys = (values: unknown[]) => new Set(values.map(value => JSON.stringify(value)))
  const bk = keys(be)
  const hk = keys(he)
  for (const value of be)
    if (!hk.has(JSON.stringify(value)))
      emit('enum-value-removed', `enum value ${show(value)} removed`, kb, kh)
  for (const value of he)
    if (!bk.has(JSON.stringify(value))) emit('enum-value-added', `enum value ${show(value)} added`, kb, kh)
}

export function compareBounds(b: Located, h: Located, emit: Emit): void {
  const bs = b.node as JsonObject
  const hs = h.node as JsonObject
  for (const keyword of Object.keys(BOUNDS)) {
    const bv = typeof bs[keyword] === 'number' ? (bs[keyword] as number) : undefined
    const hv = typeof hs[keyword] === 'number' ? (hs[keyword] as number) : undefined
    if (bv === hv) continue
    const { name } = BOUNDS[keyword]
    const kb = at(b, keyword)
    const kh = at(h, keyword)
    if (bv === undefined) emit(`${name}-set`, `\`${keyword}\` set to ${hv}`, kb, kh)
    else if (hv === undefined) emit(`${name}-unset`, `\`${keyword}\` ${bv} removed`, kb, kh)
    else
      emit(
        `${name}-${hv > bv ? 'increased' : 'decreased'}`,
        `\`${keyword}\` ${hv > bv ? 'increased' : 'decreased'} from ${bv} to ${hv}`,
        kb,
        kh
      )
  }
  compareExclusiveFlags(b, h, emit)
  const bp = typeof bs.pattern === 'string' ? bs.pattern : undefined
  const hp = typeof hs.pattern === 'string' ? hs.pattern : undefined
  if (bp === hp) return
  const kb = at(b, 'pattern')
  const kh = at(h, 'pattern')
  if (bp === undefined) emit('pattern-added', `pattern ${show(hp)} added`, kb, kh)
  else if (hp === undefined) emit('pattern-removed', `pattern ${show(bp)} removed`, kb, kh)
  else emit('pattern-changed', `pattern changed from ${show(bp)} to ${show(hp)}`, kb, kh)
}

/** OpenAPI 3.0's boolean exclusive bounds: turning one on excludes the bound itself. */
function compareExclusiveFlags(b: Located, h: Located, emit: Emit): void {
  for (const keyword of ['exclusiveMaximum', 'exclusiveMinimum']) {
    const before = (b.node as JsonObject)[keyword]
    const after = (h.node as JsonObject)[keyword]
    if (typeof before !== 'boolean' && typeof after !== 'boolean') continue
    const on = (value: unknown) => value === true
    if (on(before) === on(after)) continue
    const { name } = BOUNDS[keyword]
    const what = on(after)
      ? `the bound is now excluded (\`${keyword}\`)`
      : `the bound is now included (\`${keyword}\`)`
    emit(on(after) ? `${name}-set` : `${name}-unset`, what, at(b, keyword), at(h, keyword))
  }
}
