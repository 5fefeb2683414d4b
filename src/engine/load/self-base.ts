/**
 * OpenAPI 3.2's `$self`: the document's own URI, and the base its relative refs resolve against (RFC
 * 3986 §5.1.1). A relative `$self` is first resolved against the file's own location. The root file is
 * taken as the copy of the document at `$self`: a ref whose target is that document is a local ref, and
 * one that lands beside it (same scheme and host) is the file at the same relative place beside the root
 * file. Refs are rewritten to the file path or fragment they mean before bundling; targets elsewhere stay
 * as written (remote). Only the root document's `$self` is read.
 */
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { setOwn, type JsonObject, type JsonValue } from '../json-value.js'
import { documentRefs } from '../openapi/walk.js'

export function refsAgainstSelf(doc: JsonObject, file: string): JsonObject {
  const self = doc.$self
  if (typeof self !== 'string' || self === '') return doc
  const retrieval = pathToFileURL(file)
  let base: URL
  try {
    base = new URL(self, retrieval)
  } catch {
    return doc
  }
  const changed = new Map<string, string>()
  for (const ref of documentRefs(doc)) {
    const rebased = rebase(ref, base, retrieval, file)
    if (rebased !== undefined && rebased !== ref) changed.set(ref, rebased)
  }
  return changed.size === 0 ? doc : (withRefs(doc, changed, new Map()) as JsonObject)
}

/** What a ref means with `base`, as a fragment or a path beside the root file; undefined to keep it. */
function rebase(ref: string, base: URL, retrieval: URL, file: string): string | undefined {
  if (ref.startsWith('#')) return undefined
  let target: URL
  try {
    target = new URL(ref, base)
  } catch {
    return undefined
  }
  const fragment = target.hash
  if (withoutHash(target) === withoutHash(base)) return fragment || '#'
  let local: string
  if (base.protocol === 'file:' && target.protocol === 'file:') {
    if (withoutHash(new URL(ref, retrieval)) === withoutHash(target)) return undefined
    local = path
      .relative(path.dirname(file), fileURLToPath(withoutHash(target)))
      .split(path.sep)
      .join('/')
  } else if (
    target.origin === base.origin &&
    target.protocol === base.protocol &&
    base.protocol !== 'file:'
  ) {
    local = decodeURIComponent(path.posix.relative(path.posix.dirname(base.pathname), target.pathname))
  } else return undefined
  return local + fragment
}

function withoutHash(url: URL): string {
  return url.href.replace(/#.*$/, '')
}

/** The tree with each `$ref` in `changed` rewritten; unchanged subtrees are shared, never mutated. */
function withRefs(node: unknown, changed: Map<string, string>, memo: Map<object, unknown>): unknown {
  if (typeof node !== 'object' || node === null) return node
  if (memo.has(node)) return memo.get(node)
  memo.set(node, node)
  let out: unknown = node
  if (Array.isArray(node)) {
    const items = node.map(item => withRefs(item, changed, memo))
    if (items.some((item, i) => item !== node[i])) out = items
  } else {
    const object = node as JsonObject
    let copy: JsonObject | undefined
    for (const key of Object.keys(object)) {
      const value = object[key]
      const next =
        key === '$ref' && typeof value === 'string'
          ? (changed.get(value) ?? value)
          : withRefs(value, changed, memo)
      if (next !== value) setOwn((copy ??= { ...object }), key, next as JsonValue)
    }
    if (copy) out = copy
  }
  memo.set(node, out)
  return out
}
