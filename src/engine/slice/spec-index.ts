/**
 * Everything about a loaded document that every slice reuses, computed once: each unit's direct edges
 * (memoised), implicit discriminator subtypes, and the stable component names of carried `#/paths`
 * targets. Building it never mutates the document.
 */
import { isObject, type JsonObject } from '../json-value.js'
import { COMPONENT_SECTION, kindAt, kindOfSection, type NodeKind, type Shape } from '../openapi/kinds.js'
import { documentRefs, walk } from '../openapi/walk.js'
import { formatPointer, getAt, parsePointer } from '../pointer.js'
import { collectEdges, type Edges, type UnitKey } from './edges.js'

export interface CarriedTarget {
  section: string
  name: string
  kind: NodeKind
}

/** Where a component sits in the source: its section, name, and rank in source order. */
export interface ComponentPlace {
  section: string
  name: string
  rank: number
}

export class SpecIndex {
  readonly doc: JsonObject
  private readonly edgeMemo = new Map<UnitKey, Edges>()
  private subtypeMap: Map<string, string[]> | undefined
  private carriedNames: Map<UnitKey, CarriedTarget | undefined> | undefined
  private leftOutExtensions: string[] | undefined
  private componentOrder: Map<UnitKey, ComponentPlace> | undefined
  private extensionKindMap: Map<UnitKey, NodeKind> | undefined

  constructor(doc: JsonObject) {
    this.doc = doc
  }

  /** The source place of a component unit, or undefined for any other unit. Computed once per document. */
  componentPlace(unit: UnitKey): ComponentPlace | undefined {
    if (!this.componentOrder) {
      this.componentOrder = new Map()
      const components = isObject(this.doc.components) ? this.doc.components : {}
      let rank = 0
      for (const section of Object.keys(components)) {
        const entries = components[section]
        if (!isObject(entries)) continue
        for (const name of Object.keys(entries))
          this.componentOrder.set(formatPointer(['components', section, name]), {
            section,
            name,
            rank: rank++
          })
      }
    }
    return this.componentOrder.get(unit)
  }

  /** The node a unit key designates. */
  nodeOf(unit: UnitKey): unknown {
    const tokens = parsePointer(unit)
    return tokens ? getAt(this.doc, tokens) : undefined
  }

  /** Direct edges of a unit, plus implicit discriminator subtypes of a component schema. */
  edgesOf(unit: UnitKey): Edges {
    const known = this.edgeMemo.get(unit)
    if (known) return known
    const tokens = parsePointer(unit) ?? []
    const node = getAt(this.doc, tokens)
    const kind =
      tokens[0] === 'components'
        ? (kindOfSection(tokens[1]) ?? 'data')
        : tokens[0].startsWith('x-')
          ? (this.carriedTarget(unit)?.kind ?? 'data')
          : kindAt(tokens)
    const edges = collectEdges(this.doc, node, kind)
    if (kind === 'schema' && tokens[0] === 'components' && isObject(node) && isObject(node.discriminator)) {
      if (!isObject(node.discriminator.mapping)) {
        for (const child of this.implicitSubtypes(tokens[2])) {
          const key = formatPointer(['components', 'schemas', child])
          if (!edges.units.includes(key)) edges.units.push(key)
        }
      }
    }
    this.edgeMemo.set(unit, edges)
    return edges
  }

  /**
   * Root extensions slices leave out: those that hold `$ref`s, those whose parts slices carry as
   * components, and `x-webhooks`, the usual 3.0 container of webhook path items (often very
   * large). They belong to no selected operation; copying them would carry into every
   * slice what no operation of it uses.
   */
  leftOutRootExtensions(): string[] {
    if (!this.leftOutExtensions) {
      const carriedFrom = new Set([...this.extensionKinds().keys()].map(unit => parsePointer(unit)![0]))
      this.leftOutExtensions = Object.keys(this.doc).filter(key => {
        if (!key.startsWith('x-')) return false
        if (key === 'x-webhooks' || carriedFrom.has(key)) return true
        const edges = collectEdges(this.doc, this.doc[key], 'data')
        return edges.units.some(unit => !unit.startsWith('#/x-')) || edges.dangling.length > 0
      })
    }
    return this.leftOutExtensions
  }

