/** Parameters in force, matched by where they are and their name; path parameters by position. */
import { isObject, refOf, type JsonObject } from '../../json-value.js'
import { child, pointerChild, renamed, resolve, type Located } from './found.js'
import { record, type OperationPair, type OperationSide } from './operation-pair.js'
import { PLACES } from './schema-diff.js'

interface Parameter {
  in: string
  name: string
  at: Located
}

/** The path template's parameter names, in order. */
export function templateNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]*)\}/g)].map(match => match[1])
}

function parametersOf(side: OperationSide): Map<string, Parameter> {
  const found = new Map<string, Parameter>()
  for (const owner of [side.pathItem, side.operation]) {
    const list = (owner.node as JsonObject).parameters
    if (!Array.isArray(list)) continue
    list.forEach((node, index) => {
      const listed = child(owner, 'parameters', list)
      const at = resolve(side.doc, child(listed, String(index), node))
      if (!at || !isObject(at.node)) return
      const where = String(at.node.in)
      const name = String(at.node.name)
      // An inline parameter is named by where it is and its name, which its position in the list is not.
      const located =
        refOf(node) === undefined
          ? renamed(at, () => pointerChild(owner.cause, 'parameters', where, name))
          : at
      found.set(`${where}\0${name}`, { in: where, name, at: located })
    })
  }
  return found
}

/** The schema of a parameter: `schema`, or that of its one `content` entry. */
function schemaOf(at: Located): Located {
  const node = at.node as JsonObject
  if (node.schema !== undefined || !isObject(node.content)) return child(at, 'schema')
  const content = child(at, 'content')
  const type = Object.keys(node.content)[0]
  return type === undefined ? child(at, 'schema') : child(child(content, type), 'schema')
}

const isRequired = (p: Parameter) => p.in === 'path' || (p.at.node as JsonObject).required === true

export function compareParameters(pair: OperationPair): void {
  const base = parametersOf(pair.base)
  const head = parametersOf(pair.head)
  // A path parameter renamed in the template only is the same parameter.
  const baseNames = templateNames(pair.base.info.path)
  const headNames = templateNames(pair.head.info.path)
  const rename = new Map(baseNames.map((name, i) => [name, headNames[i] ?? name]))
  const matched = new Map<string, Parameter>()
  for (const parameter of base.values()) {
    const name = parameter.in === 'path' ? (rename.get(parameter.name) ?? parameter.name) : parameter.name
    matched.set(`${parameter.in}\0${name}`, parameter)
  }
  for (const [key, h] of head) {
    const b = matched.get(key)
    const label = `${h.in} parameter \`${h.name}\``
    if (!b) {
      const required = isRequired(h)
      const rule = required ? 'new-required-request-parameter' : 'new-optional-request-parameter'
      record(pair, rule, `${required ? 'required' : 'optional'} ${label} added`, undefined, h.at)
      continue
    }
    compareParameter(pair, b, h, label)
  }
  for (const [key, b] of matched)
    if (!head.has(key))
      record(pair, 'request-parameter-removed', `${b.in} parameter \`${b.name}\` removed`, b.at)
}

function compareParameter(pair: OperationPair, b: Parameter, h: Parameter, label: string): void {
  if (!isRequired(b) && isRequired(h))
    record(pair, 'request-parameter-became-required', `${label} became required`, b.at, h.at)
  if (isRequired(b) && !isRequired(h))
    record(pair, 'request-parameter-became-optional', `${label} became optional`, b.at, h.at)
  const bd = (b.at.node as JsonObject).deprecated === true
  const hd = (h.at.node as JsonObject).deprecated === true
  if (!bd && hd) record(pair, 'request-parameter-deprecated', `${label} deprecated`, b.at, h.at)
  if (bd && !hd) record(pair, 'request-parameter-reactivated', `${label} no longer deprecated`, b.at, h.at)
  compareSerialization(pair, b, h, label)
  for (const found of pair.differ.diff(schemaOf(b.at), schemaOf(h.at), PLACES.parameter)) pair.out.push(found)
}

/** The style and explode in effect, with the defaults the specification gives each place. */
function serialization(p: Parameter): { style: string; explode: boolean } {
  const node = p.at.node as JsonObject
  const style =
    typeof node.style === 'string' ? node.style : p.in === 'query' || p.in === 'cookie' ? 'form' : 'simple'
  return { style, explode: typeof node.explode === 'boolean' ? node.explode : style === 'form' }
}

/** Whether a parameter only ever holds one value, for which explode changes nothing on the wire. */
function scalar(pair: OperationPair, side: 'base' | 'head', p: Parameter): boolean {
  const schema = resolve(pair[side].doc, child(p.at, 'schema'))?.node
  if (!isObject(schema)) return false
  const types = Array.isArray(schema.type) ? schema.type : [schema.type]
  return types.every(type => ['string', 'number', 'integer', 'boolean', 'null'].includes(String(type)))
}

function compareSerialization(pair: OperationPair, b: Parameter, h: Parameter, label: string): void {
  if ((b.at.node as JsonObject).content !== undefined || (h.at.node as JsonObject).content !== undefined)
    return
  const before = serialization(b)
  const after = serialization(h)
  if (before.style !== after.style)
    record(
      pair,
      'request-parameter-style-changed',
      `${label} style changed from \`${before.style}\` to \`${after.style}\``,
      b.at,
      h.at
    )
  else if (before.explode !== after.explode && !(scalar(pair, 'base', b) && scalar(pair, 'head', h)))
    record(
      pair,
      'request-parameter-explode-changed',
      `${label} explode changed from ${before.explode} to ${after.explode}`,
      b.at,
      h.at
    )
}
