/**
 * Multi-file specs: `json-schema-ref-parser` discovers and reads every file the root references
 * (through our sandboxed resolvers), then this module hoists each external target into `components`
 * under a stable name derived from its file and pointer (`order` from `./schemas/order.yaml`,
 * `parameters_Limit` from `../common/parameters.yaml#/Limit`). Path items given by file are inlined.
 * Two different targets never share a name: the second gets a deterministic suffix, which is recorded.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { SliceOasError } from '../errors.js'
import { isObject, type JsonObject, type JsonValue } from '../json-value.js'
import { COMPONENT_SECTION, childShape, type NodeKind, type Shape } from '../openapi/kinds.js'
import { documentRefs } from '../openapi/walk.js'
import { formatPointer, getAt, parsePointer, type PointerTokens } from '../pointer.js'
import type { Finding } from '../findings.js'
import { parseText, type ParsedText } from './parse-text.js'
import type { SpecReader } from './spec-reader.js'

export interface BundleOptions {
  rootFile: string
  rootData: JsonObject
  /** Folder that file refs may not leave. */
  refRoot: string
  allowRemoteRefs: boolean
  /** Timeout and size cap for each remote document. */
  remoteLimits?: RemoteLimits
  reader: SpecReader
}

export interface RemoteLimits {
  timeoutMs: number
  maxBytes: number
}

export interface BundleResult {
  doc: JsonObject
  /** Every file read (root first), with its text, for the input digest. */
  files: { file: string; text: string }[]
  notes: Finding[]
}

export const DEFAULT_REMOTE_LIMITS: RemoteLimits = { timeoutMs: 10_000, maxBytes: 20 * 1024 * 1024 }

/**
 * Whether some `$ref` points outside the document. A JSON spec's parse answers this on its own walk;
 * this one is for YAML (whose aliases may share nodes) and converted Swagger documents.
 */
export function hasExternalRefs(data: unknown): boolean {
  for (const ref of documentRefs(data)) if (!ref.startsWith('#')) return true
  return false
}

function toLocation(url: string): string {
  const bare = url.split('#')[0]
  return bare.startsWith('file://') ? fileURLToPath(bare) : bare
}

function isRemote(location: string): boolean {
  return /^https?:\/\//i.test(location)
}

export async function bundleExternalRefs(options: BundleOptions): Promise<BundleResult> {
  const { rootFile, refRoot, reader } = options
  const parsed = new Map<string, ParsedText>()
  const texts = new Map<string, string>()
  let refusal: SliceOasError | undefined
  const realRoot = await reader.realpath(refRoot).catch(() => refRoot)

  const refuse = (error: SliceOasError): never => {
    refusal ??= error
    throw error
  }

  const parserOptions = {
    continueOnError: true,
    resolve: {
      external: true,
      file: {
        order: 1,
        canRead: (file: { url: string }) => !isRemote(file.url),
        read: async (file: { url: string }) => {
          const location = toLocation(file.url)
          const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(location)?.[1]
          if (scheme && !/^[a-z]$/i.test(scheme)) {
            refuse(
              new SliceOasError(
                'REF_REMOTE_REFUSED',
                `A $ref uses the ${scheme}: scheme (${location}); only files under the spec's folder and, when allowed, http(s) documents can be read.`,
                { file: rootFile }
              )
            )
          }
          const real = await reader.realpath(location).catch(() => path.resolve(location))
          if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
            refuse(
              new SliceOasError(
                'REF_OUTSIDE_ROOT',
                `A $ref reaches outside the spec's folder (${location}); refs may only read files under ${refRoot}. Move the file inside, or set ref-root.`,
                { file: rootFile }
              )
            )
          }
          const text = (await reader.readFile(real)).toString('utf8')
          texts.set(location, text)
          return text
        }
      },
      http: {
        order: 2,
        canRead: (file: { url: string }) => isRemote(file.url),
        read: async (file: { url: string }) => {
          if (!options.allowRemoteRefs) {
            refuse(
              new SliceOasError(
                'REF_REMOTE_REFUSED',
                `A $ref points at a remote document (${toLocation(file.url)}); remote refs are refused unless allow-remote-refs is true.`,
                { file: rootFile }
              )
            )
          }
          try {
            const text = await reader.fetchText(
              toLocation(file.url),
              options.remoteLimits ?? DEFAULT_REMOTE_LIMITS
            )
            texts.set(toLocation(file.url), text)
            return text
          } catch (cause) {
            return refuse(
              new SliceOasError(
                'REF_UNRESOLVED',
                `The remote document ${toLocation(file.url)} could not be fetched: ${cause instanceof Error ? cause.message : String(cause)}.`,
                { file: rootFile }
              )
            )
          }
        }
      }
    },
    parse: {
      json: false,
      yaml: false,
      text: false,
      binary: false,
      spec: {
        order: 1,
        canParse: true,
        parse: async (file: { url: string; data: Buffer | string }) => {
          const location = toLocation(file.url)
          const result = await parseText(
            typeof file.data === 'string' ? file.data : file.data.toString('utf8'),
            location
          )
          parsed.set(location, result)
          return result.data
        }
      }
    }
  }

  // Loaded only for multi-file specs: about 30 ms that single-file runs need not pay.
  const { default: $RefParser } = await import('@apidevtools/json-schema-ref-parser')
  try {
    await $RefParser.resolve(rootFile, structuredClone(options.rootData), parserOptions as never)
  } catch (error) {
    if (refusal) throw refusal
    if (error instanceof SliceOasError) throw error
    // Missing files are left as dangling refs: only the operations that use them fail, each with a reason.
  }
  if (refusal) throw refusal

  const hoister = new Hoister(rootFile, options.rootData, parsed)
  const doc = hoister.run()
  const files = [{ file: rootFile, text: texts.get(rootFile) ?? '' }]
  for (const [file, text] of [...texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (file !== rootFile) files.push({ file, text })
  }
  return { doc, files, notes: hoister.notes }
}

