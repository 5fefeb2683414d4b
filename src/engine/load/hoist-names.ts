/** Names and fields that bundling writes: document data, so `__proto__` and `size` are names like any other. */
import path from 'node:path'
import type { JsonObject, JsonValue } from '../json-value.js'
import type { PointerTokens } from '../pointer.js'

/** Sets a field named by document data, `__proto__` included, as an own field. */
export function setOwn(object: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__')
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true })
  else object[key] = value
}

/** `order` for `./schemas/order.yaml`, `parameters_Limit` for `parameters.yaml#/Limit`. */
export function baseName(file: string, tokens: PointerTokens): string {
  const stem = path.basename(file.split('?')[0]).replace(/\.(ya?ml|json)$/i, '')
  let rest = tokens
  if (rest[0] === 'components' && rest.length >= 3) rest = rest.slice(2)
  else if ((rest[0] === 'definitions' || rest[0] === '$defs') && rest.length >= 2) rest = rest.slice(1)
  const raw = [stem, ...rest].join('_')
  // Underscores that stand for replaced characters are trimmed; a name's own (`__proto__`) are kept.
  let clean = raw.replace(/[^A-Za-z0-9._-]+/g, '_')
  if (!raw.startsWith('_')) clean = clean.replace(/^_+/, '')
  if (!raw.endsWith('_')) clean = clean.replace(/_+$/, '')
  return clean === '' ? 'external' : clean
}
