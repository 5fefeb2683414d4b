/**
 * Swagger 2.0 split across files (Azure's layout): every external `$ref` is resolved in 2.0 space before
 * conversion, so the converter sees one document. A target referenced where a schema, parameter or
 * response stands is hoisted into the root's `definitions`, `parameters` or `responses` under a stable
 * name (`types_ApiVersionParameter` from `../common/types.json#/parameters/ApiVersionParameter`); any
 * other target is written inline. Refs inside an external file resolve against that file. Files are read
 * only through the sandbox.
 */
import path from 'node:path'
import type { Finding } from '../findings.js'
import { isObject, setOwn, type JsonObject, type JsonValue } from '../json-value.js'
import { formatPointer, getAt, parsePointer, type PointerTokens } from '../pointer.js'
import { RefFiles, type RefFilesOptions } from './ref-files.js'
import { isRemote, refLocation } from './ref-location.js'
import { hoistSection, swaggerChildShape, type SwaggerShape } from './swagger-shapes.js'

export interface SwaggerBundle {
  doc: JsonObject
  /** Every external file read, sorted, with its text (for the input digest). */
  files: { file: string; text: string }[]
  notes: Finding[]
  /** For each hoisted entry (`definitions/types_Error`), the file and pointer it came from. */
  origins: Map<string, { file: string; pointer: string }>
}

interface Target {
  file: string
  tokens: PointerTokens
}

function childShapeOf(shape: SwaggerShape, key: string, inArray: boolean): SwaggerShape {
  // A schema's `items` may be a list of schemas (a tuple).
  return inArray && shape === 'schema' ? 'schema' : swaggerChildShape(shape, key)
}

/** Whether a ref at this position is followed: in literal data only a ref into the same document is. */
function followed(ref: string, shape: SwaggerShape): boolean {
  return shape !== 'literal' || ref.startsWith('#')
}

function resolveTarget(ref: string, file: string): Target | undefined {
  const hash = ref.indexOf('#')
  const uri = hash < 0 ? ref : ref.slice(0, hash)
  const tokens = parsePointer(hash < 0 ? '' : ref.slice(hash + 1))
  if (!tokens) return undefined
  const location = refLocation(uri, file)
  if (location.kind === 'same') return { file, tokens }
  // Another scheme is never read: the ref stays as written and its operations fail with the reason.
  return location.kind === 'scheme' ? undefined : { file: location.location, tokens }
}

/** Reads every file the root's refs reach, following refs only from the targets actually used. */
async function discover(
  root: JsonObject,
  sandbox: RefFilesOptions
): Promise<{ data: Map<string, unknown>; texts: Map<string, string> }> {
  const data = new Map<string, unknown>([[sandbox.rootFile, root]])
  const texts = new Map<string, string>()
  const files = new RefFiles(sandbox)
  const seen = new Set<string>()
  const queue: { file: string; node: unknown; shape: SwaggerShape }[] = [
    { file: sandbox.rootFile, node: root, shape: 'document' }
  ]
  while (queue.length > 0) {
    const item = queue.shift()!
    for (const { ref, shape } of refsUnder(item.node, item.shape)) {
      if (item.file === sandbox.rootFile && ref.startsWith('#')) continue
      const target = resolveTarget(ref, item.file)
      if (!target || target.file === sandbox.rootFile) continue
      if (!data.has(target.file)) {
        const location = isRemote(target.file)
          ? ({ kind: 'remote', location: target.file } as const)
          : ({ kind: 'file', location: target.file } as const)
        // A refusal stops the run; a file that cannot be read leaves its refs dangling, as in 3.x.
        await files.load([{ location, literal: false }])
        data.set(target.file, files.parsed.get(target.file)?.data)
        const text = files.texts.get(target.file)
        if (text !== undefined) texts.set(target.file, text)
      }
      // Keyed by shape too: a position decides which of the target's refs are followed.
      const key = `${shape} ${target.file}${formatPointer(target.tokens)}`
      const node = getAt(data.get(target.file), target.tokens)
      if (seen.has(key) || node === undefined) continue
      seen.add(key)
      queue.push({ file: target.file, node, shape })
    }
  }
  return { data, texts }
}

