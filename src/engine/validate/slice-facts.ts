/**
 * What the validation phases need to know about a subtree, gathered in one recursive pass: the `$ref`s
 * in it, the discriminator mapping values, and the constructs that belong only to OpenAPI 3.0 or only
 * to 3.1. Slices share their components with the source document, so facts are memoised by object
 * identity: each shared component is scanned once per run, not once per slice.
 */
import { isObject, type JsonObject } from '../json-value.js'
import { childShape, isLiteralField, type Shape } from '../openapi/kinds.js'
import { discriminatorTargets, type DiscriminatorTarget } from '../openapi/mapping-ref.js'
import { escapeToken, formatPointer, pointerText } from '../pointer.js'
import { inspect32 } from './constructs-32.js'

export interface FoundRef {
  ref: string
  /** Pointer of the object holding the `$ref`, relative to the subtree. */
  at: string
}

export interface SubtreeFacts {
  refs: FoundRef[]
  mappings: (DiscriminatorTarget & { at: string })[]
  /**
   * The constructs that belong only to the other version, the first of each kind with where it is
   * (`ref` names the kind).
   */
  notIn: { '3.0'?: FoundRef[]; '3.1'?: FoundRef[]; '3.2'?: FoundRef[] }
}

const memo = new Map<string, WeakMap<object, SubtreeFacts>>()

function shapeKey(shape: Shape): string {
  if (typeof shape === 'string') return shape
  return 'listOf' in shape ? `list:${shapeKey(shape.listOf)}` : `map:${shapeKey(shape.mapOf)}`
}

/**
 * No facts yet. Every facts object is made here, so all are made alike and the phases' loops over
 * them stay optimised (docs/performance.md).
 */
function emptyFacts(): SubtreeFacts {
  return { refs: [], mappings: [], notIn: {} }
}

function factsOf(node: unknown, shape: Shape): SubtreeFacts {
  if (typeof node !== 'object' || node === null) return emptyFacts()
  const key = shapeKey(shape)
  let byShape = memo.get(key)
  if (!byShape) memo.set(key, (byShape = new WeakMap()))
  const known = byShape.get(node)
  if (known) return known
  const facts = emptyFacts()
  const path: string[] = []
  const ancestors = new Set<object>()
  const at = () => (path.length === 0 ? '' : '/' + path.map(escapeToken).join('/'))
  // Inside literal data (examples, defaults, enums), a `$ref` to no place in the document is data.
  const visit = (value: unknown, here: Shape, literal: boolean) => {
    if (typeof value !== 'object' || value === null || ancestors.has(value)) return
    ancestors.add(value)
    if (Array.isArray(value)) {
      const itemShape = typeof here === 'object' ? childShape(here, '0') : here
      for (let i = 0; i < value.length; i++) {
        path.push(String(i))
        visit(value[i], itemShape, literal)
        path.pop()
      }
    } else {
      const object = value as JsonObject
      if (typeof object.$ref === 'string' && !(literal && !object.$ref.startsWith('#')))
        facts.refs.push({ ref: object.$ref, at: at() })
      if (here === 'schema') inspectSchema(object, facts, at)
      if (typeof here === 'string') inspect32(object, here, what => found32(facts, what, at))
      for (const field of Object.keys(object)) {
        const child = object[field]
        if (typeof child !== 'object' || child === null) continue
        path.push(field)
        visit(child, childShape(here, field), literal || isLiteralField(here, field))
        path.pop()
      }
    }
    ancestors.delete(value)
  }
  visit(node, shape, false)
  byShape.set(node, facts)
  return facts
}

function inspectSchema(schema: JsonObject, facts: SubtreeFacts, at: () => string): void {
  if (isObject(schema.discriminator))
    for (const target of discriminatorTargets(schema.discriminator))
      facts.mappings.push({ ...target, at: at() })
  if ('nullable' in schema) found(facts, '3.1', '`nullable` (3.1 uses a type array with "null")', at)
  if (typeof schema.exclusiveMinimum === 'boolean' || typeof schema.exclusiveMaximum === 'boolean')
    found(facts, '3.1', 'boolean exclusive bounds (3.1 uses numbers)', at)
  if (Array.isArray(schema.type)) found(facts, '3.0', 'a type array (3.0 uses a single type)', at)
  if ('const' in schema) found(facts, '3.0', '`const`', at)
  if ('$defs' in schema) found(facts, '3.0', '`$defs`', at)
  if (typeof schema.exclusiveMinimum === 'number' || typeof schema.exclusiveMaximum === 'number')
    found(facts, '3.0', 'numeric exclusive bounds (3.0 uses booleans)', at)
}

/**
 * Records the construct `ref` unless one of its kind was found before. What 3.1 does not allow (3.0's
 * own keywords), 3.2 does not either.
 */
function found(facts: SubtreeFacts, notIn: '3.0' | '3.1' | '3.2', ref: string, at: () => string): void {
  const list = (facts.notIn[notIn] ??= [])
  if (!list.some(known => known.ref === ref)) list.push({ ref, at: at() })
  if (notIn === '3.1') found(facts, '3.2', ref, at)
}

/** A construct only 3.2 has: neither 3.0 nor 3.1 allows it. */
function found32(facts: SubtreeFacts, ref: string, at: () => string): void {
  found(facts, '3.0', ref, at)
  const list = (facts.notIn['3.1'] ??= [])
  if (!list.some(known => known.ref === ref)) list.push({ ref, at: at() })
}

/** The constructs of each version that a whole document holds, the first of each kind. */
export function documentConstructs(doc: JsonObject): SubtreeFacts['notIn'] {
  return factsOf(doc, 'document').notIn
}

export interface SlicePart {
  /** Pointer of the part in the slice. */
  at: string
  /** For a component: its pointer `#/components/<section>/<name>`. */
  component?: string
  /** What the phases need to know about the part, looked up once for all of them. */
  facts: SubtreeFacts
}

const partsMemo = new WeakMap<JsonObject, SlicePart[]>()

/**
 * The slice cut at the places where it shares objects with the source, so their facts are reused.
 * Several phases ask for the same slice's parts: they are computed once per slice, each with its facts.
 */
export function sliceParts(slice: JsonObject): SlicePart[] {
  const known = partsMemo.get(slice)
  if (known) return known
  const parts: SlicePart[] = []
  partsMemo.set(slice, parts)
  for (const key of Object.keys(slice)) {
    const value = slice[key]
    if ((key === 'paths' || key === 'webhooks') && isObject(value)) {
      for (const name of Object.keys(value)) {
        const item = value[name]
        if (!isObject(item)) continue
        for (const field of Object.keys(item)) {
          parts.push({
            at: pointerText([key, name, field]),
            facts: factsOf(item[field], childShape('pathItem', field))
          })
        }
      }
    } else if (key === 'components' && isObject(value)) {
      for (const section of Object.keys(value)) {
        const entries = value[section]
        if (!isObject(entries)) continue
        const shape = childShape('components', section)
        for (const name of Object.keys(entries)) {
          const tokens = ['components', section, name]
          parts.push({
            at: pointerText(tokens),
            component: formatPointer(tokens),
            facts: factsOf(entries[name], childShape(shape, name))
          })
        }
      }
    } else {
      parts.push({ at: pointerText([key]), facts: factsOf(value, childShape('document', key)) })
    }
  }
  return parts
}
