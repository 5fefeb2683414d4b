/**
 * Converts a whole document to another output version once per run, copy-on-write: slices are then cut
 * from the converted document, and fidelity compares each slice with it. Conversion findings carry the
 * pointer of what changed, so each slice reports the ones inside it. A document sliced to its own
 * version is not converted at all.
 */
import type { Finding } from '../findings.js'
import { isObject, setOwn, type JsonObject, type JsonValue } from '../json-value.js'
import { documentRefs } from '../openapi/walk.js'
import { resolvePathItem } from '../openapi/operations.js'
import { escapeToken, parsePointer } from '../pointer.js'
import { followMoves, Moves } from './follow-moves.js'
import { documentFrom32 } from './from-32.js'
import { byComponent } from './group-notes.js'
import { hoistDefs } from './hoist-defs.js'
import { mapTree, type OtherConverter } from './map-tree.js'
import { schemaTo30 } from './to-30.js'
import { schemaTo31 } from './to-31.js'

/** The versions a document is converted between. */
export type OasTarget = '3.0' | '3.1' | '3.2'
export type OutputVersion = 'auto' | OasTarget

export interface ConvertedDocument {
  doc: JsonObject
  version: OasTarget
  notes: Finding[]
}

/**
 * Up to 3.2 is lossless: 3.0 takes the 3.0 → 3.1 path, and 3.2 removes nothing 3.1 has. Down from 3.2
 * moves what 3.1 cannot say to `x-oai-` extensions first (from-32.ts), and a 3.0 target then takes
 * the 3.1 → 3.0 path.
 */
export function convertDocument(
  doc: JsonObject,
  sourceVersion: OasTarget,
  requested: OutputVersion
): ConvertedDocument {
  const target = requested === 'auto' ? sourceVersion : requested
  // Same version in, same meaning out: a 3.1 document that still writes `nullable` means by it what
  // 3.1 does (nothing), so no schema is rewritten. Slices are cut from, and compared with, the source.
  if (target === sourceVersion) return { doc, version: target, notes: [] }
  const notes: Finding[] = []
  let current = doc
  if (sourceVersion === '3.2') current = { ...documentFrom32(doc, notes), openapi: '3.1.0' }
  if (target === '3.0') {
    const moves = new Moves()
    const converted = followMoves(documentTo30(current, notes, moves, declaresDraft04(current)), moves, notes)
    return { doc: converted, version: '3.0', notes: byComponent(notes) }
  }
  if (sourceVersion === '3.0') current = documentTo31(current, notes)
  if (target === '3.2') current = { ...current, openapi: '3.2.0' }
  return { doc: current, version: target, notes: byComponent(notes) }
}

function documentTo31(doc: JsonObject, notes: Finding[]): JsonObject {
  const moves = new Moves()
  const draft04 = declaresDraft04(doc)
  const refs = documentRefs(doc)
  const examplesReferenced = schemasWithReferencedExample(refs)
  const mapped = mapTree(
    doc,
    'document',
    undefined,
    false,
    (schema, at, inRequestBody) =>
      schemaTo31(schema, { at, notes, inRequestBody, examplesReferenced, moves, draft04 }),
    (node, shape, at) => {
      // 3.0 ignores a Reference Object's other fields; 3.1 lets its summary and description apply.
      // (A Path Item's fields beside its $ref apply in both.)
      if (
        typeof node.$ref === 'string' &&
        shape !== 'pathItem' &&
        ('summary' in node || 'description' in node)
      ) {
        notes.push({
          code: 'CONVERT_REF_SIBLINGS',
          severity: 'info',
          pointer: at(),
          message: `The summary or description beside the $ref at ${at()}, which OpenAPI 3.0 ignores, applies in 3.1; it was kept.`
        })
      }
      return node
    }
  ) as JsonObject
  const converted = followMoves(mapped, moves, notes, refs)
  return { ...converted, openapi: '3.1.0' }
}

/** Draft-04, the dialect whose exclusive bounds are booleans as in OpenAPI 3.0. */
function declaresDraft04(doc: JsonObject): boolean {
  const dialect = doc.jsonSchemaDialect
  return typeof dialect === 'string' && /^https?:\/\/json-schema\.org\/draft-04\/schema#?$/.test(dialect)
}

/**
 * The schemas whose `example` one of the document's local refs points into (a response example that
 * reuses a schema's example, say), as `pointerOf` writes their pointers. A pointer with several
 * `example` tokens names each candidate; keeping `example` on one that needed no keeping is still valid.
 * Undefined when there are none, so the converters make no pointer.
 */
function schemasWithReferencedExample(refs: ReadonlySet<string>): Set<string> | undefined {
  const found = new Set<string>()
  for (const ref of refs) {
    if (!ref.startsWith('#') || !(ref.includes('example') || ref.includes('%'))) continue
    const tokens = parsePointer(ref) ?? []
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i] === 'example') found.add('/' + tokens.slice(0, i).map(escapeToken).join('/'))
    }
  }
  return found.size > 0 ? found : undefined
}

