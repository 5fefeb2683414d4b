/**
 * An operation as a consumer sees it: parameters merged from the path item by (name, in), and the
 * servers and security in force. Validation compares this view between the source and the slice, and
 * the base comparison between the base revision and the head.
 */
import { hasOwn, isObject, setOwn, type JsonObject } from '../json-value.js'
import {
  effectiveSecurity,
  effectiveServers,
  mergedParameters,
  operationObjects,
  securitySchemeNames,
  type OperationInfo
} from './operations.js'
import { derefLocal } from '../pointer.js'

export function resolvedOperation(
  doc: JsonObject,
  operation: Pick<OperationInfo, 'source' | 'path' | 'method'>
): JsonObject | undefined {
  const objects = operationObjects(doc, operation)
  if (!objects) return undefined
  const { pathItem, operation: op } = objects
  const deref = (node: unknown): unknown => derefLocal(doc, node)
  const view: JsonObject = { ...op }
  view.parameters = mergedParameters(pathItem, op, deref) as JsonObject[]
  view.servers = effectiveServers(doc, pathItem, op) as JsonObject[]
  const security = effectiveSecurity(doc, op) ?? []
  view.security = security as JsonObject[]
  // Security requirements name schemes: the schemes themselves are part of what the operation means.
  const schemes =
    isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {}
  const used: JsonObject = {}
  for (const name of securitySchemeNames(security))
    setOwn(used, name, hasOwn(schemes, name) ? schemes[name] : '(undefined)')
  view['(security schemes)'] = used
  const pathFields: JsonObject = {}
  for (const key of ['summary', 'description'])
    if (pathItem[key] !== undefined) pathFields[key] = pathItem[key]
  view['(path item)'] = pathFields
  return view
}