interface PendingTarget {
  value: unknown
  file: string
  kind: NodeKind
  section: string
  name: string
}

/** Copies the root document, rewriting every external ref to a hoisted component (or inlining path items). */
class Hoister {
  readonly notes: Finding[] = []
  private readonly assigned = new Map<string, string>()
  private readonly taken = new Map<string, Set<string>>()
  private readonly hoisted = new Map<string, JsonObject>()
  private readonly queue: PendingTarget[] = []

  constructor(
    private readonly rootFile: string,
    private readonly rootData: JsonObject,
    private readonly parsed: Map<string, ParsedText>
  ) {
    const components = rootData.components
    if (isObject(components)) {
      for (const section of Object.keys(components)) {
        const entries = components[section]
        this.taken.set(section, new Set(isObject(entries) ? Object.keys(entries) : []))
      }
    }
  }

  run(): JsonObject {
    const doc = this.copy(this.rootData, this.rootFile, 'document', new Map()) as JsonObject
    for (let i = 0; i < this.queue.length; i++) {
      const target = this.queue[i]
      const section = (this.hoisted.get(target.section) ?? new Map()) as unknown as JsonObject
      this.hoisted.set(target.section, section)
      section[target.name] = this.copy(target.value, target.file, target.kind, new Map())
    }
    if (this.hoisted.size > 0) {
      const components: JsonObject = isObject(doc.components) ? { ...doc.components } : {}
      for (const [section, entries] of this.hoisted) {
        components[section] = { ...(isObject(components[section]) ? components[section] : {}), ...entries }
      }
      doc.components = components
    }
    return doc
  }

