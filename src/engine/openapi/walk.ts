/**
 * A shape-aware, iterative walk over a JSON tree. It guards against shared and cyclic nodes (which YAML
 * aliases can create) with a visited set, and never recurses, so a deeply nested document cannot
 * overflow the stack.
 */
import { isObject } from '../json-value.js'
import { childShape, type Shape } from './kinds.js'

export interface WalkVisit {
  node: unknown
  shape: Shape
  parent: WalkVisit | undefined
  /** The key (or array index) of this node in its parent. */
  key: string
}

/** Tokens from the walk's start to a visited node (computed on demand: most visits never need them). */
export function tokensOf(visit: WalkVisit, baseTokens: readonly string[] = []): string[] {
  const tokens: string[] = []
  for (let at: WalkVisit | undefined = visit; at?.parent; at = at.parent) tokens.push(at.key)
  return [...baseTokens, ...tokens.reverse()]
}

/**
 * Calls `visit` for every object and array under `start` (the start included), depth first, in source
 * order. Returning `false` from `visit` skips the node's children.
 */
export function walk(start: unknown, shape: Shape, visit: (visit: WalkVisit) => boolean | void): void {
  const seen = new Set<object>()
  const stack: WalkVisit[] = [{ node: start, shape, parent: undefined, key: '' }]
  while (stack.length > 0) {
    const current = stack.pop()!
    const node = current.node
    if (typeof node !== 'object' || node === null) continue
    if (seen.has(node)) continue
    seen.add(node)
    if (visit(current) === false) continue
    // Children are pushed last to first, so they are visited in source order.
    if (Array.isArray(node)) {
      // A schema-shaped array (old `items: [...]`) holds schemas; a list shape hands its item shape down.
      const itemShape = typeof current.shape === 'object' ? childShape(current.shape, '0') : current.shape
      for (let index = node.length - 1; index >= 0; index--) {
        const child: unknown = node[index]
        if (typeof child === 'object' && child !== null)
          stack.push({ node: child, shape: itemShape, parent: current, key: String(index) })
      }
    } else if (isObject(node)) {
      const keys = Object.keys(node)
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]
        const child = node[key]
        if (typeof child === 'object' && child !== null)
          stack.push({ node: child, shape: childShape(current.shape, key), parent: current, key })
      }
    }
  }
}

/**
 * Every distinct `$ref` string in a document, example data and extensions included: a plain walk, with
 * no shapes and no pointers, that guards against shared and cyclic nodes as `walk` does.
 */
export function documentRefs(data: unknown): Set<string> {
  const refs = new Set<string>()
  const seen = new Set<object>()
  const stack: unknown[] = [data]
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node !== 'object' || node === null || seen.has(node)) continue
    seen.add(node)
    if (Array.isArray(node)) {
      for (const child of node) if (typeof child === 'object' && child !== null) stack.push(child)
      continue
    }
    for (const key in node) {
      const value = (node as Record<string, unknown>)[key]
      if (typeof value === 'object' && value !== null) stack.push(value)
      else if (key === '$ref' && typeof value === 'string') refs.add(value)
    }
  }
  return refs
}
