/** The operations of a document: (path, method) pairs and selected webhooks, in source order. */
import type { SourceLocation } from '../errors.js'
import { isObject, type JsonObject } from '../json-value.js'
import { getAt, parsePointer } from '../pointer.js'
import { ADDITIONAL_OPERATIONS, isHttpMethod } from './kinds.js'

export type OperationSource = 'path' | 'webhook'

export interface OperationInfo {
  /** Stable identity: `GET /users/{id}` or `POST webhook:newPet`. */
  key: string
  source: OperationSource
  /** The path template, or the webhook's name. */
  path: string
  /** A fixed field's name (`get`, `query`), or an `additionalOperations` key as written (`LINK`). */
  method: string
  operationId?: string
  summary?: string
  tags: string[]
  deprecated: boolean
  /** Pointer of the operation in the source document. */
  tokens: string[]
  location?: SourceLocation
}

export function operationKey(source: OperationSource, path: string, method: string): string {
  return `${methodName(method)} ${source === 'webhook' ? `webhook:${path}` : path}`
}

/**
 * A method as keys, the index and reports name it: a fixed field upper-cased (`GET`, `QUERY`), a custom
 * method as written, since methods are case-sensitive and `link` and `LINK` are two.
 */
export function methodName(method: string): string {
  return isHttpMethod(method) ? method.toUpperCase() : method
}

/**
 * The path item at `node`, with a `$ref` chain followed (3.1 `components/pathItems`); the referencing
 * object's own fields win. Returns undefined when the chain is dangling or circular.
 */
export function resolvePathItem(doc: JsonObject, node: unknown): JsonObject | undefined {
  let current = node
  const seen = new Set<unknown>()
  let siblings: JsonObject = {}
  while (isObject(current) && typeof current.$ref === 'string') {
    if (seen.has(current)) return undefined
    seen.add(current)
    const { $ref, ...rest } = current
    siblings = { ...rest, ...siblings }
    const tokens = ($ref as string).startsWith('#') ? parsePointer($ref as string) : undefined
    if (!tokens) return undefined
    current = getAt(doc, tokens)
  }
  if (!isObject(current)) return undefined
  return Object.keys(siblings).length > 0 ? { ...current, ...siblings } : current
}

/** Where a method's operation sits in its path item: a fixed field, or an `additionalOperations` entry. */
export function methodTokens(method: string): string[] {
  return isHttpMethod(method) ? [method] : [ADDITIONAL_OPERATIONS, method]
}

/** The operation a pointer designates (`/paths/~1pets/get`, `/paths/~1pets/additionalOperations/LINK`). */
export function operationAt(
  tokens: readonly string[]
): Pick<OperationInfo, 'source' | 'path' | 'method'> | undefined {
  if (tokens[0] !== 'paths' && tokens[0] !== 'webhooks') return undefined
  const source = tokens[0] === 'webhooks' ? 'webhook' : 'path'
  if (tokens.length === 3 && isHttpMethod(tokens[2])) return { source, path: tokens[1], method: tokens[2] }
  if (tokens.length === 4 && tokens[2] === ADDITIONAL_OPERATIONS && !isHttpMethod(tokens[3].toLowerCase()))
    return { source, path: tokens[1], method: tokens[3] }
  return undefined
}

/**
 * A path item's operations, [method, operation], in source order: `additionalOperations` entries where
 * the field stands. An entry named like a fixed field (`get`, `query`) is not another method (3.2
 * forbids it): it is left out, or it would stand for the fixed field's operation.
 */
export function pathItemOperations(item: JsonObject): [string, JsonObject][] {
  const found: [string, JsonObject][] = []
  for (const key of Object.keys(item)) {
    const value = item[key]
    if (isHttpMethod(key) && isObject(value)) found.push([key, value])
    else if (key === ADDITIONAL_OPERATIONS && isObject(value)) {
      for (const method of Object.keys(value)) {
        const operation = value[method]
        if (isObject(operation) && !isHttpMethod(method.toLowerCase())) found.push([method, operation])
      }
    }
  }
  return found
}

export function enumerateOperations(
  doc: JsonObject,
  locate?: (tokens: readonly string[]) => SourceLocation
): OperationInfo[] {
  const operations: OperationInfo[] = []
  const collect = (source: OperationSource, container: unknown, root: string) => {
    if (!isObject(container)) return
    for (const name of Object.keys(container)) {
      if (source === 'path' && !name.startsWith('/')) continue
      const item = resolvePathItem(doc, container[name])
      if (!item) continue
      for (const [method, operation] of pathItemOperations(item)) {
        const info: OperationInfo = {
          key: operationKey(source, name, method),
          source,
          path: name,
          method,
          operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined,
          summary: typeof operation.summary === 'string' ? operation.summary : undefined,
          tags: Array.isArray(operation.tags)
            ? operation.tags.filter((t): t is string => typeof t === 'string')
            : [],
          deprecated: operation.deprecated === true,
          tokens: [root, name, ...methodTokens(method)]
        }
        operations.push(locate ? new LocatedOperation(info, locate) : info)
      }
    }
  }
  collect('path', doc.paths, 'paths')
  collect('webhook', doc.webhooks, 'webhooks')
  return operations
}

