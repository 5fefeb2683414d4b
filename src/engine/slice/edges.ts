/**
 * The edges out of one subtree: every `$ref` anywhere (extensions and example values included, but in
 * literal data only refs into the document), discriminator mappings (refs and bare names), and whether
 * the subtree holds anything a slice may have to rewrite (refs into `#/paths` or a root extension, link
 * `operationRef`s).
 */
import { isObject } from '../json-value.js'
import type { Shape } from '../openapi/kinds.js'
import { discriminatorTargets, mappingRef } from '../openapi/mapping-ref.js'
import { documentRefs, walk } from '../openapi/walk.js'
import { formatPointer, getAt, parsePointer } from '../pointer.js'
import type { JsonObject } from '../json-value.js'
import { isLiteralField } from './literal-data.js'

/** A unit is what a slice carries whole: a component (`#/components/schemas/Pet`) or a `#/paths` target. */
export type UnitKey = string

export interface Edges {
  /** Units this subtree needs, in source order. */
  units: UnitKey[]
  /** Refs that resolve nowhere in the source (or are external after bundling). */
  dangling: string[]
  /** True when a slice may have to rewrite something in this subtree. */
  needsRewrite: boolean
  /** Refs inside literal data that do not point into the document: kept as data, never followed. */
  dataRefs: string[]
}

const WHOLE_ROOT_FIELDS = new Set([
  'openapi',
  'info',
  'jsonSchemaDialect',
  'servers',
  'externalDocs',
  'tags',
  'security'
])

/** Units by ref, per document: a component is referenced from many places, and slices ask again. */
const unitsByRef = new WeakMap<JsonObject, Map<string, UnitKey | '' | undefined>>()

/** The unit a local ref needs, '' when it needs none (it points at a root field every slice copies). */
export function unitOfRef(doc: JsonObject, ref: string): UnitKey | '' | undefined {
  let known = unitsByRef.get(doc)
  if (!known) unitsByRef.set(doc, (known = new Map()))
  if (known.has(ref)) return known.get(ref)
  const unit = findUnit(doc, ref)
  known.set(ref, unit)
  return unit
}

function findUnit(doc: JsonObject, ref: string): UnitKey | '' | undefined {
  if (!ref.startsWith('#')) return undefined
  const tokens = parsePointer(ref)
  if (!tokens || tokens.length === 0 || getAt(doc, tokens) === undefined) return undefined
  const head = tokens[0]
  if (head === 'components') return tokens.length >= 3 ? formatPointer(tokens.slice(0, 3)) : undefined
  if (head === 'paths' || head === 'webhooks') return tokens.length >= 2 ? formatPointer(tokens) : undefined
  // A part of a root extension (`#/x-components/responses/204`) is carried like a `#/paths` target.
  if (head.startsWith('x-') && tokens.length >= 2) return formatPointer(tokens)
  if (WHOLE_ROOT_FIELDS.has(head) || head.startsWith('x-')) return ''
  return undefined
}

export function collectEdges(doc: JsonObject, start: unknown, shape: Shape): Edges {
  const units: UnitKey[] = []
  const seenUnits = new Set<UnitKey>()
  const dangling: string[] = []
  const dataRefs: string[] = []
  let needsRewrite = false
  const addRef = (ref: string) => {
    const unit = unitOfRef(doc, ref)
    if (unit === undefined) {
      if (!dangling.includes(ref)) dangling.push(ref)
      return
    }
    if (unit === '') return
    if (ref.startsWith('#/paths') || ref.startsWith('#/webhooks') || ref.startsWith('#/x-'))
      needsRewrite = true
    if (!seenUnits.has(unit)) {
      seenUnits.add(unit)
      units.push(unit)
    }
  }
  walk(start, shape, ({ node, shape: at, parent, key }) => {
    if (parent && isLiteralField(parent.shape, key)) {
      for (const ref of documentRefs(node)) {
        if (ref.startsWith('#')) addRef(ref)
        else if (!dataRefs.includes(ref)) dataRefs.push(ref)
      }
      return false
    }
    if (!isObject(node)) return
    if (typeof node.$ref === 'string') addRef(node.$ref)
    if (at === 'link' && typeof node.operationRef === 'string') needsRewrite = true
    if (at === 'schema' && isObject(node.discriminator))
      for (const { value } of discriminatorTargets(node.discriminator)) addRef(mappingRef(value))
  })
  return { units, dangling, needsRewrite, dataRefs }
}
