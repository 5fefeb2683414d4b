/**
 * Phase 2, references: every `$ref` is local and resolves inside the slice, to a part of it (not the whole
 * document) that is not a cycle of refs alone.
 */
import { isObject, type JsonObject } from '../json-value.js'
import { getAt, parsePointer, pointerText } from '../pointer.js'
import { resolvesIn, sourceDefect, sourcePlace } from './cause.js'
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

/**
 * With the source at hand, a ref that also resolves nowhere in the source is reported as the source's
 * defect, at its own place there.
 */
export function checkReferences(slice: JsonObject, source?: JsonObject): PhaseFailure[] {
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
      // Outside the document and inside example, default, enum or const values, a $ref is data.
      if (problem === 'external' && inLiteralData(parsePointer(where) ?? [])) continue
      if (typeof problem === 'object') {
        // One cycle is one defect, however many of its refs the slice holds.
        if (cyclesSaid.has(problem.key)) continue
        cyclesSaid.add(problem.key)
      }
      if (problem === 'external' || problem === 'nowhere') failures.push(failureOf(ref, where, source))
      else {
        const what =
          problem === 'whole'
            ? 'points at the whole document, not at a part of it'
            : `leads into a ref cycle with no schema in it (${problem.chain.join(' → ')})`
        failures.push(sameInSource(what, ref, where, source))
      }
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

function failureOf(ref: string, where: string, source: JsonObject | undefined): PhaseFailure {
  const inSource = source && ref.startsWith('#') ? sourceDangling(source, where, ref) : undefined
  if (inSource) {
    const reason = `the source document's reference ${ref} at ${pointerText(inSource)} resolves nowhere: the source document has no ${ref}`
    return sourceDefect('references', reason, [...inSource, '$ref'], where)
  }
  if (!ref.startsWith('#')) {
    // An external ref left in the slice stands in the source too: the source names what was not read.
    const what = 'was not bundled'
    return { ...sameInSource(what, ref, where, source, 'external reference'), ref }
  }
  return { phase: 'references', reason: `the reference ${ref} at ${where} resolves nowhere`, pointer: where }
}

/** A ref that stands the same at the same place in the source is the source's defect, said there. */
function sameInSource(
  what: string,
  ref: string,
  where: string,
  source: JsonObject | undefined,
  kind = 'reference'
): PhaseFailure {
  const place = source && sourcePlace(source, where)
  if (!place || !isObject(place.node) || place.node.$ref !== ref)
    return { phase: 'references', reason: `the ${kind} ${ref} at ${where} ${what}`, pointer: where }
  const reason = `the source document's ${kind} ${ref} at ${pointerText(place.tokens)} ${what}`
  return sourceDefect('references', reason, [...place.tokens, '$ref'], where)
}

/** The source's place of the object holding the ref, when the source holds the same dangling ref there. */
function sourceDangling(source: JsonObject, where: string, ref: string): string[] | undefined {
  const place = sourcePlace(source, where)
  if (!place || !isObject(place.node) || place.node.$ref !== ref || resolvesIn(source, ref)) return undefined
  return place.tokens
}