  private copy(node: unknown, file: string, shape: Shape, memo: Map<object, JsonValue>): JsonValue {
    if (typeof node !== 'object' || node === null) return node as JsonValue
    const known = memo.get(node)
    if (known !== undefined) return known
    if (Array.isArray(node)) {
      const out: JsonValue[] = []
      memo.set(node, out)
      node.forEach((child, index) => out.push(this.copy(child, file, childShape(shape, String(index)), memo)))
      return out
    }
    const object = node as JsonObject
    if (typeof object.$ref === 'string') {
      const inlined = this.inlinePathItem(object, file, shape, memo)
      if (inlined) return inlined
    }
    const out: JsonObject = {}
    memo.set(node, out)
    for (const key of Object.keys(object)) {
      const value = object[key]
      if (key === '$ref' && typeof value === 'string') {
        out[key] = this.rewriteRef(value, file, shape)
      } else if (
        key === 'discriminator' &&
        shape === 'schema' &&
        isObject(value) &&
        isObject(value.mapping)
      ) {
        const mapping: JsonObject = {}
        for (const [name, target] of Object.entries(value.mapping)) {
          mapping[name] =
            typeof target === 'string' && /[#/]/.test(target)
              ? this.rewriteRef(target, file, 'schema')
              : target
        }
        out[key] = { ...value, mapping }
      } else {
        out[key] = this.copy(value, file, childShape(shape, key), memo)
      }
    }
    return out
  }

  /** A path item given by an external file is written inline, its siblings kept over the target's fields. */
  private inlinePathItem(
    object: JsonObject,
    file: string,
    shape: Shape,
    memo: Map<object, JsonValue>
  ): JsonObject | undefined {
    if (shape !== 'pathItem') return undefined
    const target = this.resolve(object.$ref as string, file)
    if (!target || target.file === this.rootFile || !isObject(target.value)) return undefined
    const inlined = this.copy(target.value, target.file, 'pathItem', new Map()) as JsonObject
    const result: JsonObject = { ...inlined }
    for (const key of Object.keys(object))
      if (key !== '$ref') result[key] = this.copy(object[key], file, childShape('pathItem', key), memo)
    return result
  }

  private resolve(
    ref: string,
    file: string
  ): { file: string; tokens: PointerTokens; value: unknown } | undefined {
    const hash = ref.indexOf('#')
    const uri = hash < 0 ? ref : ref.slice(0, hash)
    const tokens = parsePointer(hash < 0 ? '' : ref.slice(hash + 1))
    if (!tokens) return undefined
    let target: string
    if (uri === '') target = file
    else if (isRemote(uri)) target = uri
    else if (isRemote(file)) target = new URL(uri, file).href
    else target = path.resolve(path.dirname(file), decodeURI(uri))
    if (target === this.rootFile) return { file: target, tokens, value: getAt(this.rootData, tokens) }
    const parsed = this.parsed.get(target)
    if (!parsed) return undefined
    const value = getAt(parsed.data, tokens)
    return value === undefined ? undefined : { file: target, tokens, value }
  }

  private rewriteRef(ref: string, file: string, shape: Shape): string {
    if (file === this.rootFile && ref.startsWith('#')) return ref
    const target = this.resolve(ref, file)
    if (!target) return ref
    if (target.file === this.rootFile) return formatPointer(target.tokens)
    const key = `${target.file}#${formatPointer(target.tokens)}`
    const known = this.assigned.get(key)
    if (known) return known
    const kind: NodeKind = typeof shape === 'string' && COMPONENT_SECTION[shape] ? shape : 'schema'
    const section = COMPONENT_SECTION[kind]!
    const name = this.uniqueName(section, baseName(target.file, target.tokens), key)
    const pointer = formatPointer(['components', section, name])
    this.assigned.set(key, pointer)
    this.queue.push({ value: target.value, file: target.file, kind, section, name })
    return pointer
  }

  private uniqueName(section: string, base: string, key: string): string {
    const taken = this.taken.get(section) ?? new Set<string>()
    this.taken.set(section, taken)
    let name = base
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`
    taken.add(name)
    if (name !== base) {
      this.notes.push({
        code: 'BUNDLE_NAME_SUFFIXED',
        severity: 'warning',
        message: `Two different things would be named components/${section}/${base}; ${key} was named ${name}.`
      })
    }
    return name
  }
}

/** `order` for `./schemas/order.yaml`, `parameters_Limit` for `parameters.yaml#/Limit`. */
function baseName(file: string, tokens: PointerTokens): string {
  const stem = path.basename(file.split('?')[0]).replace(/\.(ya?ml|json)$/i, '')
  let rest = tokens
  if (rest[0] === 'components' && rest.length >= 3) rest = rest.slice(2)
  else if ((rest[0] === 'definitions' || rest[0] === '$defs') && rest.length >= 2) rest = rest.slice(1)
  const raw = [stem, ...rest].join('_')
  const clean = raw.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '')
  return clean === '' ? 'external' : clean
}