/** The followed refs under a node, each with the shape of the object holding it. */
function refsUnder(start: unknown, startShape: SwaggerShape): { ref: string; shape: SwaggerShape }[] {
  const found: { ref: string; shape: SwaggerShape }[] = []
  const seen = new Set<object>()
  const stack: { node: unknown; shape: SwaggerShape }[] = [{ node: start, shape: startShape }]
  while (stack.length > 0) {
    const { node, shape } = stack.pop()!
    if (typeof node !== 'object' || node === null || seen.has(node)) continue
    seen.add(node)
    if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push({ node: child, shape: childShapeOf(shape, String(i), true) }))
      continue
    }
    const object = node as JsonObject
    if (typeof object.$ref === 'string' && followed(object.$ref, shape))
      found.push({ ref: object.$ref, shape })
    for (const key of Object.keys(object))
      stack.push({ node: object[key], shape: childShapeOf(shape, key, false) })
  }
  return found
}

export async function bundleSwaggerRefs(root: JsonObject, sandbox: RefFilesOptions): Promise<SwaggerBundle> {
  const { data, texts } = await discover(root, sandbox)
  const hoister = new SwaggerHoister(sandbox.rootFile, data)
  const doc = hoister.run(root)
  const files = [...texts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, text]) => ({ file, text }))
  return { doc, files, notes: hoister.notes, origins: hoister.origins }
}

type Section = 'definitions' | 'parameters' | 'responses'

class SwaggerHoister {
  readonly notes: Finding[] = []
  readonly origins = new Map<string, { file: string; pointer: string }>()
  private readonly assigned = new Map<string, string>()
  private readonly taken = new Map<Section, Set<string>>()
  private readonly hoisted = new Map<Section, JsonObject>()
  private readonly queue: { section: Section; name: string; target: Target; shape: SwaggerShape }[] = []
  private readonly inlining = new Set<string>()

  constructor(
    private readonly rootFile: string,
    private readonly data: Map<string, unknown>
  ) {}

  run(root: JsonObject): JsonObject {
    for (const section of ['definitions', 'parameters', 'responses'] as const)
      this.taken.set(section, new Set(isObject(root[section]) ? Object.keys(root[section]) : []))
    const doc = this.copy(root, this.rootFile, 'document', new Map()) as JsonObject
    for (let i = 0; i < this.queue.length; i++) {
      const { section, name, target, shape } = this.queue[i]
      const entries = this.hoisted.get(section) ?? {}
      this.hoisted.set(section, entries)
      setOwn(
        entries,
        name,
        this.copy(getAt(this.data.get(target.file), target.tokens), target.file, shape, new Map())
      )
    }
    for (const [section, entries] of this.hoisted)
      doc[section] = { ...(isObject(doc[section]) ? doc[section] : {}), ...entries }
    return doc
  }

  private copy(node: unknown, file: string, shape: SwaggerShape, memo: Map<object, JsonValue>): JsonValue {
    if (typeof node !== 'object' || node === null) return node as JsonValue
    const known = memo.get(node)
    if (known !== undefined) return known
    if (Array.isArray(node)) {
      const out: JsonValue[] = []
      memo.set(node, out)
      node.forEach((child, i) => out.push(this.copy(child, file, childShapeOf(shape, String(i), true), memo)))
      return out
    }
    const object = node as JsonObject
    const ref = object.$ref
    if (typeof ref === 'string' && followed(ref, shape) && !(file === this.rootFile && ref.startsWith('#'))) {
      const inlined = this.inline(ref, file, shape)
      if (inlined !== undefined) {
        if (!isObject(inlined)) return inlined
        const merged: JsonObject = { ...inlined }
        for (const key of Object.keys(object))
          if (key !== '$ref')
            setOwn(merged, key, this.copy(object[key], file, childShapeOf(shape, key, false), memo))
        return merged
      }
    }
    const out: JsonObject = {}
    memo.set(node, out)
    for (const key of Object.keys(object)) {
      const value = object[key]
      setOwn(
        out,
        key,
        key === '$ref' && typeof value === 'string'
          ? this.rewriteRef(value, file, shape)
          : this.copy(value, file, childShapeOf(shape, key, false), memo)
      )
    }
    return out
  }

