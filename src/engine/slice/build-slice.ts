/**
 * Builds one slice: a new document holding exactly the selected operations and the transitive closure
 * of everything they need. The source document is never mutated; unchanged subtrees are shared.
 */
import type { Finding } from '../findings.js'
import { hasOwn, isObject, ownValue, setOwn, type JsonObject, type JsonValue } from '../json-value.js'
import { ADDITIONAL_OPERATIONS, COMPONENT_SECTIONS, isHttpMethod, kindOfSection } from '../openapi/kinds.js'
import {
  effectiveSecurity,
  operationObjects,
  resolvePathItem,
  securitySchemeNames,
  type OperationInfo
} from '../openapi/operations.js'
import { formatPointer, parsePointer, type PointerTokens } from '../pointer.js'
import { collectEdges, type UnitKey } from './edges.js'
import { rewriteTree, type RewriteContext } from './rewrite.js'
import { sliceTags } from './slice-tags.js'
import type { ComponentPlace, SpecIndex } from './spec-index.js'

export interface SliceOutcome {
  document: JsonObject
  notes: Finding[]
  /** Every component unit the slice carries (source pointers). */
  units: UnitKey[]
}

/** Root fields copied into every slice as they are. */
const COPIED_ROOT_FIELDS = new Set(['openapi', 'info', 'jsonSchemaDialect', 'servers', 'externalDocs'])

export function buildSlice(index: SpecIndex, operations: readonly OperationInfo[]): SliceOutcome {
  const doc = index.doc
  const notes: Finding[] = []
  const held = heldMethods(operations)
  const containers = slicedPathItems(doc, held)
  const closure = closeOver(index, operations, containers, held)
  const context: RewriteContext = {
    doc,
    notes,
    holdsOperation: (source, path, method) => held.get(`${source}\0${path}`)?.has(method) ?? false,
    mapRef(ref) {
      if (!ref.startsWith('#/paths/') && !ref.startsWith('#/webhooks/') && !ref.startsWith('#/x-'))
        return undefined
      const tokens = parsePointer(ref)
      const target = tokens ? closure.carried.get(formatPointer(tokens)) : undefined
      return target ? formatPointer(['components', target.section, target.name]) : undefined
    }
  }
  const components = sliceComponents(index, closure, context)
  if (closure.rootNeedsRewrite) {
    for (const source of ['path', 'webhook'] as const) {
      const container = containers[source]
      for (const path of Object.keys(container))
        setOwn(container, path, rewriteTree(container[path], 'pathItem', context) as JsonValue)
    }
  }
  addLinkNotes(doc, operations, notes)
  for (const ref of closure.dataRefs) {
    notes.push({
      code: 'DATA_REF_KEPT',
      severity: 'info',
      message: `A $ref inside example, default, enum or const data (${ref}) does not point into the document; it was kept as data.`
    })
  }
  const document = assembleDocument(index, operations, containers, components)
  return { document, notes, units: [...closure.included] }
}

// The steps below are functions of their own rather than one long body, which reads as the steps and
// is optimised sooner (docs/performance.md).

/** The selected methods of each path item, keyed by source and path. */
function heldMethods(operations: readonly OperationInfo[]): Map<string, Set<string>> {
  const held = new Map<string, Set<string>>()
  for (const operation of operations) {
    const key = `${operation.source}\0${operation.path}`
    const methods = held.get(key) ?? new Set<string>()
    methods.add(operation.method)
    held.set(key, methods)
  }
  return held
}

type Containers = Record<'path' | 'webhook', JsonObject>

/** The slice's path items: only the selected methods, path-level fields kept, `$ref` path items inlined. */
function slicedPathItems(doc: JsonObject, held: Map<string, Set<string>>): Containers {
  const containers: Containers = { path: {}, webhook: {} }
  for (const [key, methods] of held) {
    const [source, path] = key.split('\0') as ['path' | 'webhook', string]
    const sourceContainer = (source === 'webhook' ? doc.webhooks : doc.paths) as JsonObject
    const item = resolvePathItem(doc, ownValue(sourceContainer, path)) ?? {}
    const sliced: JsonObject = {}
    for (const field of Object.keys(item)) {
      if (field === '$ref') continue
      // Below 3.2, operations kept as x-oai-additionalOperations have no slice, nor belong to another's.
      if ((isHttpMethod(field) && !methods.has(field)) || field === 'x-oai-additionalOperations') continue
      if (field === ADDITIONAL_OPERATIONS) {
        const kept = heldAdditional(item[field], methods)
        if (kept) setOwn(sliced, field, kept)
        continue
      }
      setOwn(sliced, field, item[field])
    }
    setOwn(containers[source], path, sliced)
  }
  return containers
}

