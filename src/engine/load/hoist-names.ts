/** Names and fields that bundling writes: document data, so `__proto__` and `size` are names like any other. */
import path from 'node:path'
import type { Finding } from '../findings.js'
import { isObject, type JsonObject, type JsonValue } from '../json-value.js'
import { kindOfSection } from '../openapi/kinds.js'
import { formatPointer, type PointerTokens } from '../pointer.js'

interface Target {
  file: string
  tokens: PointerTokens
  value: unknown
  /** Whether the target is in the root document. */
  root?: boolean
}

/** A target's identity: its file and pointer. */
export function targetKey(target: { file: string; tokens: PointerTokens }): string {
  return `${target.file}#${formatPointer(target.tokens)}`
}

/** The names hoisted targets get: each target one component, no two targets one name. */
export class ComponentNames {
  /** Target key → the component pointer (`#/components/…`) that holds it. */
  readonly assigned = new Map<string, string>()
  private readonly taken = new Map<string, Set<string>>()
  /** Root component entries that hold a file themselves. */
  private readonly homes = new Set<string>()

  /**
   * Takes the root's component names, so that no hoisted target gets one. An entry that is only a ref
   * to another file (`Pet: {$ref: ./pet.yaml}`) is that file's home: the file is written there, and
   * every other ref to it points there.
   */
  claim(components: JsonObject, resolve: (ref: string) => Target | undefined): void {
    for (const section of Object.keys(components)) {
      let entries = components[section]
      // A section given by $ref (`schemas: {$ref: ./schemas.yaml}`) is inlined: its names are taken too.
      if (isObject(entries) && typeof entries.$ref === 'string') {
        const value = resolve(entries.$ref)?.value
        entries = isObject(value) ? value : {}
      } else if (isObject(entries) && kindOfSection(section) && section !== 'pathItems') {
        for (const name of Object.keys(entries)) {
          const entry = entries[name]
          if (!isObject(entry) || typeof entry.$ref !== 'string' || entry.$ref.startsWith('#')) continue
          if (Object.keys(entry).length !== 1) continue
          const target = resolve(entry.$ref)
          if (target && !target.root) this.home(targetKey(target), ['components', section, name])
        }
      }
      this.taken.set(section, new Set(isObject(entries) ? Object.keys(entries) : []))
    }
  }

  private home(key: string, tokens: PointerTokens): void {
    const pointer = formatPointer(tokens)
    if (!this.assigned.has(key)) this.assigned.set(key, pointer)
    if (this.assigned.get(key) === pointer) this.homes.add(pointer)
  }

  isHome(tokens: PointerTokens): boolean {
    return this.homes.has(formatPointer(tokens))
  }

  /** A free name in the section, `base` or else `base_2`…, with a note when it had to be suffixed. */
  assign(section: string, base: string, key: string): { name: string; note?: Finding } {
    let taken = this.taken.get(section)
    if (!taken) this.taken.set(section, (taken = new Set()))
    let name = base
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`
    taken.add(name)
    this.assigned.set(key, formatPointer(['components', section, name]))
    if (name === base) return { name }
    return {
      name,
      note: {
        code: 'BUNDLE_NAME_SUFFIXED',
        severity: 'warning',
        message: `Two different things would be named components/${section}/${base}; ${key} was named ${name}.`
      }
    }
  }
}

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