/**
 * An operation whose `location` is found on first read and then kept: locating may need a second,
 * slower parse (YAML), so it is only done for the operations that are reported. The getter lives on the
 * class, not on each object, because a run of 100,000 operations keeps every one of them.
 */
class LocatedOperation implements OperationInfo {
  key: string
  source: OperationSource
  path: string
  method: string
  operationId?: string
  summary?: string
  tags: string[]
  deprecated: boolean
  tokens: string[]
  #locate: ((tokens: readonly string[]) => SourceLocation) | undefined
  #location: SourceLocation | undefined

  constructor(info: OperationInfo, locate: (tokens: readonly string[]) => SourceLocation) {
    this.key = info.key
    this.source = info.source
    this.path = info.path
    this.method = info.method
    this.operationId = info.operationId
    this.summary = info.summary
    this.tags = info.tags
    this.deprecated = info.deprecated
    this.tokens = info.tokens
    this.#locate = locate
  }

  get location(): SourceLocation {
    if (this.#locate) {
      this.#location = this.#locate(this.tokens)
      this.#locate = undefined
    }
    return this.#location!
  }
}

/** An enumerable property computed on first read and then kept. */
export function defineLazy<T extends object, K extends keyof T>(
  target: T,
  key: K,
  compute: () => T[K]
): void {
  let value: T[K] | undefined
  let done = false
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!done) {
        value = compute()
        done = true
      }
      return value
    }
  })
}

/** The path item and operation objects of an operation (path item resolved). */
export function operationObjects(
  doc: JsonObject,
  operation: Pick<OperationInfo, 'source' | 'path' | 'method'>
): { pathItem: JsonObject; operation: JsonObject } | undefined {
  const container = operation.source === 'webhook' ? doc.webhooks : doc.paths
  if (!isObject(container)) return undefined
  const pathItem = resolvePathItem(doc, container[operation.path])
  // A fixed field is read directly: this runs several times for every slice.
  const method = operation.method
  const object = !pathItem
    ? undefined
    : isHttpMethod(method)
      ? pathItem[method]
      : getAt(pathItem, [ADDITIONAL_OPERATIONS, method])
  return pathItem && isObject(object) ? { pathItem, operation: object } : undefined
}

/** The security requirements in force: the operation's own (`[]` means none) or else the root's. */
export function effectiveSecurity(doc: JsonObject, operation: JsonObject): unknown[] | undefined {
  if (Array.isArray(operation.security)) return operation.security
  return Array.isArray(doc.security) ? doc.security : undefined
}

export function securitySchemeNames(requirements: unknown[] | undefined): string[] {
  const names: string[] = []
  for (const requirement of requirements ?? []) {
    if (!isObject(requirement)) continue
    for (const name of Object.keys(requirement)) if (!names.includes(name)) names.push(name)
  }
  return names
}

/** Servers in force: the operation's, else the path item's, else the root's, else `/`. */
export function effectiveServers(doc: JsonObject, pathItem: JsonObject, operation: JsonObject): unknown[] {
  for (const servers of [operation.servers, pathItem.servers, doc.servers]) {
    if (Array.isArray(servers) && servers.length > 0) return servers
  }
  return [{ url: '/' }]
}

/**
 * Parameters in force: path-level ones not overridden by an operation-level one with the same
 * (name, in), then the operation's own. `deref` resolves a `$ref` to read name and in.
 */
export function mergedParameters(
  pathItem: JsonObject,
  operation: JsonObject,
  deref: (node: unknown) => unknown
): unknown[] {
  const own = Array.isArray(operation.parameters) ? operation.parameters : undefined
  const inherited = Array.isArray(pathItem.parameters) ? pathItem.parameters : undefined
  const merged: unknown[] = []
  // Loops that push into one literal array, not spreads or maps, which keeps this hot path optimised
  // (docs/performance.md).
  if (inherited) {
    const overridden = new Set<string>()
    if (own)
      for (const node of own) {
        const identity = parameterIdentity(deref(node))
        if (identity) overridden.add(identity)
      }
    for (const node of inherited) if (!overridden.has(parameterIdentity(deref(node)))) merged.push(node)
  }
  if (own) for (const node of own) merged.push(node)
  return merged
}

/** What makes two parameters the same one: where they are and their name; '' for a non-object. */
function parameterIdentity(parameter: unknown): string {
  return isObject(parameter) ? `${String(parameter.in)}\0${String(parameter.name)}` : ''
}
