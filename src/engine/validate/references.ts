/** Phase 2, references: every `$ref` is local and resolves inside the slice. */
import type { JsonObject } from '../json-value.js'
import { getAt, parsePointer } from '../pointer.js'
import type { PhaseFailure } from './phases.js'
import { factsOf, sliceParts } from './slice-facts.js'

export function checkReferences(slice: JsonObject): PhaseFailure[] {
  const failures: PhaseFailure[] = []
  const resolved = new Map<string, boolean>()
  for (const part of sliceParts(slice)) {
    for (const { ref, at } of factsOf(part.node, part.shape).refs) {
      let ok = resolved.get(ref)
      if (ok === undefined) {
        const tokens = ref.startsWith('#') ? parsePointer(ref) : undefined
        ok = tokens !== undefined && getAt(slice, tokens) !== undefined
        resolved.set(ref, ok)
      }
      if (ok) continue
      const where = part.at + at
      const reason = ref.startsWith('#')
        ? `the reference ${ref} at ${where} resolves nowhere`
        : `the external reference ${ref} at ${where} was not bundled`
      failures.push({ phase: 'references', reason, pointer: where })
      if (failures.length >= 5) return failures
    }
  }
  return failures
}