  /** Component schemas whose `allOf` references `components/schemas/<base>`, in source order. */
  implicitSubtypes(base: string): string[] {
    if (!this.subtypeMap) {
      this.subtypeMap = new Map()
      const schemas = isObject(this.doc.components) ? this.doc.components.schemas : undefined
      if (isObject(schemas)) {
        for (const name of Object.keys(schemas)) {
          const schema = schemas[name]
          if (!isObject(schema) || !Array.isArray(schema.allOf)) continue
          for (const part of schema.allOf) {
            const ref = isObject(part) && typeof part.$ref === 'string' ? part.$ref : undefined
            const tokens = ref?.startsWith('#') ? parsePointer(ref) : undefined
            if (!tokens || tokens.length !== 3 || tokens[0] !== 'components' || tokens[1] !== 'schemas')
              continue
            const list = this.subtypeMap.get(tokens[2]) ?? []
            if (!list.includes(name)) list.push(name)
            this.subtypeMap.set(tokens[2], list)
          }
        }
      }
    }
    return this.subtypeMap.get(base) ?? []
  }

  /**
   * Where a `#/paths` or `#/webhooks` target is carried in a slice: its component section and a name
   * derived from its pointer. Names are assigned over every such ref in the document, in sorted order,
   * so they do not depend on which operations a run selects.
   */
  carriedTarget(unit: UnitKey): CarriedTarget | undefined {
    if (!this.carriedNames) this.carriedNames = this.assignCarriedNames()
    return this.carriedNames.get(unit)
  }

  private assignCarriedNames(): Map<UnitKey, CarriedTarget | undefined> {
    const targets = new Set<UnitKey>()
    for (const ref of documentRefs(this.doc)) {
      if (!/^#\/(paths|webhooks)\//.test(ref)) continue
      const tokens = parsePointer(ref)
      if (tokens && tokens.length > 2) targets.add(formatPointer(tokens))
    }
    const extensionKinds = this.extensionKinds()
    for (const unit of extensionKinds.keys()) targets.add(unit)
    const components = isObject(this.doc.components) ? this.doc.components : {}
    const taken = new Map<string, Set<string>>()
    const names = new Map<UnitKey, CarriedTarget | undefined>()
    for (const unit of [...targets].sort()) {
      const tokens = parsePointer(unit)!
      const kind = extensionKinds.get(unit) ?? kindAt(tokens)
      const section = COMPONENT_SECTION[kind]
      if (!section) {
        names.set(unit, undefined)
        continue
      }
      const used =
        taken.get(section) ?? new Set(isObject(components[section]) ? Object.keys(components[section]) : [])
      taken.set(section, used)
      const base = tokens
        .join('_')
        .replace(/[^A-Za-z0-9._-]+/g, '_')
        .replace(/_+/g, '_')
        .replace(/^_|_$/g, '')
      let name = base
      for (let n = 2; used.has(name); n++) name = `${base}_${n}`
      used.add(name)
      names.set(unit, { section, name, kind })
    }
    return names
  }

  /**
   * Parts of root extensions that refs point at (`#/x-components/responses/204`), each with the kind of
   * the first position that references it: an extension has no shape of its own, the place of its use
   * does. Parts referenced only from data get no kind, and are not carried.
   */
  private extensionKinds(): Map<UnitKey, NodeKind> {
    if (this.extensionKindMap) return this.extensionKindMap
    const kinds = new Map<UnitKey, NodeKind>()
    this.extensionKindMap = kinds
    // Most documents have no root extension that refs could point into: then no walk is needed.
    const roots = Object.keys(this.doc).filter(
      key => key.startsWith('x-') && typeof this.doc[key] === 'object'
    )
    if (roots.length === 0 || ![...documentRefs(this.doc)].some(ref => ref.startsWith('#/x-'))) return kinds
    const queue: UnitKey[] = []
    const visitRefs = (start: unknown, shape: Shape) =>
      walk(start, shape, ({ node, shape: at }) => {
        const ref = isObject(node) ? node.$ref : undefined
        if (typeof ref !== 'string' || !ref.startsWith('#/x-') || typeof at !== 'string') return
        const tokens = parsePointer(ref)
        if (!tokens || tokens.length < 2 || !COMPONENT_SECTION[at]) return
        const unit = formatPointer(tokens)
        if (kinds.has(unit) || getAt(this.doc, tokens) === undefined) return
        kinds.set(unit, at)
        queue.push(unit)
      })
    visitRefs(this.doc, 'document')
    for (let i = 0; i < queue.length; i++) visitRefs(this.nodeOf(queue[i]), kinds.get(queue[i])!)
    return kinds
  }
}
