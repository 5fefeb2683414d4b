/**
 * Some conversions move part of a schema: the fields beside a 3.1 `$ref` go into `allOf`, a 3.0 nullable
 * schema without a type goes into `anyOf`, `examples[0]` becomes `example`, and so on. A `$ref` into the
 * middle of a component (`#/components/schemas/Pet/properties/owner`, which slicing keeps as it is)
 * must follow what it points at, or it would point nowhere. The converters record each move; the refs
 * are then rewritten, in a copy of the document, and each rewrite is recorded.
 */
import type { Finding } from '../findings.js'
import { isObject, type JsonObject } from '../json-value.js'
import { documentRefs, tokensOf, walk } from '../openapi/walk.js'
import { escapeToken, formatPointer, parsePointer, unescapeToken } from '../pointer.js'

interface Move {
  /** Keys below the schema, unescaped. */
  from: readonly string[]
  to: readonly string[]
}

/**
 * The moves inside each schema, by the schema's pointer (as the converters write it: `/components/
 * schemas/Pet`), in the order they were made. The converters run bottom-up, so a schema's moves are
 * made after those of the schemas inside it.
 */
export class Moves {
  private readonly bySchema = new Map<string, Move[]>()

  add(schemaAt: string, from: readonly string[], to: readonly string[]): void {
    const list = this.bySchema.get(schemaAt)
    if (list) list.push({ from, to })
    else this.bySchema.set(schemaAt, [{ from, to }])
  }

  get size(): number {
    return this.bySchema.size
  }

  /**
   * Where a local ref points once the moves are applied, or undefined when nothing it points into
   * moved. The schemas it passes through are taken innermost first, each with its moves in order: a
   * schema's moves change only what is below it, so the pointers of the schemas around it still hold.
   */
  followed(ref: string): string | undefined {
    if (!ref.startsWith('#')) return undefined
    const parsed = parsePointer(ref)
    if (!parsed || parsed.length === 0) return undefined
    const source = parsed.map(escapeToken)
    let tokens = source
    for (let depth = source.length - 1; depth > 0; depth--) {
      const moves = this.bySchema.get('/' + source.slice(0, depth).join('/'))
      if (!moves) continue
      for (const { from, to } of moves) {
        if (!startsWith(tokens, depth, from)) continue
        tokens = [...tokens.slice(0, depth), ...to.map(escapeToken), ...tokens.slice(depth + from.length)]
      }
    }
    return tokens === source ? undefined : formatPointer(tokens.map(unescapeToken))
  }
}

function startsWith(tokens: readonly string[], depth: number, keys: readonly string[]): boolean {
  if (tokens.length < depth + keys.length) return false
  for (let i = 0; i < keys.length; i++) if (tokens[depth + i] !== escapeToken(keys[i])) return false
  return true
}

/**
 * The document with its refs into moved content rewritten. `refs` are the document's refs when the
 * caller already has them (conversion leaves every `$ref` string as it found it).
 */
export function followMoves(
  doc: JsonObject,
  moves: Moves,
  notes: Finding[],
  refs?: ReadonlySet<string>
): JsonObject {
  if (moves.size === 0) return doc
  const rewritten = new Map<string, string>()
  for (const ref of refs ?? documentRefs(doc)) {
    const to = moves.followed(ref)
    if (to !== undefined) rewritten.set(ref, to)
  }
  if (rewritten.size === 0) return doc
  // The converted document shares its objects with the source, which is never changed: the refs are
  // rewritten in a copy. This happens only when a ref points into something that moved.
  const copy = structuredClone(doc)
  walk(copy, 'document', visit => {
    const node = visit.node
    if (!isObject(node) || typeof node.$ref !== 'string') return
    const to = rewritten.get(node.$ref)
    if (to === undefined) return
    const at = formatPointer(tokensOf(visit)).slice(1) || '/'
    notes.push({
      code: 'CONVERT_REF_FOLLOWED',
      severity: 'info',
      pointer: at,
      message: `The $ref at ${at} now reads ${to}: the conversion moved what ${node.$ref} pointed at.`
    })
    node.$ref = to
  })
  return copy
}
