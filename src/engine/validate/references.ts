/**
 * Phase 2, references: every `$ref` is local and resolves inside the slice, to a part of it (not the whole
 * document) that is not a cycle of refs alone.
 */
import { isObject, type JsonObject } from '../json-value.js'
import { getAt, parsePointer } from '../pointer.js'
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
  const problems = new Map<string, RefProblem | undefined>()
  const problemOf = (ref: string): RefProblem | undefined => {
    if (!problems.has(ref)) problems.set(ref, refProblem(slice, ref))
    return problems.get(ref)
  }
  const resolves = (ref: string) => problemOf(ref) === undefined
  const cyclesSaid = new Set<string>()
  for (const part of sliceParts(slice)) {
    const facts = part.facts
    if (distinctRefs(facts).every(resolves)) continue
    for (const { ref, at } of facts.refs) {
      const problem = problemOf(ref)
      if (problem === undefined) continue
      const where = part.at + at
      if (typeof problem === 'object') {
        // One cycle is one defect, however many of its refs the slice holds.
        if (cyclesSaid.has(problem.key)) continue
        cyclesSaid.add(problem.key)
      }
      const reason =
        problem === 'external'
          ? `the external reference ${ref} at ${where} was not bundled`
          : problem === 'nowhere'
            ? `the reference ${ref} at ${where} resolves nowhere`
            : problem === 'whole'
              ? `the reference ${ref} at ${where} points at the whole document, not at a part of it`
              : `the reference ${ref} at ${where} leads into a ref cycle with no schema in it (${problem.chain.join(' → ')})`
      failures.push({ phase: 'references', reason, pointer: where })
      if (failures.length >= 5) return failures
    }
  }
  return failures
}

type RefProblem = 'external' | 'nowhere' | 'whole' | { chain: string[]; key: string }

/** Refs that hold only a ref (a summary or description beside it at most) hold no schema of their own. */
const BESIDE_REF = new Set(['$ref', 'summary', 'description'])

function refProblem(slice: JsonObject, ref: string): RefProblem | undefined {
  if (!ref.startsWith('#')) return 'external'
  const tokens = parsePointer(ref)
  let node = tokens && getAt(slice, tokens)
  if (node === undefined) return 'nowhere'
  if (tokens!.length === 0) return 'whole'
  const chain = [ref]
  while (
    isObject(node) &&
    typeof node.$ref === 'string' &&
    Object.keys(node).every(key => BESIDE_REF.has(key))
  ) {
    const next: string = node.$ref
    const start = chain.indexOf(next)
    if (start >= 0) return { chain: [...chain, next], key: chain.slice(start).sort().join('\0') }
    const nextTokens = next.startsWith('#') && chain.length < 64 ? parsePointer(next) : undefined
    if (!nextTokens) return undefined
    chain.push(next)
    node = getAt(slice, nextTokens)
  }
  return undefined
}
