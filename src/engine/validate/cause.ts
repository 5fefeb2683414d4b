/**
 * Tracing a failure to its cause. A slice shares its pointers with the source (components keep their
 * names, operations their paths), so a defect found in the slice is looked up at the same place in the
 * source: when the source has it too, the source is at fault and the failure says so.
 */
import { hasOwn, isObject, type JsonObject } from '../json-value.js'
import { getAt, parsePointer, pointerText, type PointerTokens } from '../pointer.js'
import type { FailureCause, PhaseFailure, PhaseName } from './phases.js'

/** A failure whose defect is the source document's own, at `tokens` in the source. */
export function sourceDefect(
  phase: PhaseName,
  reason: string,
  tokens: PointerTokens,
  slicePointer?: string
): PhaseFailure {
  const pointer = pointerText(tokens)
  return {
    phase,
    reason,
    ...(slicePointer !== undefined ? { pointer: slicePointer } : {}),
    cause: { key: `${phase}:${pointer}`, inSource: true, pointer, message: reason }
  }
}

/** The cause of a failure the slice itself brought: keyed by its reason, so identical ones group. */
export function sliceCause(failure: PhaseFailure): FailureCause {
  return {
    key: `${failure.phase}:${failure.reason}`,
    inSource: false,
    ...(failure.pointer !== undefined ? { pointer: failure.pointer } : {}),
    message: failure.reason
  }
}

/** Every failure with a cause: those the phases did not trace are the slice's own. */
export function withCauses(failures: PhaseFailure[]): PhaseFailure[] {
  for (const failure of failures) failure.cause ??= sliceCause(failure)
  return failures
}

/**
 * The place in the source of a slice pointer, following the source's local `$ref`s where the slice
 * holds a referenced object inline (a path item given by `$ref`). Undefined when the source has none.
 */
export function sourcePlace(
  source: JsonObject,
  slicePointer: string
): { tokens: string[]; node: unknown } | undefined {
  const tokens = parsePointer(slicePointer)
  if (!tokens) return undefined
  let node: unknown = source
  let at: string[] = []
  for (const token of tokens) {
    for (let hops = 0; isObject(node) && typeof node.$ref === 'string' && !hasOwn(node, token); hops++) {
      const target = node.$ref.startsWith('#') ? parsePointer(node.$ref) : undefined
      if (!target || hops >= 64) return undefined
      node = getAt(source, target)
      at = [...target]
    }
    node = getAt(node, [token])
    if (node === undefined) return undefined
    at.push(token)
  }
  return { tokens: at, node }
}

/** Whether a local ref resolves in a document. */
export function resolvesIn(document: JsonObject, ref: string): boolean {
  const tokens = ref.startsWith('#') ? parsePointer(ref) : undefined
  return tokens !== undefined && getAt(document, tokens) !== undefined
}

/** Deep equality of two JSON values, identical objects at once; too deep counts as different. */
export function sameJson(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > 100) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  for (const key of keysA) {
    if (!hasOwn(b, key)) return false
    if (!sameJson((a as JsonObject)[key], (b as JsonObject)[key], depth + 1)) return false
  }
  return true
}
