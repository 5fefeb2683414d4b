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
import { derefLocal, getAt, parsePointer, pointerText } from '../pointer.js'
import { discriminatorTargets, mappingRef, type DiscriminatorTarget } from '../openapi/mapping-ref.js'
import { resolvesIn, sourceDefect, sourcePlace } from './cause.js'
import type { PhaseFailure } from './phases.js'
import { unresolvedParents } from '../slice/slice-tags.js'
import { sliceParts } from './slice-facts.js'

export function checkCompleteness(
  slice: JsonObject,
  source: JsonObject,
  operations: readonly OperationInfo[]
): PhaseFailure[] {
  const failures: PhaseFailure[] = []
  const fail: Fail = (reason, pointer) =>
    failures.push(typeof reason === 'string' ? { phase: 'completeness', reason, pointer } : reason)
  for (const operation of operations) {
    const objects = operationObjects(slice, operation)
    if (!objects) fail(`the operation ${operation.key} is missing from the slice`)
    else checkOperation(slice, source, operation, objects, fail)
  }
  checkMappings(slice, source, fail)
  checkTagParents(slice, source, fail)
  return failures.slice(0, 5)
}

/** Records a failure: a reason (the slice's own), or a failure already traced to the source. */
type Fail = (reason: string | PhaseFailure, pointer?: string) => unknown

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
    if (hasOwn(schemes, name)) continue
    const sourceSchemes = isObject(source.components) ? source.components.securitySchemes : undefined
    if (isObject(sourceSchemes) && hasOwn(sourceSchemes, name))
      fail(`${operation.key} requires the security scheme "${name}", which the slice does not define`)
    else
      fail(
        sourceDefect(
          'completeness',
          `${operation.key} requires the security scheme "${name}", which the source document does not define`,
          requirementPlace(source, operation)
        )
      )
  }
  const sourceTags = tagNames(source)
  const sliceTags = tagNames(slice)
  for (const tag of operation.tags) {
    if (sourceTags.has(tag) && !sliceTags.has(tag))
      fail(`${operation.key} uses the tag "${tag}", which the source defines but the slice does not`)
  }
  if (operation.source === 'path') checkPathParameters(slice, source, operation, objects, fail)
}

/** Every `{name}` of the path template is a declared path parameter, and every one declared is in it. */
function checkPathParameters(
  slice: JsonObject,
  source: JsonObject,
  operation: OperationInfo,
  objects: { pathItem: JsonObject; operation: JsonObject },
  fail: Fail
): void {
  const problems = pathParameterProblems(slice, operation, objects)
  if (problems.length === 0) return
  const sourceObjects = operationObjects(source, operation)
  const inSource = new Set(sourceObjects ? pathParameterProblems(source, operation, sourceObjects) : [])
  for (const problem of problems) {
    const [kind, name] = problem.split('\0')
    const whose = inSource.has(problem) ? "the source document's" : 'the'
    const reason =
      kind === 'undeclared'
        ? `${whose} path template ${operation.path} has {${name}} but ${operation.key} declares no path parameter "${name}"`
        : `${operation.key} declares the path parameter "${name}", which ${whose} template ${operation.path} does not contain`
    fail(inSource.has(problem) ? sourceDefect('completeness', reason, operation.tokens) : reason)
  }
}

/** `undeclared\0name` for a template name with no path parameter, `unused\0name` for the reverse. */
function pathParameterProblems(
  doc: JsonObject,
  operation: OperationInfo,
  objects: { pathItem: JsonObject; operation: JsonObject }
): string[] {
  const deref = (node: unknown): unknown => derefLocal(doc, node)
  const template: string[] = []
  for (const match of operation.path.matchAll(/\{([^}]+)\}/g)) template.push(match[1])
  const declared: string[] = []
  for (const parameter of mergedParameters(objects.pathItem, objects.operation, deref)) {
    const p = deref(parameter)
    if (isObject(p) && p.in === 'path' && typeof p.name === 'string') declared.push(p.name)
  }
  return [
    ...template.filter(name => !declared.includes(name)).map(name => `undeclared\0${name}`),
    ...declared.filter(name => !template.includes(name)).map(name => `unused\0${name}`)
  ]
}

/** Where the source states the requirement in force: the operation's own `security`, else the root's. */
function requirementPlace(source: JsonObject, operation: OperationInfo): string[] {
  const objects = operationObjects(source, operation)
  return objects && Array.isArray(objects.operation.security)
    ? [...operation.tokens, 'security']
    : ['security']
}

/** Every discriminator mapping names something the slice holds. */
function checkMappings(slice: JsonObject, source: JsonObject, fail: Fail): void {
  for (const part of sliceParts(slice)) {
    for (const target of part.facts.mappings) {
      const { value, at } = target
      const tokens = parsePointer(mappingRef(value))
      if (tokens && getAt(slice, tokens) !== undefined) continue
      const inSource = sourceMapping(source, part.at + at, target)
      const what =
        target.field === 'mapping' ? `discriminator mapping "${target.name}"` : 'discriminator defaultMapping'
      if (inSource)
        fail(
          sourceDefect(
            'completeness',
            `the source document's ${what} at ${pointerText(inSource)} names ${value}, which the source document does not contain`,
            [
              ...inSource,
              'discriminator',
              ...(target.field === 'mapping' ? ['mapping', target.name] : ['defaultMapping'])
            ],
            part.at + at
          )
        )
      else fail(`the ${what} names ${value}, which the slice does not contain`, part.at + at)
    }
  }
}

/** The source's place of the schema, when its mapping names the same target and the source lacks it. */
function sourceMapping(source: JsonObject, where: string, target: DiscriminatorTarget): string[] | undefined {
  const place = sourcePlace(source, where)
  const discriminator = isObject(place?.node) ? place.node.discriminator : undefined
  const same = discriminatorTargets(discriminator).some(
    other => other.field === target.field && other.name === target.name && other.value === target.value
  )
  if (!place || !same) return undefined
  return resolvesIn(source, mappingRef(target.value)) ? undefined : place.tokens
}

/** Every parent a slice's tag names (3.2) is defined in the slice when the source defines it. */
function checkTagParents(slice: JsonObject, source: JsonObject, fail: Fail): void {
  const sourceTags = tagNames(source)
  for (const [tag, parent] of unresolvedParents(slice.tags))
    if (sourceTags.has(parent))
      fail(
        `the tag "${tag}" names the parent "${parent}", which the source defines but the slice does not`,
        '/tags'
      )
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
