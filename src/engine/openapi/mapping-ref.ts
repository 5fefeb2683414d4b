import { isObject, setOwn, type JsonObject } from '../json-value.js'
import { formatPointer } from '../pointer.js'

/** A discriminator mapping value as a ref: bare names mean `#/components/schemas/<name>`. */
export function mappingRef(value: string): string {
  return /[#/]/.test(value) ? value : formatPointer(['components', 'schemas', value])
}

/** A schema a discriminator names: a `mapping` entry, or 3.2's `defaultMapping` (name ''). */
export interface DiscriminatorTarget {
  field: 'mapping' | 'defaultMapping'
  name: string
  value: string
}

/** Every schema a discriminator names, by name or ref: its mapping values, then its `defaultMapping`. */
export function discriminatorTargets(discriminator: unknown): DiscriminatorTarget[] {
  const targets: DiscriminatorTarget[] = []
  if (!isObject(discriminator)) return targets
  const mapping = discriminator.mapping
  if (isObject(mapping))
    for (const name of Object.keys(mapping)) {
      const value = mapping[name]
      if (typeof value === 'string') targets.push({ field: 'mapping', name, value })
    }
  if (typeof discriminator.defaultMapping === 'string')
    targets.push({ field: 'defaultMapping', name: '', value: discriminator.defaultMapping })
  return targets
}

/**
 * The discriminator with each target that `follow` maps replaced (undefined keeps it): the same object
 * when none is.
 */
export function mapDiscriminator(
  discriminator: JsonObject,
  follow: (value: string) => string | undefined
): JsonObject {
  let out: JsonObject | undefined
  let mapping: JsonObject | undefined
  for (const { field, name, value } of discriminatorTargets(discriminator)) {
    const mapped = follow(value)
    if (mapped === undefined || mapped === value) continue
    out ??= { ...discriminator }
    if (field === 'defaultMapping') out.defaultMapping = mapped
    else setOwn((mapping ??= { ...(discriminator.mapping as JsonObject) }), name, mapped)
  }
  if (out && mapping) out.mapping = mapping
  return out ?? discriminator
}
