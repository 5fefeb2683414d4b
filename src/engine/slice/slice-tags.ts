/**
 * The tags a slice carries: those its operations use and, for 3.2's tag hierarchy, every ancestor their
 * `parent` names, so that the hierarchy still resolves in the slice. Source order; cycles are harmless.
 */
import { isObject } from '../json-value.js'

export function sliceTags(tags: readonly unknown[], used: ReadonlySet<string>): unknown[] {
  const parents = new Map<string, string>()
  for (const tag of tags)
    if (
      isObject(tag) &&
      typeof tag.name === 'string' &&
      typeof tag.parent === 'string' &&
      !parents.has(tag.name)
    )
      parents.set(tag.name, tag.parent)
  const kept = new Set<string>()
  for (const name of used) {
    // The visited set ends a cycle of parents (a, b, a…) as it ends a chain that names no defined tag.
    for (let at: string | undefined = name; at !== undefined && !kept.has(at); at = parents.get(at))
      kept.add(at)
  }
  return tags.filter(tag => isObject(tag) && typeof tag.name === 'string' && kept.has(tag.name))
}

/** Each tag's parent that a document names but does not define: [tag, parent] pairs. */
export function unresolvedParents(tags: unknown): [string, string][] {
  if (!Array.isArray(tags)) return []
  const names = new Set(tags.map(tag => (isObject(tag) ? tag.name : undefined)))
  const missing: [string, string][] = []
  for (const tag of tags)
    if (
      isObject(tag) &&
      typeof tag.name === 'string' &&
      typeof tag.parent === 'string' &&
      !names.has(tag.parent)
    )
      missing.push([tag.name, tag.parent])
  return missing
}
