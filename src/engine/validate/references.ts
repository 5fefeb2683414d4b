/** Phase 2, references: every `$ref` is local and resolves inside the slice. */
import type { JsonObject } from '../json-value.js'
import { getAt, parsePointer } from '../pointer.js'
import { inLiteralData } from '../slice/literal-data.js'
import type { PhaseFailure } from './phases.js'
import { sliceParts, type SubtreeFacts } from './slice-facts.js'

/** Each subtree's refs without repeats: a shared component is checked once per slice, not per use. */
const distinctMemo = new WeakMap<SubtreeFacts, string[]>()
function distinctRefs(facts: SubtreeFacts): string[] {
  let distinct = distinctMemo.get(facts)
  if (!distinct) distinctMemo.set(facts, (distinct = [...new Set(facts.refs.map(found => found.ref))]))
  return distinct
}

export function checkReferences(slice: JsonObject): PhaseFailure[] {
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
      const where = part.at + at
      // Outside the document and inside example, default, enum or const values, a $ref is data.
      if (!ref.startsWith('#') && inLiteralData(parsePointer(where) ?? [])) continue
      const reason = ref.startsWith('#')
        ? `the reference ${ref} at ${where} resolves nowhere`
        : `the external reference ${ref} at ${where} was not bundled`
      failures.push({ phase: 'references', reason, pointer: where })
      if (failures.length >= 5) return failures
    }
  }
  return failures
}
