/**
 * Structural equality of two graphs with `$ref`s resolved on the fly, each in its own document. It is a
 * bisimulation: a pair of nodes already under comparison is assumed equal, so cycles end, and there is
 * no `JSON.stringify` anywhere. Two rewrites the slicer makes are treated as the same meaning: a link
 * `operationRef` replaced by the target's `operationId`, and a `#/paths` target carried as a component.
 */
import { hasOwn, isObject, type JsonObject } from '../json-value.js'
import { operationAt, operationObjects } from './operations.js'
import { getAt, parsePointer } from '../pointer.js'
import { mappingRef } from './mapping-ref.js'

export interface Difference {
  /** Where, as dotted keys from the compared roots. */
  at: string
  message: string
}

interface Pair {
  a: unknown
  b: unknown
  at: string
}

const MAX_REF_CHAIN = 64

/** Follows a `$ref` chain; the referencing objects' other fields are kept beside the target. */
function deref(
  doc: JsonObject,
  node: unknown
): { target: unknown; siblings: JsonObject | undefined; dangling?: string; node?: JsonObject } {
  let current = node
  let siblings: JsonObject | undefined
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
    const ref = current.$ref
    // A ref out of the document is compared as written: in literal data it is data, and anywhere else
    // the references phase reports it.
    if (!ref.startsWith('#')) break
    const tokens = ref.startsWith('#') && hops < MAX_REF_CHAIN ? parsePointer(ref) : undefined
    const target = tokens ? getAt(doc, tokens) : undefined
    if (target === undefined) return { target: undefined, siblings, dangling: ref, node: current }
    const { $ref: _ref, ...rest } = current
    if (Object.keys(rest).length > 0) siblings = { ...rest, ...siblings }
    current = target
  }
  return { target: current, siblings }
}

/**
 * The refs of one document (the source), memoised for the whole run since every slice is compared with
 * the same source: what each designates, and which refs each object holds.
 */
class RefGraph {
  private readonly held = new WeakMap<object, readonly string[]>()
  private readonly targets = new Map<string, unknown>()
  constructor(private readonly doc: JsonObject) {}

  target(ref: string): unknown {
    if (!this.targets.has(ref)) this.targets.set(ref, this.targetIn(this.doc, ref))
    return this.targets.get(ref)
  }

  /** What the ref designates in another document (a slice). */
  targetIn(doc: JsonObject, ref: string): unknown {
    const tokens = ref.startsWith('#') ? parsePointer(ref) : undefined
    return tokens ? getAt(doc, tokens) : undefined
  }

  /** The refs the comparison could follow from inside `start`: `$ref`s and discriminator mappings. */
  refsIn(start: object): readonly string[] {
    const known = this.held.get(start)
    if (known) return known
    const refs = new Set<string>()
    const seen = new Set<object>()
    const stack: unknown[] = [start]
    while (stack.length > 0) {
      const node = stack.pop()
      if (typeof node !== 'object' || node === null || seen.has(node)) continue
      seen.add(node)
      if (Array.isArray(node)) {
        for (const child of node) stack.push(child)
        continue
      }
      for (const key of Object.keys(node)) {
        const value = (node as JsonObject)[key]
        if (key === '$ref' && typeof value === 'string') refs.add(value)
        else if (key === 'defaultMapping' && typeof value === 'string') refs.add(mappingRef(value))
        else if (key === 'mapping' && isObject(value)) {
          for (const name of Object.keys(value)) {
            const target = value[name]
            if (typeof target === 'string') refs.add(mappingRef(target))
          }
        }
        stack.push(value)
      }
    }
    const result = refs.size > 0 ? [...refs] : NO_REFS
    this.held.set(start, result)
    return result
  }
}

const NO_REFS: readonly string[] = []
const graphs = new WeakMap<JsonObject, RefGraph>()

export class ResolvedComparator {
  private readonly graph: RefGraph
  /** Refs whose every reachable ref designates the same object in both documents. */
  private readonly shared = new Set<string>()
  constructor(
    private readonly docA: JsonObject,
    private readonly docB: JsonObject
  ) {
    let graph = graphs.get(docA)
    if (!graph) graphs.set(docA, (graph = new RefGraph(docA)))
    this.graph = graph
  }

  /**
   * An object both sides share equals itself when every ref reachable from it designates the same
   * object in both documents: the comparison would meet only identical pairs. Slices share most of
   * their objects with the source, so this spares walking each slice's whole closure node by node.
   * When it does not hold (or a ref dangles), the object is compared node by node, which says where.
   */
  private sharedAndEqual(node: object): boolean {
    const visited = new Set<string>()
    const stack = [...this.graph.refsIn(node)]
    while (stack.length > 0) {
      const ref = stack.pop()!
      if (visited.has(ref) || this.shared.has(ref)) continue
      visited.add(ref)
      const target = this.graph.target(ref)
      if (target === undefined || this.graph.targetIn(this.docB, ref) !== target) return false
      if (typeof target === 'object' && target !== null)
        for (const next of this.graph.refsIn(target)) stack.push(next)
    }
    for (const ref of visited) this.shared.add(ref)
    return true
  }

