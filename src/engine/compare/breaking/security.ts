/**
 * Security in force: a list of alternatives, each a set of schemes with scopes; an empty list or an
 * empty alternative lets a client in without credentials. Schemes themselves are compared by name.
 */
import { isObject, type JsonObject } from '../../json-value.js'
import { effectiveSecurity } from '../../openapi/operations.js'
import { child, root, resolve, type Located } from './found.js'
import { record, type OperationPair, type OperationSide } from './operation-pair.js'

interface Security {
  at: Located
  anonymous: boolean
  /** Alternatives by their sorted scheme names. */
  alternatives: Map<string, JsonObject>
}

function securityOf(side: OperationSide): Security {
  const own = Array.isArray((side.operation.node as JsonObject).security)
  const at = own ? child(side.operation, 'security') : root(side.doc, ['security'])
  const list = effectiveSecurity(side.doc, side.operation.node as JsonObject) ?? []
  const alternatives = new Map<string, JsonObject>()
  let anonymous = list.length === 0
  for (const requirement of list) {
    if (!isObject(requirement)) continue
    const names = Object.keys(requirement).sort()
    if (names.length === 0) anonymous = true
    else alternatives.set(names.join(' + '), requirement)
  }
  return { at, anonymous, alternatives }
}

const scopes = (value: unknown) => (Array.isArray(value) ? value.map(String) : [])

export function compareSecurity(pair: OperationPair): void {
  const b = securityOf(pair.base)
  const h = securityOf(pair.head)
  if (b.anonymous && !h.anonymous)
    record(pair, 'api-security-became-required', 'credentials are now required', b.at, h.at)
  if (!b.anonymous && h.anonymous)
    record(pair, 'api-security-became-optional', 'credentials are no longer required', b.at, h.at)
  for (const [names, requirement] of b.alternatives) {
    const other = h.alternatives.get(names)
    if (!other) {
      if (!h.anonymous)
        record(pair, 'api-security-removed', `security requirement \`${names}\` removed`, b.at, h.at)
      continue
    }
    for (const scheme of Object.keys(requirement)) {
      const before = scopes(requirement[scheme])
      const after = scopes(other[scheme])
      for (const scope of after)
        if (!before.includes(scope))
          record(
            pair,
            'api-security-scope-added',
            `scope \`${scope}\` of \`${scheme}\` now required`,
            b.at,
            h.at
          )
      for (const scope of before)
        if (!after.includes(scope))
          record(
            pair,
            'api-security-scope-removed',
            `scope \`${scope}\` of \`${scheme}\` no longer required`,
            b.at,
            h.at
          )
    }
  }
  for (const names of h.alternatives.keys())
    if (!b.alternatives.has(names) && !b.anonymous)
      record(pair, 'api-security-added', `security requirement \`${names}\` added`, b.at, h.at)
  compareSchemes(pair, b, h)
}

const SCHEME_FIELDS = ['type', 'in', 'name', 'scheme', 'openIdConnectUrl']

/** A scheme both sides use that a client must now present differently. */
function compareSchemes(pair: OperationPair, b: Security, h: Security): void {
  const names = new Set<string>()
  for (const requirement of h.alternatives.values())
    for (const name of Object.keys(requirement)) names.add(name)
  const used = new Set<string>()
  for (const requirement of b.alternatives.values())
    for (const name of Object.keys(requirement)) used.add(name)
  for (const name of names) {
    if (!used.has(name)) continue
    const bs = resolve(pair.base.doc, root(pair.base.doc, ['components', 'securitySchemes', name]))
    const hs = resolve(pair.head.doc, root(pair.head.doc, ['components', 'securitySchemes', name]))
    if (!bs || !hs || !isObject(bs.node) || !isObject(hs.node)) continue
    for (const field of SCHEME_FIELDS) {
      const before = bs.node[field]
      const after = hs.node[field]
      const same =
        typeof before === 'string' && typeof after === 'string'
          ? before.toLowerCase() === after.toLowerCase()
          : before === after
      if (!same)
        record(
          pair,
          'api-security-scheme-changed',
          `\`${field}\` changed from \`${String(before)}\` to \`${String(after)}\``,
          bs,
          hs
        )
    }
  }
}
