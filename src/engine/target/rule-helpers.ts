/** Checks several gateway profiles share: sizes, counts, keywords, refs, path templates, parameters. */
import { isObject, refOf, type JsonObject } from '../json-value.js'
import type { NodeKind } from '../openapi/kinds.js'
import { enumerateOperations, mergedParameters, operationObjects } from '../openapi/operations.js'
import { tokensOf, walk } from '../openapi/walk.js'
import { derefLocal, pointerText } from '../pointer.js'
import type { RuleHit, TargetInput } from './target-rule.js'

export const MB = 1024 * 1024

/** A check that the serialised slice is at most `limit` bytes. */
export function sizeAtMost(limit: number, what: string) {
  return (input: TargetInput): RuleHit[] => {
    const bytes = input.bytes()
    return bytes > limit ? [{ message: `the slice is ${bytes} bytes, over ${what}` }] : []
  }
}

/** Every place where a node of one of `kinds` holds one of `keywords` as its own field. */
export function keywordHits(
  slice: JsonObject,
  keywords: readonly string[],
  kinds: readonly NodeKind[] = ['schema']
): RuleHit[] {
  const hits: RuleHit[] = []
  walk(slice, 'document', visit => {
    if (visit.shape === 'data') return false
    if (typeof visit.shape !== 'string' || !kinds.includes(visit.shape) || !isObject(visit.node)) return
    for (const keyword of keywords) {
      if (Object.hasOwn(visit.node, keyword))
        hits.push({
          message: `${keyword} is not supported`,
          pointer: pointerText([...tokensOf(visit), keyword])
        })
    }
  })
  return hits
}

/** Every `$ref` (outside literal data and extensions) that points outside the document. */
export function externalRefHits(slice: JsonObject): RuleHit[] {
  const hits: RuleHit[] = []
  walk(slice, 'document', visit => {
    if (visit.shape === 'data') return false
    const ref = refOf(visit.node)
    if (ref !== undefined && !ref.startsWith('#'))
      hits.push({
        message: `the $ref "${ref}" points outside the document`,
        pointer: pointerText(tokensOf(visit))
      })
  })
  return hits
}

/** The slice's path templates. */
export function pathTemplates(slice: JsonObject): string[] {
  return isObject(slice.paths) ? Object.keys(slice.paths).filter(path => path.startsWith('/')) : []
}

/** Resources as API Gateway counts them: the root and every distinct path prefix. */
export function resourceCount(paths: readonly string[]): number {
  const resources = new Set<string>(['/'])
  for (const path of paths) {
    const segments = path.split('/').filter(Boolean)
    for (let i = 1; i <= segments.length; i++) resources.add('/' + segments.slice(0, i).join('/'))
  }
  return resources.size
}

/** Each path template's segments that fail `ok`, as hits. */
export function segmentHits(slice: JsonObject, ok: (segment: string) => boolean, why: string): RuleHit[] {
  const hits: RuleHit[] = []
  for (const path of pathTemplates(slice)) {
    const bad = path.split('/').filter((segment, i) => i > 0 && !ok(segment))
    if (bad.length > 0)
      hits.push({
        message: `${path}: ${bad.map(s => `"${s}"`).join(', ')} ${why}`,
        pointer: pointerText(['paths', path])
      })
  }
  return hits
}

/** A template segment that is one parameter and nothing else, or holds no parameter at all. */
export function isWholeSegmentTemplate(segment: string): boolean {
  return !/[{}]/.test(segment) || /^\{[^{}]+\}$/.test(segment)
}

export interface SliceOperation {
  key: string
  path: string
  pointer: string
  operation: JsonObject
  /** Parameters in force, resolved. */
  parameters: JsonObject[]
}

/** The slice's path operations with their parameters in force. */
export function sliceOperations(slice: JsonObject): SliceOperation[] {
  const out: SliceOperation[] = []
  for (const info of enumerateOperations(slice)) {
    if (info.source !== 'path') continue
    const objects = operationObjects(slice, info)
    if (!objects) continue
    const deref = (node: unknown) => derefLocal(slice, node)
    const parameters = mergedParameters(objects.pathItem, objects.operation, deref)
      .map(deref)
      .filter(isObject)
    out.push({
      key: info.key,
      path: info.path,
      pointer: pointerText(info.tokens),
      operation: objects.operation,
      parameters
    })
  }
  return out
}

/** The slice's security schemes, resolved, by name. */
export function securitySchemes(slice: JsonObject): [string, JsonObject][] {
  const schemes = isObject(slice.components) ? slice.components.securitySchemes : undefined
  if (!isObject(schemes)) return []
  return Object.keys(schemes).flatMap(name => {
    const scheme = derefLocal(slice, schemes[name])
    return isObject(scheme) ? [[name, scheme] as [string, JsonObject]] : []
  })
}

/** Component schemas that reach themselves through `$ref`s. */
export function recursiveSchemas(slice: JsonObject): string[] {
  const schemas = isObject(slice.components) ? slice.components.schemas : undefined
  if (!isObject(schemas)) return []
  const prefix = '#/components/schemas/'
  const edges = new Map<string, Set<string>>()
  for (const name of Object.keys(schemas)) {
    const targets = new Set<string>()
    walk(schemas[name], 'schema', visit => {
      if (visit.shape === 'data') return false
      const ref = refOf(visit.node)
      if (ref?.startsWith(prefix))
        targets.add(ref.slice(prefix.length).split('/')[0].replace(/~1/g, '/').replace(/~0/g, '~'))
    })
    edges.set(name, targets)
  }
  return [...edges.keys()].filter(start => {
    const seen = new Set<string>()
    const stack = [...(edges.get(start) ?? [])]
    while (stack.length > 0) {
      const name = stack.pop()!
      if (name === start) return true
      if (seen.has(name)) continue
      seen.add(name)
      stack.push(...(edges.get(name) ?? []))
    }
    return false
  })
}