function documentTo30(source: JsonObject, notes: Finding[], moves: Moves, draft04: boolean): JsonObject {
  const doc = hoistDefs(source, notes)
  const otherTo30: OtherConverter = (node, shape, at) => {
    if (shape === 'operation' && node.responses === undefined) {
      notes.push({
        code: 'CONVERT_RESPONSES_ADDED',
        severity: 'warning',
        pointer: at(),
        message: `The operation at ${at()} describes no responses, which OpenAPI 3.0 requires; a default response saying so was added.`
      })
      return { ...node, responses: { default: { description: 'No response is described.' } } }
    }
    if (shape === 'securityScheme' && node.type === 'mutualTLS') {
      notes.push({
        code: 'CONVERT_LOSSY',
        severity: 'warning',
        pointer: at(),
        message: `The mutualTLS security scheme at ${at()} has no OpenAPI 3.0 equivalent; operations that require it cannot be converted faithfully and fail validation.`
      })
      return node
    }
    if (
      typeof node.$ref !== 'string' ||
      Object.keys(node).length === 1 ||
      shape === 'schema' ||
      shape === 'data'
    )
      return node
    notes.push({
      code: 'CONVERT_LOSSY',
      severity: 'info',
      pointer: at(),
      message: `The summary or description beside the $ref at ${at()} was dropped: OpenAPI 3.0 ignores fields beside a $ref.`
    })
    return { $ref: node.$ref }
  }
  const inlinePathItems = (container: unknown, at: string): unknown => {
    if (!isObject(container)) return container
    let out: JsonObject | undefined
    for (const [key, item] of Object.entries(container)) {
      if (!isObject(item) || typeof item.$ref !== 'string') continue
      const resolved = resolvePathItem(doc, item)
      if (!resolved) continue
      setOwn((out ??= { ...container }), key, resolved as JsonValue)
      notes.push({
        code: 'CONVERT_PATH_ITEM_INLINED',
        severity: 'info',
        pointer: `${at}/${escapeToken(key)}`,
        message: `The path item ${item.$ref} was written inline: OpenAPI 3.0 has no components/pathItems.`
      })
    }
    return out ?? container
  }

  const out = rootTo30(doc, notes, draft04, inlinePathItems)
  // Callbacks may point at components/pathItems too.
  const withCallbacks = mapTree(out, 'document', undefined, false, undefined, (node, shape, at) =>
    shape === 'callback' ? (inlinePathItems(node, at()) as JsonObject) : node
  ) as JsonObject
  return mapTree(
    withCallbacks,
    'document',
    undefined,
    false,
    (schema, at) => schemaTo30(schema, { at, notes, moves, draft04 }),
    otherTo30
  ) as JsonObject
}

/** The root's fields in 3.0: webhooks and jsonSchemaDialect dropped, path items inlined, paths required. */
function rootTo30(
  doc: JsonObject,
  notes: Finding[],
  draft04: boolean,
  inlinePathItems: (container: unknown, at: string) => unknown
): JsonObject {
  const out: JsonObject = {}
  for (const key of Object.keys(doc)) {
    const value = doc[key]
    if (key === 'openapi') out.openapi = '3.0.3'
    else if (key === 'webhooks') {
      for (const name of isObject(value) ? Object.keys(value) : []) {
        notes.push({
          code: 'CONVERT_WEBHOOK_DROPPED',
          severity: 'warning',
          pointer: `/webhooks/${escapeToken(name)}`,
          message: `The webhook ${name} cannot be expressed in OpenAPI 3.0 and was left out.`
        })
      }
    } else if (key === 'jsonSchemaDialect') {
      notes.push({
        code: 'CONVERT_LOSSY',
        severity: 'info',
        pointer: '/jsonSchemaDialect',
        message: draft04
          ? 'jsonSchemaDialect (draft-04) has no place in OpenAPI 3.0 and was dropped; boolean exclusive bounds, the draft-04 form, are already the 3.0 form and were kept as they are.'
          : 'jsonSchemaDialect has no place in OpenAPI 3.0 and was dropped; 3.0 schemas use its fixed dialect.'
      })
    } else if (key === 'info' && isObject(value)) out.info = infoTo30(value, notes)
    else if (key === 'paths') out.paths = inlinePathItems(value, '/paths') as JsonValue
    else if (key === 'components' && isObject(value)) {
      const { pathItems, ...rest } = value
      if (pathItems !== undefined) {
        notes.push({
          code: 'CONVERT_PATH_ITEM_INLINED',
          severity: 'info',
          pointer: '/components/pathItems',
          message:
            'components/pathItems has no place in OpenAPI 3.0: path items that used it are written inline.'
        })
      }
      out.components = rest
    } else setOwn(out, key, value)
  }
  if (out.paths === undefined) {
    out.paths = {}
    notes.push({
      code: 'CONVERT_PATHS_ADDED',
      severity: 'info',
      pointer: '/paths',
      message: 'The document has no paths, which OpenAPI 3.0 requires; an empty paths object was added.'
    })
  }
  return out
}

function infoTo30(info: JsonObject, notes: Finding[]): JsonObject {
  const out: JsonObject = { ...info }
  if ('summary' in out) {
    delete out.summary
    notes.push({
      code: 'CONVERT_LOSSY',
      severity: 'info',
      pointer: '/info/summary',
      message: 'info.summary has no place in OpenAPI 3.0 and was dropped.'
    })
  }
  if (isObject(out.license) && typeof out.license.identifier === 'string') {
    const { identifier, ...license } = out.license
    out.license = { ...license, url: license.url ?? `https://spdx.org/licenses/${identifier}.html` }
    notes.push({
      code: 'CONVERT_LOSSY',
      severity: 'info',
      pointer: '/info/license',
      message: `The license identifier ${identifier} became a link to its SPDX page: OpenAPI 3.0 licenses have only a name and a url.`
    })
  }
  return out
}
