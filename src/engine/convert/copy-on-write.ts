/** Small copy-on-write edits the 3.2 down-conversion makes: a node is copied only when it changes. */
import { isObject, setOwn, type JsonObject, type JsonValue } from '../json-value.js'

/**
 * Applies `fn` to each entry of a map (extensions left as they are); `undefined` removes the entry.
 * The map comes back as it was when nothing changed.
 */
export function mapEntries(
  node: JsonValue,
  fn: (value: JsonValue, key: string) => JsonValue | undefined
): JsonValue {
  if (!isObject(node)) return node
  let out: JsonObject | undefined
  const keys = Object.keys(node)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]
    const value = node[key]
    const next = key.startsWith('x-') ? value : fn(value, key)
    if (next !== value && !out) {
      out = {}
      for (let j = 0; j < i; j++) setOwn(out, keys[j], node[keys[j]])
    }
    if (out && next !== undefined) setOwn(out, key, next)
  }
  return out ?? node
}

/** Applies `fn` to each item of a list; `undefined` removes the item. */
export function mapItems(
  node: JsonValue,
  fn: (value: JsonValue, index: number) => JsonValue | undefined
): JsonValue {
  if (!Array.isArray(node)) return node
  let out: JsonValue[] | undefined
  for (let i = 0; i < node.length; i++) {
    const next = fn(node[i], i)
    if (next !== node[i] && !out) out = node.slice(0, i)
    if (out && next !== undefined) out.push(next)
  }
  return out ?? node
}

/** `fn` applied to the value under `key` when there is one; the node is copied only when it changes. */
export function editField(
  node: JsonObject,
  key: string,
  fn: (value: JsonValue) => JsonValue | undefined
): JsonObject {
  if (!Object.hasOwn(node, key)) return node
  const next = fn(node[key])
  if (next === node[key]) return node
  return replaceKey(node, key, next === undefined ? [] : [[key, next]])
}

/** The node with `key` replaced, where it stood, by the given entries (none removes it). */
export function replaceKey(node: JsonObject, key: string, entries: [string, JsonValue][]): JsonObject {
  const out: JsonObject = {}
  for (const own of Object.keys(node)) {
    if (own !== key) setOwn(out, own, node[own])
    else for (const [name, value] of entries) setOwn(out, name, value)
  }
  return out
}

/**
 * Each of `fields` present on the node moved, where it stood, to `x-oai-<field>`: the name the OpenAPI
 * Initiative's extension registry gives a 3.2 field written in an earlier version. Returns the node and
 * the fields moved.
 */
export function fieldsAsExtensions(node: JsonObject, fields: readonly string[]): [JsonObject, string[]] {
  const moved = fields.filter(field => Object.hasOwn(node, field))
  let out = node
  for (const field of moved) out = replaceKey(out, field, [[`x-oai-${field}`, out[field]]])
  return [out, moved]
}