  /** The first difference between `a` (in document A) and `b` (in document B), or undefined. */
  compare(a: unknown, b: unknown, at = ''): Difference | undefined {
    const assumed = new Map<object, Set<object>>()
    const stack: Pair[] = [{ a, b, at }]
    while (stack.length > 0) {
      const pair = stack.pop()!
      const left = deref(this.docA, pair.a)
      const right = deref(this.docB, pair.b)
      // The same ref to another document on both sides is data (examples keep such members): compare it so.
      const data = left.dangling === right.dangling && left.dangling?.startsWith('#') === false
      if (!data && (left.dangling || right.dangling)) {
        return { at: pair.at, message: `the reference ${left.dangling ?? right.dangling} resolves nowhere` }
      }
      if (left.siblings || right.siblings)
        stack.push({ a: left.siblings ?? {}, b: right.siblings ?? {}, at: `${pair.at} (beside $ref)` })
      const x = data ? left.node : left.target
      const y = data ? right.node : right.target
      if (typeof x !== 'object' || x === null || typeof y !== 'object' || y === null) {
        if (x !== y) return { at: pair.at, message: `${show(x)} became ${show(y)}` }
        continue
      }
      if (x === y && this.sharedAndEqual(x)) continue
      let seen = assumed.get(x)
      if (seen?.has(y)) continue
      if (!seen) assumed.set(x, (seen = new Set()))
      seen.add(y)
      if (Array.isArray(x) || Array.isArray(y)) {
        if (!Array.isArray(x) || !Array.isArray(y))
          return { at: pair.at, message: 'a list became a mapping, or the reverse' }
        if (x.length !== y.length)
          return { at: pair.at, message: `a list of ${x.length} became a list of ${y.length}` }
        for (let i = x.length - 1; i >= 0; i--) stack.push({ a: x[i], b: y[i], at: `${pair.at}[${i}]` })
        continue
      }
      const difference = this.compareObjects(x as JsonObject, y as JsonObject, pair.at, stack)
      if (difference) return difference
    }
    return undefined
  }

  private compareObjects(x: JsonObject, y: JsonObject, at: string, stack: Pair[]): Difference | undefined {
    const keysX = Object.keys(x)
    const keysY = new Set(Object.keys(y))
    let skip: Set<string> | undefined
    if (
      typeof x.operationRef === 'string' &&
      y.operationRef === undefined &&
      typeof y.operationId === 'string' &&
      x.operationId === undefined
    ) {
      if (this.operationIdOf(x.operationRef) !== y.operationId) {
        return {
          at,
          message: `the link's operationRef ${x.operationRef} became operationId "${y.operationId}", another operation`
        }
      }
      skip = new Set(['operationRef', 'operationId'])
    }
    for (const key of keysX) {
      if (skip?.has(key)) continue
      if (!keysY.has(key)) return { at: join(at, key), message: 'this field was dropped' }
    }
    for (const key of keysY) {
      if (skip?.has(key)) continue
      if (!hasOwn(x, key)) return { at: join(at, key), message: 'this field was added' }
    }
    for (let i = keysX.length - 1; i >= 0; i--) {
      const key = keysX[i]
      if (skip?.has(key)) continue
      const dx = x[key]
      const dy = y[key]
      if (key === 'defaultMapping' && typeof dx === 'string' && typeof dy === 'string' && dx !== dy) {
        stack.push({ a: { $ref: mappingRef(dx) }, b: { $ref: mappingRef(dy) }, at: join(at, key) })
        continue
      }
      if (key === 'mapping' && isObject(x[key]) && isObject(y[key])) {
        const mx = x[key] as JsonObject
        const my = y[key] as JsonObject
        const names = Object.keys(mx)
        if (names.length !== Object.keys(my).length || names.some(name => !hasOwn(my, name))) {
          return { at: join(at, key), message: 'the discriminator mapping names changed' }
        }
        for (const name of names) {
          const vx = mx[name]
          const vy = my[name]
          if (vx === vy) continue
          if (typeof vx !== 'string' || typeof vy !== 'string')
            return { at: join(join(at, key), name), message: `${show(vx)} became ${show(vy)}` }
          stack.push({
            a: { $ref: mappingRef(vx) },
            b: { $ref: mappingRef(vy) },
            at: join(join(at, key), name)
          })
        }
        continue
      }
      stack.push({ a: x[key], b: y[key], at: join(at, key) })
    }
    return undefined
  }

  private operationIdOf(operationRef: string): unknown {
    const tokens = parsePointer(operationRef)
    const place = tokens && operationAt(tokens)
    return place ? operationObjects(this.docA, place)?.operation.operationId : undefined
  }
}

function join(at: string, key: string): string {
  return at === '' ? key : `${at}.${key}`
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing'
  const text =
    typeof value === 'string'
      ? `"${value}"`
      : typeof value === 'object'
        ? Array.isArray(value)
          ? 'a list'
          : 'a mapping'
        : String(value)
  return text.length > 60 ? text.slice(0, 57) + '…' : text
}
