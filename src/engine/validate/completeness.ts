/**
 * Phase 3, completeness: what is referenced by name exists. Security schemes named by effective
 * requirements, discriminator mapping targets, tags the source defined, and path template parameters.
 */
import { hasOwn, isObject, type JsonObject } from '../json-value.js'
import {
  effectiveSecurity,
  mergedParameters,
  operationObjects,
  securitySchemeNames,
  type OperationInfo
} from '../openapi/operations.js'
import { derefLocal, getAt, parsePointer } from '../pointer.js'
import { mappingRef } from '../slice/edges.js'
import type { PhaseFailure } from './phases.js'
import { sliceParts } from './slice-facts.js'

export function checkCompleteness(
  slice: JsonObject,
  source: JsonObject,
  operations: readonly OperationInfo[]
): PhaseFailure[] {
  const failures: PhaseFailure[] = []
  const fail = (reason: string, pointer?: string) => failures.push({ phase: 'completeness', reason, pointer })
  for (const operation of operations) {
    const objects = operationObjects(slice, operation)
    if (!objects) fail(`the operation ${operation.key} is missing from the slice`)
    else checkOperation(slice, source, operation, objects, fail)
  }
  checkMappings(slice, fail)
  return failures.slice(0, 5)
}

type Fail = (reason: string, pointer?: string) => unknown

/** One operation's security schemes, tags and path parameters. */
function checkOperation(
  slice: JsonObject,
  source: JsonObject,
  operation: OperationInfo,
  objects: { pathItem: JsonObject; operation: JsonObject },
  fail: Fail
): void {
  const schemes =
    isObject(slice.components) && isObject(slice.components.securitySchemes)
      ? slice.components.securitySchemes
      : {}
  for (const name of securitySchemeNames(effectiveSecurity(slice, objects.operation))) {
    if (!hasOwn(schemes, name))
      fail(`${operation.key} requires the security scheme "${name}", which the slice does not define`)
  }
  const sourceTags = tagNames(source)
  const sliceTags = tagNames(slice)
  for (const tag of operation.tags) {
    if (sourceTags.has(tag) && !sliceTags.has(tag))
      fail(`${operation.key} uses the tag "${tag}", which the source defines but the slice does not`)
  }
  if (operation.source === 'path') checkPathParameters(slice, operation, objects, fail)
}

/** Every `{name}` of the path template is a declared path parameter, and every one declared is in it. */
function checkPathParameters(
  slice: JsonObject,
  operation: OperationInfo,
  objects: { pathItem: JsonObject; operation: JsonObject },
  fail: Fail
): void {
  const deref = (node: unknown): unknown => derefLocal(slice, node)
  const template: string[] = []
  for (const match of operation.path.matchAll(/\{([^}]+)\}/g)) template.push(match[1])
  const declared: string[] = []
  for (const parameter of mergedParameters(objects.pathItem, objects.operation, deref)) {
    const p = deref(parameter)
    if (isObject(p) && p.in === 'path' && typeof p.name === 'string') declared.push(p.name)
  }
  for (const name of template) {
    if (!declared.includes(name))
      fail(
        `the path template ${operation.path} has {${name}} but ${operation.key} declares no path parameter "${name}"`
      )
  }
  for (const name of declared) {
    if (!template.includes(name))
      fail(
        `${operation.key} declares the path parameter "${name}", which the template ${operation.path} does not contain`
      )
  }
}

/** Every discriminator mapping names something the slice holds. */
function checkMappings(slice: JsonObject, fail: Fail): void {
  for (const part of sliceParts(slice)) {
    for (const { value, name, at } of part.facts.mappings) {
      const tokens = parsePointer(mappingRef(value))
      if (!tokens || getAt(slice, tokens) === undefined) {
        fail(
          `the discriminator mapping "${name}" names ${value}, which the slice does not contain`,
          part.at + at
        )
      }
    }
  }
}

/** The names a document's tags define, memoised by its tags array: every slice asks for the source's. */
const tagNameMemo = new WeakMap<readonly unknown[], Set<unknown>>()
function tagNames(document: JsonObject): Set<unknown> {
  const tags = document.tags
  if (!Array.isArray(tags)) return new Set()
  let names = tagNameMemo.get(tags)
  if (!names)
    tagNameMemo.set(tags, (names = new Set(tags.map(tag => (isObject(tag) ? tag.name : undefined)))))
  return names
}
