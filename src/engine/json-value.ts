/** Plain JSON data as parsed from a spec, and the guards the engine uses on it. */

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject
export interface JsonObject {
  [key: string]: JsonValue
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key)
}

/** The string `$ref` of a reference object, or undefined when the node is not one. */
export function refOf(node: unknown): string | undefined {
  if (!isObject(node)) return undefined
  const ref = node.$ref
  return typeof ref === 'string' ? ref : undefined
}
