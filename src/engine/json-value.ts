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

/** The own value under a key of the document; an inherited one (`toString`, `constructor`) is not data. */
export function ownValue(object: JsonObject, key: string): JsonValue | undefined {
  return hasOwn(object, key) ? object[key] : undefined
}

/**
 * Sets a key that comes from a document. Plain assignment to `__proto__` would replace the object's
 * prototype instead of adding the key, so that one is defined as the own property it is.
 */
export function setOwn(object: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__')
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true })
  else object[key] = value
}

/** The string `$ref` of a reference object, or undefined when the node is not one. */
export function refOf(node: unknown): string | undefined {
  if (!isObject(node)) return undefined
  const ref = node.$ref
  return typeof ref === 'string' ? ref : undefined
}
