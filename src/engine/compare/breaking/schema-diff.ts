/**
 * The differences between two schemas, in the direction data flows. Each pair of components (a `$ref`
 * on both sides) is compared once for the whole run and named after the component, so a change inside a
 * shared component is one cause whatever the number of operations that use it, and a cycle ends.
 */
import { isObject, refOf, type JsonObject } from '../../json-value.js'
import { foundAt, resolve, type Found, type Located } from './found.js'
import { reported, type Direction } from './rules.js'
import { compareBounds, compareEnums, compareTypes, type Emit } from './schema-keywords.js'
import { allOfReorganised, compareProperties, withBranchType } from './schema-properties.js'
import { compareComposition, compareMembers } from './schema-structure.js'

/** Where a schema sits: the rule prefixes for the schema itself and for what nests inside it. */
export interface Place {
  root: string
  nested: string
  direction: Direction
}

export const PLACES = {
  parameter: { root: 'request-parameter', nested: 'request-parameter-property', direction: 'request' },
  requestBody: { root: 'request-body', nested: 'request-property', direction: 'request' },
  responseBody: { root: 'response-body', nested: 'response-property', direction: 'response' },
  header: { root: 'response-header', nested: 'response-header-property', direction: 'response' }
} as const satisfies Record<string, Place>

export interface Context {
  place: Place
  atRoot: boolean
}

interface Edge {
  key: string
  baseRef: string
  headRef: string
  context: Context
}

/** What one walk finds: its own differences, and the component pairs it reached but left to their own walk. */
export interface Walked {
  found: Found[]
  edges: Edge[]
}

const MAX_DEPTH = 200

export class SchemaDiffer {
  private readonly pairs = new Map<string, Walked>()
  private readonly reached = new Map<string, readonly Found[]>()

  constructor(
    readonly baseDoc: JsonObject,
    readonly headDoc: JsonObject
  ) {}

  /** Every difference between the two schemas, with the components they reach. */
  diff(base: Located, head: Located, place: Place): Found[] {
    const own: Walked = { found: [], edges: [] }
    this.walk(base, head, { place, atRoot: true }, own, 0)
    if (own.edges.length === 0) return own.found
    const found = own.found
    for (const edge of own.edges) for (const item of this.reach(edge)) found.push(item)
    return found
  }

  /** What a component pair and every pair it reaches hold: kept, since many operations reach the same. */
  private reach(start: Edge): readonly Found[] {
    const known = this.reached.get(start.key)
    if (known) return known
    const found: Found[] = []
    const seen = new Set<string>([start.key])
    const stack = [start]
    while (stack.length > 0) {
      const pair = this.pair(stack.pop()!)
      for (const item of pair.found) found.push(item)
      for (const next of pair.edges)
        if (!seen.has(next.key)) {
          seen.add(next.key)
          stack.push(next)
        }
    }
    this.reached.set(start.key, found)
    return found
  }

  private pair(edge: Edge): Walked {
    let walked = this.pairs.get(edge.key)
    if (walked) return walked
    walked = { found: [], edges: [] }
    this.pairs.set(edge.key, walked)
    const base = resolve(this.baseDoc, { node: { $ref: edge.baseRef }, pointer: '', cause: '' })
    const head = resolve(this.headDoc, { node: { $ref: edge.headRef }, pointer: '', cause: '' })
    if (base && head) this.compare(base, head, edge.context, walked, 0)
    return walked
  }

  /** Compares two schema nodes; a `$ref` on both sides becomes an edge to its own walk. */
  walk(base: Located, head: Located, context: Context, into: Walked, depth: number): void {
    const baseRef = refOf(base.node)
    const headRef = refOf(head.node)
    if (baseRef?.startsWith('#') && headRef?.startsWith('#')) {
      const key = `${context.place.root}\0${context.atRoot}\0${baseRef}\0${headRef}`
      into.edges.push({ key, baseRef, headRef, context })
      return
    }
    const b = resolve(this.baseDoc, base)
    const h = resolve(this.headDoc, head)
    if (b && h && depth < MAX_DEPTH) this.compare(b, h, context, into, depth)
  }

  private compare(b: Located, h: Located, context: Context, into: Walked, depth: number): void {
    const emit = this.emitter(context, into)
    if (!isObject(b.node) || !isObject(h.node)) {
      if (b.node !== h.node) emit('type-changed', `schema changed from ${b.node} to ${h.node}`, b, h)
      return
    }
    const flat = allOfReorganised(b.node, h.node)
    if (flat) compareTypes(withBranchType(this.baseDoc, b), withBranchType(this.headDoc, h), emit)
    else compareTypes(b, h, emit)
    compareEnums(b, h, emit)
    compareBounds(b, h, emit)
    const nested = { place: context.place, atRoot: false }
    const walk = (bc: Located, hc: Located) => this.walk(bc, hc, nested, into, depth + 1)
    const structure = { emit, direction: context.place.direction, into, walk, differ: this }
    compareProperties(b, h, structure, flat)
    compareMembers(b, h, structure)
    compareComposition(b, h, structure, flat)
  }

  private emitter(context: Context, into: Walked): Emit {
    const prefix = context.atRoot ? context.place.root : context.place.nested
    const direction = context.place.direction
    const emit = (suffix: string, what: string, base: Located | undefined, head: Located | undefined) => {
      if (!reported(direction, suffix)) return
      into.found.push(foundAt(`${prefix}-${suffix}`, what, base, head))
    }
    return Object.assign(emit, { direction })
  }
}