/** The selected entries of `additionalOperations`, or undefined when none is selected. */
function heldAdditional(operations: unknown, methods: Set<string>): JsonObject | undefined {
  if (!isObject(operations)) return undefined
  const kept: JsonObject = {}
  for (const method of Object.keys(operations))
    if (methods.has(method) && !isHttpMethod(method)) setOwn(kept, method, operations[method])
  return Object.keys(kept).length > 0 ? kept : undefined
}

interface Closure {
  /** Every unit the slice carries. */
  included: Set<UnitKey>
  /** `#/paths` targets carried as components, with the names they take. */
  carried: Map<UnitKey, { section: string; name: string }>
  /** Units holding refs that must be rewritten. */
  rewriteUnits: Set<UnitKey>
  /** Whether the slice's path items hold such refs. */
  rootNeedsRewrite: boolean
  /** Refs in literal data that point outside the document, kept as data. */
  dataRefs: Set<string>
}

/** The closure over units, breadth first, starting from the operations, their path items and security. */
function closeOver(
  index: SpecIndex,
  operations: readonly OperationInfo[],
  containers: Containers,
  held: Map<string, Set<string>>
): Closure {
  const doc = index.doc
  const closure: Closure = {
    included: new Set(),
    carried: new Map(),
    rewriteUnits: new Set(),
    rootNeedsRewrite: false,
    dataRefs: new Set()
  }
  const { included } = closure
  const queue: UnitKey[] = []
  const enqueue = (units: readonly UnitKey[]) => {
    for (const unit of units) {
      if (included.has(unit)) continue
      included.add(unit)
      queue.push(unit)
    }
  }
  for (const source of ['path', 'webhook'] as const) {
    for (const item of Object.values(containers[source])) {
      const edges = collectEdges(doc, item, 'pathItem')
      closure.rootNeedsRewrite ||= edges.needsRewrite
      for (const ref of edges.dataRefs) closure.dataRefs.add(ref)
      enqueue(edges.units)
    }
  }
  const schemes =
    isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {}
  const schemeUnits: UnitKey[] = []
  for (const operation of operations) {
    const objects = operationObjects(doc, operation)
    if (!objects) continue
    for (const name of securitySchemeNames(effectiveSecurity(doc, objects.operation)))
      if (hasOwn(schemes, name)) schemeUnits.push(formatPointer(['components', 'securitySchemes', name]))
  }
  enqueue(schemeUnits)

  // A `#/paths` ref is kept when the slice holds what it points at, the same content at the same place.
  const keptInSlice = (tokens: PointerTokens): boolean => {
    const source = tokens[0] === 'webhooks' ? 'webhook' : 'path'
    const methods = held.get(`${source}\0${tokens[1]}`)
    if (!methods || tokens.length < 3) return false
    if (tokens[2] === ADDITIONAL_OPERATIONS) return tokens.length >= 4 && methods.has(tokens[3])
    return isHttpMethod(tokens[2]) ? methods.has(tokens[2]) : tokens[2] !== '$ref'
  }
  while (queue.length > 0) {
    const unit = queue.shift()!
    const tokens = parsePointer(unit)!
    if (tokens[0] !== 'components') {
      if (!tokens[0].startsWith('x-') && keptInSlice(tokens)) {
        included.delete(unit)
        continue
      }
      const target = index.carriedTarget(unit)
      if (!target) continue
      closure.carried.set(unit, target)
    }
    const edges = index.edgesOf(unit)
    if (edges.needsRewrite) closure.rewriteUnits.add(unit)
    for (const ref of edges.dataRefs) closure.dataRefs.add(ref)
    enqueue(edges.units)
  }
  return closure
}

