/**
 * Applies an Overlay 1.0 document's actions, in order, to one slice: `update` merges into each selected
 * object (objects recursively, arrays appended) or appends to a selected array; `remove` takes each
 * selected node out of its parent. The slice is changed in place; the caller passes a copy.
 */
import { paths } from 'jsonpath-rfc9535'
import { hasOwn, isObject, setOwn, type JsonObject, type JsonValue } from '../json-value.js'
import type { Overlay } from './overlay-file.js'
import { parseNormalizedPath } from './normalized-path.js'

/**
 * A deep copy made with this realm's objects (the JSONPath library accepts only plain objects of its
 * own realm), as a tree: a subtree the source shares (a YAML alias) is copied at each place, so an
 * update lands once per place; `__proto__` keys stay data.
 */
export function copyJson<T extends JsonValue>(value: T): T {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map(item => copyJson(item)) as T
  const copy: JsonObject = {}
  for (const [key, item] of Object.entries(value)) setOwn(copy, key, copyJson(item))
  return copy as T
}

/** Overlay 1.0 merge: properties of the update replace or deepen the target's; arrays are appended to. */
function merge(target: JsonObject, update: JsonObject): void {
  for (const [key, value] of Object.entries(update)) {
    const current = hasOwn(target, key) ? target[key] : undefined
    if (isObject(current) && isObject(value)) merge(current, value)
    else if (Array.isArray(current) && Array.isArray(value)) current.push(...copyJson(value))
    else setOwn(target, key, copyJson(value))
  }
}

function nodeAt(root: JsonValue, keys: readonly (string | number)[]): JsonValue | undefined {
  let node: JsonValue | undefined = root
  for (const key of keys) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key]
    else if (isObject(node) && typeof key === 'string' && hasOwn(node, key)) node = node[key]
    else return undefined
  }
  return node
}

function removeAt(root: JsonObject, keys: readonly (string | number)[]): void {
  const parent = nodeAt(root, keys.slice(0, -1))
  const key = keys[keys.length - 1]
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1)
  else if (isObject(parent) && typeof key === 'string') delete parent[key]
}

/** For each action, whether its target selected anything in this slice. */
export function applyOverlay(slice: JsonObject, overlay: Overlay): boolean[] {
  return overlay.actions.map(action => {
    const selected = paths(slice, action.target).map(parseNormalizedPath)
    if (action.remove) {
      // Last first, so removing an array item does not shift the ones still to remove.
      for (const keys of selected.reverse()) if (keys.length > 0) removeAt(slice, keys)
    } else if (action.update !== undefined) {
      for (const keys of selected) {
        const node = nodeAt(slice, keys)
        if (Array.isArray(node)) node.push(copyJson(action.update))
        else if (isObject(node) && isObject(action.update)) merge(node, action.update)
      }
    }
    return selected.length > 0
  })
}
