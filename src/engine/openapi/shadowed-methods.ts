/**
 * `additionalOperations` entries that name a method a fixed field holds (`GET`, `query`): OpenAPI 3.2
 * forbids them, since they would stand for another operation of the same method. They are no operation
 * of their own, so no slice carries them; the run says where each is.
 */
import { isObject, type JsonObject } from '../json-value.js'
import { ADDITIONAL_OPERATIONS, isHttpMethod } from './kinds.js'
import { resolvePathItem } from './operations.js'

/** The pointer tokens of each such entry, in source order (a path item given by `$ref` where it is used). */
export function shadowedMethods(doc: JsonObject): string[][] {
  const found: string[][] = []
  for (const root of ['paths', 'webhooks']) {
    const container = doc[root]
    if (!isObject(container)) continue
    for (const name of Object.keys(container)) {
      const item = resolvePathItem(doc, container[name])
      const additional = item?.[ADDITIONAL_OPERATIONS]
      if (!isObject(additional)) continue
      for (const method of Object.keys(additional))
        if (isHttpMethod(method.toLowerCase())) found.push([root, name, ADDITIONAL_OPERATIONS, method])
    }
  }
  return found
}