/** The slice's components: in source order, carried `#/paths` targets after them, sections ordered. */
function sliceComponents(index: SpecIndex, closure: Closure, context: RewriteContext): JsonObject {
  const doc = index.doc
  const finish = (unit: UnitKey, node: unknown, kind: Parameters<typeof rewriteTree>[1]) =>
    closure.rewriteUnits.has(unit) ? rewriteTree(node, kind, context) : node
  // Section and component names are document data: Maps, so `__proto__` or `size` is a name like any other.
  const components = new Map<string, JsonObject>()
  const sectionOf = (section: string) => {
    let out = components.get(section)
    if (!out) components.set(section, (out = {}))
    return out
  }
  const sourceComponents = isObject(doc.components) ? doc.components : {}
  const places: { unit: UnitKey; place: ComponentPlace }[] = []
  for (const unit of closure.included) {
    const place = index.componentPlace(unit)
    if (place) places.push({ unit, place })
  }
  places.sort((a, b) => a.place.rank - b.place.rank)
  for (const { unit, place } of places) {
    const { section, name } = place
    const node = ownValue(ownValue(sourceComponents, section) as JsonObject, name)
    setOwn(sectionOf(section), name, finish(unit, node, kindOfSection(section) ?? 'data') as JsonValue)
  }
  for (const [unit, target] of closure.carried) {
    const node = finish(unit, index.nodeOf(unit), kindOfSection(target.section) ?? 'data') as JsonValue
    setOwn(sectionOf(target.section), target.name, node)
  }
  const ordered: JsonObject = {}
  for (const section of [...Object.keys(sourceComponents), ...COMPONENT_SECTIONS]) {
    const entries = components.get(section)
    if (entries && !hasOwn(ordered, section)) setOwn(ordered, section, entries)
  }
  return ordered
}

/** A link naming an operationId outside the slice is kept as written, and said so. */
function addLinkNotes(doc: JsonObject, operations: readonly OperationInfo[], notes: Finding[]): void {
  const ids = new Set<string>()
  for (const operation of operations) if (operation.operationId) ids.add(operation.operationId)
  for (const operation of operations) {
    const objects = operationObjects(doc, operation)
    for (const link of linksOf(objects?.operation)) {
      if (typeof link.operationId === 'string' && !ids.has(link.operationId)) {
        notes.push({
          code: 'LINK_OPERATION_ID_OUTSIDE',
          severity: 'info',
          message: `A link names operationId "${link.operationId}", which is not in this slice; it was kept as written.`
        })
      }
    }
  }
}

/** The document, in the source's key order. Root extensions are copied unless they hold refs. */
function assembleDocument(
  index: SpecIndex,
  operations: readonly OperationInfo[],
  containers: Containers,
  components: JsonObject
): JsonObject {
  const doc = index.doc
  const inheritsRootSecurity = operations.some(
    op => !Array.isArray(operationObjects(doc, op)?.operation.security)
  )
  const leftOut = index.leftOutRootExtensions()
  const usedTags = new Set(operations.flatMap(op => op.tags))
  const hasComponents = Object.keys(components).length > 0
  const document: JsonObject = {}
  for (const key of Object.keys(doc)) {
    if (COPIED_ROOT_FIELDS.has(key)) document[key] = doc[key]
    else if (key.startsWith('x-') && !leftOut.includes(key)) document[key] = doc[key]
    else if (key === 'security' && inheritsRootSecurity) document[key] = doc[key]
    else if (key === 'tags' && Array.isArray(doc.tags)) {
      const tags = sliceTags(doc.tags, usedTags)
      if (tags.length > 0) document[key] = tags as JsonValue
    } else if (key === 'paths') document[key] = containers.path
    else if (key === 'webhooks' && Object.keys(containers.webhook).length > 0)
      document[key] = containers.webhook
    else if (key === 'components' && hasComponents) document[key] = components
  }
  // Even a slice of webhooks alone has `paths`: 3.1 allows leaving it out, but consumers require it.
  if (!document.paths) document.paths = containers.path
  if (!document.components && hasComponents) document.components = components
  return document
}

function linksOf(operation: JsonObject | undefined): JsonObject[] {
  const links: JsonObject[] = []
  const responses = operation?.responses
  if (!isObject(responses)) return links
  for (const response of Object.values(responses)) {
    if (isObject(response) && isObject(response.links)) {
      for (const link of Object.values(response.links)) if (isObject(link)) links.push(link)
    }
  }
  return links
}
