/** Phase 2, references: every `$ref` is local and resolves inside the slice. */
import { isObject, type JsonObject } from '../json-value.js'
import { getAt, parsePointer, pointerText } from '../pointer.js'
import { resolvesIn, sourceDefect, sourcePlace } from './cause.js'
import type { PhaseFailure } from './phases.js'
import { sliceParts, type SubtreeFacts } from './slice-facts.js'

/** Each subtree's refs without repeats: a shared component is checked once per slice, not per use. */
const distinctMemo = new WeakMap<SubtreeFacts, string[]>()
function distinctRefs(facts: SubtreeFacts): string[] {
  let distinct = distinctMemo.get(facts)
  if (!distinct) distinctMemo.set(facts, (distinct = [...new Set(facts.refs.map(found => found.ref))]))
  return distinct
}

/**
 * With the source at hand, a ref that also resolves nowhere in the source is reported as the source's
 * defect, at its own place there.
 */
export function checkReferences(slice: JsonObject, source?: JsonObject): PhaseFailure[] {
  const failures: PhaseFailure[] = []
  const resolved = new Map<string, boolean>()
  const resolves = (ref: string): boolean => {
    let ok = resolved.get(ref)
    if (ok === undefined) {
      const tokens = ref.startsWith('#') ? parsePointer(ref) : undefined
      ok = tokens !== undefined && getAt(slice, tokens) !== undefined
      resolved.set(ref, ok)
    }
    return ok
  }
  for (const part of sliceParts(slice)) {
    const facts = part.facts
    if (distinctRefs(facts).every(resolves)) continue
    for (const { ref, at } of facts.refs) {
      if (resolves(ref)) continue
      failures.push(failureOf(ref, part.at + at, source))
      if (failures.length >= 5) return failures
    }
  }
  return failures
}

function failureOf(ref: string, where: string, source: JsonObject | undefined): PhaseFailure {
  const inSource = source && ref.startsWith('#') ? sourceDangling(source, where, ref) : undefined
  if (inSource) {
    const reason = `the source document's reference ${ref} at ${pointerText(inSource)} resolves nowhere: the source document has no ${ref}`
    return sourceDefect('references', reason, [...inSource, '$ref'], where)
  }
  const reason = ref.startsWith('#')
    ? `the reference ${ref} at ${where} resolves nowhere`
    : `the external reference ${ref} at ${where} was not bundled`
  return { phase: 'references', reason, pointer: where }
}

/** The source's place of the object holding the ref, when the source holds the same dangling ref there. */
function sourceDangling(source: JsonObject, where: string, ref: string): string[] | undefined {
  const place = sourcePlace(source, where)
  if (!place || !isObject(place.node) || place.node.$ref !== ref || resolvesIn(source, ref)) return undefined
  return place.tokens
}
