/**
 * operationId collisions across a service. A gateway imports one service as one API and derives a name
 * from each operationId (Kong's route names, Azure's operation names); two operationIds that normalise to
 * one name collide, even when they sit in different slices of the service. Each colliding operation gets
 * a message, so the failure lands on every slice that holds one of them.
 */
import type { OperationInfo } from '../openapi/operations.js'
import { gatewayName, type OperationIdNaming } from './target-rule.js'

/** The scopes (services) an operation is imported in. */
export type ScopesOf = (operation: OperationInfo) => readonly string[]

/** Per scope, operations with an operationId grouped by their normalised name, in source order. */
function byName(
  operations: readonly OperationInfo[],
  scopesOf: ScopesOf,
  naming: OperationIdNaming,
  idOf: (operation: OperationInfo) => string | undefined
): Map<string, Map<string, OperationInfo[]>> {
  const scopes = new Map<string, Map<string, OperationInfo[]>>()
  for (const operation of operations) {
    const id = idOf(operation)
    if (id === undefined) continue
    for (const scope of scopesOf(operation)) {
      let names = scopes.get(scope)
      if (!names) scopes.set(scope, (names = new Map()))
      const name = gatewayName(naming, id)
      names.set(name, [...(names.get(name) ?? []), operation])
    }
  }
  return scopes
}

/** Each colliding operation's message, by operation key. */
export function operationIdCollisions(
  operations: readonly OperationInfo[],
  scopesOf: ScopesOf,
  naming: OperationIdNaming,
  idOf: (operation: OperationInfo) => string | undefined = op => op.operationId
): Map<string, string> {
  const messages = new Map<string, string>()
  for (const [scope, names] of byName(operations, scopesOf, naming, idOf)) {
    for (const [name, clash] of names) {
      if (clash.length < 2) continue
      for (const operation of clash) {
        const others = clash
          .filter(other => other !== operation)
          .map(other => `"${idOf(other)}" (${other.key})`)
        messages.set(
          operation.key,
          `the operationId "${idOf(operation)}" of ${operation.key} becomes "${name}", as does ${others.join(', ')} in ${scope}`
        )
      }
    }
  }
  return messages
}

/** A name that normalises to at most `maxLength` characters: `<id>_<n>`, the id cut as needed. */
function candidate(id: string, n: number, naming: OperationIdNaming): string {
  const suffix = `_${n}`
  let cut = id.length
  let name = id + suffix
  while (naming.maxLength && naming.normalize(name).length > naming.maxLength && cut > 0)
    name = id.slice(0, --cut) + suffix
  return name
}

/**
 * New operationIds for the later operations of each collision (the first keeps its own): `<id>_2`,
 * `<id>_3`… the first that normalises to a free name in its scope and is no operationId already.
 * Operations in `blocked` (an operationId that a link names) are left as they are.
 */
export function planRenames(
  operations: readonly OperationInfo[],
  scopesOf: ScopesOf,
  naming: OperationIdNaming,
  blocked: ReadonlySet<string>
): Map<string, string> {
  const renames = new Map<string, string>()
  const taken = new Set(operations.flatMap(op => (op.operationId === undefined ? [] : [op.operationId])))
  for (const names of byName(operations, scopesOf, naming, op => op.operationId).values()) {
    const used = new Set(names.keys())
    const free = (name: string) => !taken.has(name) && !used.has(gatewayName(naming, name))
    for (const clash of names.values()) {
      for (const operation of clash.slice(1)) {
        const id = operation.operationId!
        if (renames.has(operation.key) || blocked.has(id)) continue
        // Bounded as the gateways' own suffixes are (-1…-999); past it the collision stays.
        let n = 2
        while (n < 1000 && !free(candidate(id, n, naming))) n++
        const name = candidate(id, n, naming)
        if (!free(name)) continue
        renames.set(operation.key, name)
        taken.add(name)
        used.add(gatewayName(naming, name))
      }
    }
  }
  return renames
}
