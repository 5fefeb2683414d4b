import { formatPointer } from '../pointer.js'

/** A discriminator mapping value as a ref: bare names mean `#/components/schemas/<name>`. */
export function mappingRef(value: string): string {
  return /[#/]/.test(value) ? value : formatPointer(['components', 'schemas', value])
}