  /** The copy of a target written where the ref stands, when it is neither hoisted nor kept. */
  private inline(ref: string, file: string, shape: SwaggerShape): JsonValue | undefined {
    const target = resolveTarget(ref, file)
    if (!target || target.file === this.rootFile || hoistSection(shape)) return undefined
    const key = `${target.file}${formatPointer(target.tokens)}`
    const value = getAt(this.data.get(target.file), target.tokens)
    if (value === undefined || this.inlining.has(key)) return undefined
    this.inlining.add(key)
    const copy = this.copy(value, target.file, shape, new Map())
    this.inlining.delete(key)
    return copy
  }

  private rewriteRef(ref: string, file: string, shape: SwaggerShape): string {
    if (!followed(ref, shape) || (file === this.rootFile && ref.startsWith('#'))) return ref
    const target = resolveTarget(ref, file)
    if (!target) return ref
    if (target.file === this.rootFile) return formatPointer(target.tokens)
    const pointer = formatPointer(target.tokens)
    if (getAt(this.data.get(target.file), target.tokens) === undefined) {
      // Split layouts write the root's pointers in other files (`#/definitions/User` in paths/bar.yaml):
      // a local pointer its own file lacks and the root has is kept, pointing into the root.
      if (ref.startsWith('#') && this.reaches(this.rootFile, target.tokens)) {
        this.notes.push({
          code: 'BUNDLE_REF_TO_ROOT',
          severity: 'info',
          message: `The $ref ${ref} in ${path.basename(file)} names no place in that file; it was kept, and points into the root document.`
        })
        return ref
      }
      return file === this.rootFile ? ref : this.relocate(target)
    }
    const key = `${target.file}${pointer}`
    const known = this.assigned.get(key)
    if (known) return known
    // A target in a position with no section is one whose inlining would loop: it becomes a definition.
    const head = target.tokens[0]
    const section: Section =
      hoistSection(shape) ?? (head === 'parameters' || head === 'responses' ? head : 'definitions')
    const name = this.uniqueName(section, baseName(target), key)
    const local = formatPointer([section, name])
    this.assigned.set(key, local)
    this.origins.set(`${section}/${name}`, { file: target.file, pointer: pointer.slice(1) })
    this.queue.push({ section, name, target, shape: hoistSection(shape) ? shape : sectionShape(section) })
    return local
  }

  /** Whether `tokens` name a place in `file`, following refs on the way (`definitions: {$ref: …}`). */
  private reaches(file: string, tokens: PointerTokens): boolean {
    let node = this.data.get(file)
    let at = file
    for (let i = 0; i < tokens.length; i++) {
      for (let hops = 0; isObject(node) && typeof node.$ref === 'string'; hops++) {
        const next = hops < 32 ? resolveTarget(node.$ref, at) : undefined
        if (!next) return false
        node = getAt(this.data.get(next.file), next.tokens)
        at = next.file
      }
      node = isObject(node) || Array.isArray(node) ? getAt(node, [tokens[i]]) : undefined
      if (node === undefined) return false
    }
    return true
  }

  /** A ref that does not resolve keeps pointing at the same place, written relative to the root. */
  private relocate(target: Target): string {
    const where = isRemote(target.file)
      ? target.file
      : path.relative(path.dirname(this.rootFile), target.file).split(path.sep).join('/')
    return `${where}${formatPointer(target.tokens)}`
  }

  private uniqueName(section: Section, base: string, key: string): string {
    const taken = this.taken.get(section)!
    let name = base
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`
    taken.add(name)
    if (name !== base) {
      this.notes.push({
        code: 'BUNDLE_NAME_SUFFIXED',
        severity: 'warning',
        message: `Two different things would be named ${section}/${base}; ${key} was named ${name}.`
      })
    }
    return name
  }
}

function sectionShape(section: Section): SwaggerShape {
  return section === 'definitions' ? 'schema' : section === 'parameters' ? 'parameter' : 'response'
}

/** `types_ApiVersionParameter` for `types.json#/parameters/ApiVersionParameter`, `pet` for `./pet.yaml`. */
function baseName(target: Target): string {
  const stem = path.basename(target.file.split('?')[0]).replace(/\.(ya?ml|json)$/i, '')
  let rest = target.tokens
  if (['definitions', 'parameters', 'responses'].includes(rest[0]) && rest.length >= 2) rest = rest.slice(1)
  const clean = [stem, ...rest]
    .join('_')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^_+|_+$/g, '')
  return clean === '' ? 'external' : clean
}
