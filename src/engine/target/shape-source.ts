/**
 * target-fix on the document slices are cut from: what keeps meaning for the gateway, applied once to a
 * copy of the whole document, so that every slice is cut from the shaped document and fidelity compares
 * it with the document shaped the same way. Each change is a finding at its place in the source.
 */
import type { Finding } from '../findings.js'
import { isObject, type JsonObject } from '../json-value.js'
import type { NodeKind } from '../openapi/kinds.js'
import type { OperationInfo } from '../openapi/operations.js'
import { tokensOf, walk } from '../openapi/walk.js'
import { getAt, pointerText } from '../pointer.js'
import type { TargetProfile } from './target-rule.js'

const KEYWORD_KINDS: readonly NodeKind[] = ['schema', 'parameter', 'header', 'mediaType']

export interface ShapedSource {
  doc: JsonObject
  notes: Finding[]
}

export function shapeSource(
  doc: JsonObject,
  profile: TargetProfile,
  operations: readonly OperationInfo[],
  renames: ReadonlyMap<string, string>
): ShapedSource {
  const keywords = profile.ignoredKeywords ?? []
  if (keywords.length === 0 && renames.size === 0) return { doc, notes: [] }
  const shaped = structuredClone(doc)
  const notes: Finding[] = []
  if (keywords.length > 0) {
    walk(shaped, 'document', visit => {
      if (visit.shape === 'data') return false
      const node = visit.node
      if (typeof visit.shape !== 'string' || !KEYWORD_KINDS.includes(visit.shape) || !isObject(node)) return
      for (const keyword of keywords) {
        if (!Object.hasOwn(node, keyword)) continue
        delete node[keyword]
        notes.push({
          code: 'TARGET_FIX_KEYWORD_DROPPED',
          severity: 'info',
          message: `${keyword} was dropped: ${profile.title} ignores it.`,
          pointer: pointerText([...tokensOf(visit), keyword])
        })
      }
    })
  }
  for (const operation of operations) {
    const name = renames.get(operation.key)
    const node = getAt(shaped, operation.tokens)
    if (name === undefined || !isObject(node)) continue
    node.operationId = name
    notes.push({
      code: 'TARGET_FIX_OPERATION_RENAMED',
      severity: 'info',
      message: `The operationId "${operation.operationId}" of ${operation.key} became "${name}": it collided with another of its service for ${profile.title}.`,
      pointer: pointerText([...operation.tokens, 'operationId'])
    })
  }
  return { doc: shaped, notes }
}

/** operationIds that a link names: renaming those operations would break the link. */
export function linkedOperationIds(doc: JsonObject): Set<string> {
  const names = new Set<string>()
  walk(doc, 'document', visit => {
    if (visit.shape === 'data') return false
    if (visit.shape === 'link' && isObject(visit.node) && typeof visit.node.operationId === 'string')
      names.add(visit.node.operationId)
  })
  return names
}
