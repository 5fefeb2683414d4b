/**
 * Properties and what is required of them. When the `allOf` branches of a schema differ (a property moved
 * into a new base schema, say), the two sides are compared flattened, so a reorganisation that keeps what
 * is accepted is not reported as properties removed and added.
 */
import { hasOwn, isObject, type JsonObject } from '../../json-value.js'
import { child, foundAt, resolve, type Located } from './found.js'
import type { Structure } from './schema-structure.js'

const PROPERTY_RULES = {
  request: {
    addedRequired: 'new-required-request-property',
    addedOptional: 'new-optional-request-property',
    removedRequired: 'request-property-removed',
    removedOptional: 'request-property-removed',
    becameRequired: 'request-property-became-required',
    becameOptional: 'request-property-became-optional',
    deprecated: 'request-property-deprecated'
  },
  response: {
    addedRequired: 'response-required-property-added',
    addedOptional: 'response-optional-property-added',
    removedRequired: 'response-required-property-removed',
    removedOptional: 'response-optional-property-removed',
    becameRequired: 'response-property-became-required',
    becameOptional: 'response-property-became-optional',
    deprecated: 'response-property-deprecated'
  }
}

interface View {
  properties: Map<string, Located>
  required: Set<string>
}

/** The properties a schema declares itself, or with those of its `allOf` branches (refs followed). */
function viewOf(
  doc: JsonObject,
  at: Located,
  flat: boolean,
  view: View = { properties: new Map(), required: new Set() },
  seen = new Set<unknown>()
): View {
  const node = at.node as JsonObject
  seen.add(node)
  if (isObject(node.properties)) {
    const list = child(at, 'properties')
    for (const name of Object.keys(node.properties))
      if (!view.properties.has(name)) view.properties.set(name, child(list, name))
  }
  if (Array.isArray(node.required)) for (const name of node.required) view.required.add(String(name))
  if (flat && Array.isArray(node.allOf)) {
    const branches = child(at, 'allOf')
    node.allOf.forEach((branch, i) => {
      const found = resolve(doc, child(branches, String(i), branch))
      if (found && isObject(found.node) && !seen.has(found.node)) viewOf(doc, found, flat, view, seen)
    })
  }
  return view
}

function report(s: Structure, rule: string, what: string, base?: Located, head?: Located): void {
  s.into.found.push(foundAt(rule, what, base, head))
}

function flag(doc: JsonObject, at: Located, name: string): boolean {
  const schema = resolve(doc, at)?.node
  return isObject(schema) && schema[name] === true
}

export function compareProperties(b: Located, h: Located, s: Structure, flat: boolean): void {
  const rules = PROPERTY_RULES[s.direction]
  const { baseDoc, headDoc } = s.differ
  // A property the other side never sees: read-only ones are not sent, write-only ones not returned.
  const hidden = s.direction === 'request' ? 'readOnly' : 'writeOnly'
  const bv = viewOf(baseDoc, b, flat)
  const hv = viewOf(headDoc, h, flat)
  for (const [name, at] of hv.properties) {
    if (bv.properties.has(name) || flag(headDoc, at, hidden)) continue
    const required = hv.required.has(name)
    const rule = required ? rules.addedRequired : rules.addedOptional
    report(s, rule, `${required ? 'required' : 'optional'} property \`${name}\` added`, undefined, at)
  }
  for (const [name, bc] of bv.properties) {
    const hc = hv.properties.get(name)
    if (!hc) {
      if (flag(baseDoc, bc, hidden)) continue
      const required = bv.required.has(name)
      const rule = required ? rules.removedRequired : rules.removedOptional
      report(s, rule, `${required ? 'required' : 'optional'} property \`${name}\` removed`, bc)
      continue
    }
    if (!flag(baseDoc, bc, 'deprecated') && flag(headDoc, hc, 'deprecated'))
      report(s, rules.deprecated, `property \`${name}\` deprecated`, bc, hc)
    s.walk(bc, hc)
  }
  compareRequired(b, h, s, bv, hv)
}

function compareRequired(b: Located, h: Located, s: Structure, bv: View, hv: View): void {
  const rules = PROPERTY_RULES[s.direction]
  const hidden = s.direction === 'request' ? 'readOnly' : 'writeOnly'
  // Properties added or removed were reported with their requiredness.
  const kept = (name: string) => bv.properties.has(name) === hv.properties.has(name)
  for (const name of hv.required) {
    if (bv.required.has(name) || !kept(name)) continue
    const at = hv.properties.get(name)
    if (at && flag(s.differ.headDoc, at, hidden)) continue
    report(
      s,
      rules.becameRequired,
      `property \`${name}\` became required`,
      bv.properties.get(name) ?? b,
      at ?? h
    )
  }
  for (const name of bv.required) {
    if (hv.required.has(name) || !kept(name)) continue
    const at = bv.properties.get(name)
    if (at && flag(s.differ.baseDoc, at, hidden)) continue
    report(
      s,
      rules.becameOptional,
      `property \`${name}\` became optional`,
      at ?? b,
      hv.properties.get(name) ?? h
    )
  }
}

/** Whether the `allOf` branches differ, by `$ref` or count: then properties are compared flattened. */
export function allOfReorganised(b: JsonObject, h: JsonObject): boolean {
  const keys = (node: JsonObject) =>
    Array.isArray(node.allOf)
      ? node.allOf.map(branch => (isObject(branch) && typeof branch.$ref === 'string' ? branch.$ref : ''))
      : []
  const bk = keys(b)
  const hk = keys(h)
  return (
    bk.length !== hk.length || bk.some((key, i) => key !== hk[i]) || hasOwn(b, 'allOf') !== hasOwn(h, 'allOf')
  )
}

/** A schema whose type only its `allOf` branches state, with that type: what it accepts, flattened. */
export function withBranchType(doc: JsonObject, at: Located): Located {
  const node = at.node as JsonObject
  if (node.type !== undefined || !Array.isArray(node.allOf)) return at
  for (const branch of node.allOf) {
    const found = resolve(doc, { node: branch, pointer: at.pointer, cause: at.cause })?.node
    if (isObject(found) && found.type !== undefined)
      return {
        node: { ...node, type: found.type },
        get pointer() {
          return at.pointer
        },
        get cause() {
          return at.cause
        }
      }
  }
  return at
}
