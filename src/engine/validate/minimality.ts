/**
 * Phase 5, minimality: every component in the slice is reachable from its operations, by `$ref`,
 * discriminator mapping, implicit discriminator subtype, or security requirement. This is a separate,
 * deliberately simple reachability pass, so a slicer bug cannot hide behind shared code.
 */
import { isObject, type JsonObject } from '../json-value.js'
import {
  effectiveSecurity,
  operationObjects,
  securitySchemeNames,
  type OperationInfo
} from '../openapi/operations.js'
import { formatPointer, parsePointer } from '../pointer.js'
import { mappingRef } from '../openapi/mapping-ref.js'
import type { PhaseFailure } from './phases.js'
import { sliceParts, type SlicePart } from './slice-facts.js'

export function checkMinimality(slice: JsonObject, operations: readonly OperationInfo[]): PhaseFailure[] {
  const parts = sliceParts(slice)
  const componentParts = new Map<string, SlicePart>()
  for (const part of parts) if (part.component) componentParts.set(part.component, part)
  const reached = new Set<string>()
  // Roots are the operations and their path items only: a component reached from nowhere else (a root
  // extension, say) is not something the slice's operations need.
  const pending: SlicePart[] = parts.filter(part => /^\/(paths|webhooks)\//.test(part.at))
  const reach = (ref: string) => {
    const tokens = ref.startsWith('#') ? parsePointer(ref) : undefined
    if (!tokens || tokens[0] !== 'components' || tokens.length < 3) return
    const key = formatPointer(tokens.slice(0, 3))
    if (reached.has(key)) return
    reached.add(key)
    const part = componentParts.get(key)
    if (part) pending.push(part)
  }
  for (const operation of operations) {
    const objects = operationObjects(slice, operation)
    if (!objects) continue
    for (const name of securitySchemeNames(effectiveSecurity(slice, objects.operation)))
      reach(formatPointer(['components', 'securitySchemes', name]))
  }
  const subtypes = implicitSubtypes(slice)
  for (;;) {
    while (pending.length > 0) {
      const { facts } = pending.pop()!
      for (const { ref } of facts.refs) reach(ref)
      for (const { value } of facts.mappings) reach(mappingRef(value))
    }
    // Implicit subtypes: a reached base with a discriminator and no mapping keeps its allOf children.
    const before = reached.size
    for (const { self, bases } of subtypes)
      if (!reached.has(self) && bases.some(base => reached.has(base))) reach(self)
    if (reached.size === before && pending.length === 0) break
  }

  const unreached: string[] = []
  for (const key of componentParts.keys())
    if (!reached.has(key)) unreached.push(key.replace(/^#\/components\//, ''))
  if (unreached.length === 0) return []
  const listed =
    unreached.slice(0, 5).join(', ') + (unreached.length > 5 ? ` and ${unreached.length - 5} more` : '')
  return [{ phase: 'minimality', reason: `the slice carries components no operation reaches: ${listed}` }]
}

/**
 * The slice's schemas that name, in allOf, a base with a discriminator and no mapping: each is kept
 * when one of those bases is reached. Found once per slice, before the reachability pass.
 */
function implicitSubtypes(slice: JsonObject): { self: string; bases: string[] }[] {
  const schemas =
    isObject(slice.components) && isObject(slice.components.schemas) ? slice.components.schemas : {}
  const subtypes: { self: string; bases: string[] }[] = []
  for (const name of Object.keys(schemas)) {
    const schema = schemas[name]
    if (!isObject(schema) || !Array.isArray(schema.allOf)) continue
    const bases: string[] = []
    for (const item of schema.allOf) {
      const ref = isObject(item) && typeof item.$ref === 'string' ? item.$ref : undefined
      const tokens = ref ? parsePointer(ref) : undefined
      const base = tokens?.length === 3 && tokens[1] === 'schemas' ? schemas[tokens[2]] : undefined
      if (isObject(base) && isObject(base.discriminator) && !isObject(base.discriminator.mapping))
        bases.push(formatPointer(tokens!))
    }
    if (bases.length > 0) subtypes.push({ self: formatPointer(['components', 'schemas', name]), bases })
  }
  return subtypes
}
