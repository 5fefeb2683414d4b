/**
 * One pass of bundling: copies the root document and decides, for each `$ref` to another file (or to a
 * place in one), by the position the ref stands in. A component position (schema, parameter, response…)
 * hoists the target into `components/<section>` under a stable name; an operation, a path item, an
 * extension or any other position inlines it where it stands. Inside literal data (`example`, `default`,
 * `enum`, `const`, an example's `value`) only local files are inlined: anything else stays data.
 * Files not read yet are listed as needs: the caller reads them and runs a new pass.
 */
import path from 'node:path'
import type { SourceLocation } from '../errors.js'
import type { FindingCode } from '../finding-codes.js'
import type { Finding } from '../findings.js'
import { isObject, type JsonObject, type JsonValue } from '../json-value.js'
import { COMPONENT_SECTION, childShape, isLiteralField, type NodeKind, type Shape } from '../openapi/kinds.js'
import { discriminatorTargets, mapDiscriminator } from '../openapi/mapping-ref.js'
import { formatPointer, pointerText, type PointerTokens } from '../pointer.js'
import { MAX_NESTING } from './parse-json.js'
import type { FileNeed } from './ref-files.js'
import { baseName, ComponentNames, setOwn, targetKey } from './hoist-names.js'
import { refLocation } from './ref-location.js'
import {
  resolveRef,
  unresolvedNote,
  type ResolveContext,
  type Resolution,
  type Target
} from './ref-resolve.js'

/**
 * Inlined files nest one in another: past the depth one file may nest, no more is inlined, so the copy
 * (at most this and one file deep) stays well inside the stack.
 */
const MAX_INLINED_DEPTH = MAX_NESTING

/** A shape, or literal data (where a `$ref` member is data unless it names a local document). */
export type BundleShape = Shape | 'literal'

export interface Origin {
  file: string
  tokens: PointerTokens
}

export interface HoistContext extends ResolveContext {
  locate(file: string, tokens: PointerTokens): SourceLocation
}

/** What becomes of an object with a `$ref`: replaced whole, or kept with its ref (rewritten or not). */
type RefOutcome = { replace: JsonValue } | { ref: string }

export class Hoister {
  readonly notes: Finding[] = []
  readonly needs = new Map<string, FileNeed>()
  /** Where hoisted and inlined parts came from: output pointer (`#/…`) → file and tokens. */
  readonly origins = new Map<string, Origin>()
  /** Why each external ref left in the document was not bundled, by the ref as it stands there. */
  readonly unbundled = new Map<string, string>()
  private readonly noted = new Set<string>()
  private readonly names = new ComponentNames()
  private readonly hoisted = new Map<string, Map<string, JsonValue>>()
  private readonly queue: (Target & { kind: NodeKind; section: string; name: string })[] = []
  private readonly inlining = new Set<string>()
  /** The output pointer and the source pointer (in the file being copied) of the node being copied. */
  private out: string[] = []
  private src: string[] = []

  constructor(private readonly ctx: HoistContext) {
    const components = ctx.rootData.components
    if (isObject(components)) {
      this.names.claim(components, ref => {
        const resolved = this.resolve(ref, ctx.rootFile, false)
        if (!('target' in resolved)) return undefined
        return { ...resolved.target, root: resolved.target.file === ctx.rootFile }
      })
    }
  }

  run(): JsonObject {
    const doc = this.copy(this.ctx.rootData, this.ctx.rootFile, 'document', new Map()) as JsonObject
    for (let i = 0; i < this.queue.length; i++) {
      const target = this.queue[i]
      let section = this.hoisted.get(target.section)
      if (!section) this.hoisted.set(target.section, (section = new Map()))
      this.out = ['components', target.section, target.name]
      this.src = [...target.tokens]
      this.origins.set(formatPointer(this.out), { file: target.file, tokens: target.tokens })
      section.set(target.name, this.copy(target.value, target.file, target.kind, new Map()))
    }
    if (this.hoisted.size > 0) {
      const components: JsonObject = isObject(doc.components) ? { ...doc.components } : {}
      for (const [section, entries] of this.hoisted) {
        const merged: JsonObject = { ...(isObject(components[section]) ? components[section] : {}) }
        for (const [name, value] of entries) setOwn(merged, name, value)
        components[section] = merged
      }
      doc.components = components
    }
    return doc
  }

  private copy(node: unknown, file: string, shape: BundleShape, memo: Map<object, JsonValue>): JsonValue {
    if (typeof node !== 'object' || node === null) return node as JsonValue
    const known = memo.get(node)
    if (known !== undefined) return known
    if (Array.isArray(node)) {
      const out: JsonValue[] = []
      memo.set(node, out)
      // A list shape hands its item shape down; any other shape holds for its array's items.
      const itemShape = typeof shape === 'object' ? childShape(shape, '0') : shape
      node.forEach((child, index) => out.push(this.child(child, String(index), file, itemShape, memo)))
      return out
    }
    const object = node as JsonObject
    const outcome = typeof object.$ref === 'string' ? this.copyRef(object, file, shape, memo) : undefined
    if (outcome && 'replace' in outcome) return outcome.replace
    const out: JsonObject = {}
    memo.set(node, out)
    for (const key of Object.keys(object)) {
      const value = object[key]
      if (key === '$ref' && outcome) out.$ref = outcome.ref
      else if (this.leftOut(file, shape, key)) continue
      else if (key === 'discriminator' && shape === 'schema' && discriminatorTargets(value).length > 0)
        out[key] = mapDiscriminator(value as JsonObject, target => this.followTarget(target, file))
      else setOwn(out, key, this.child(value, key, file, childOf(shape, key), memo))
    }
    return out
  }

  private child(value: unknown, key: string, file: string, shape: BundleShape, memo: Map<object, JsonValue>) {
    this.out.push(key)
    this.src.push(key)
    const copied = this.copy(value, file, shape, memo)
    this.out.pop()
    this.src.pop()
    return copied
  }

  /** A discriminator's target given by ref, followed to where its schema is hoisted. */
  private followTarget(target: string, file: string): string | undefined {
    const rewritten = /[#/]/.test(target) ? this.hoist(target, file, 'schema') : undefined
    return rewritten && 'ref' in rewritten ? rewritten.ref : undefined
  }

  private copyRef(object: JsonObject, file: string, shape: BundleShape, memo: Map<object, JsonValue>) {
    const ref = object.$ref as string
    if (shape === 'literal') return this.literalRef(object, file, memo)
    if (file === this.ctx.rootFile && ref.startsWith('#') && shape !== 'operation') return { ref }
    const section = typeof shape === 'string' ? COMPONENT_SECTION[shape] : undefined
    if (section && this.isHome(file)) return this.inline(object, file, shape, memo, false)
    if (section && shape !== 'pathItem') return this.hoist(ref, file, shape as NodeKind)
    const outcome = this.inline(object, file, shape, memo, false)
    if (shape === 'operation' && 'replace' in outcome) {
      this.note(
        'BUNDLE_OPERATION_INLINED',
        'info',
        file,
        `The operation given by $ref ${ref} was inlined where it stands.`
      )
    }
    return outcome
  }

  private isHome(file: string): boolean {
    return (
      file === this.ctx.rootFile &&
      this.out.length === 3 &&
      this.out[0] === 'components' &&
      this.names.isHome(this.out)
    )
  }

  /** A `$ref` member inside literal data: a local document is inlined; anything else stays data. */
  private literalRef(object: JsonObject, file: string, memo: Map<object, JsonValue>): RefOutcome {
    const ref = object.$ref as string
    if (file === this.ctx.rootFile && ref.startsWith('#')) return { ref }
    const hash = ref.indexOf('#')
    const location = refLocation(hash < 0 ? ref : ref.slice(0, hash), file)
    if (location.kind === 'remote' || location.kind === 'scheme') {
      this.note(
        'BUNDLE_REF_KEPT_AS_DATA',
        'info',
        file,
        `The $ref ${ref} inside literal data points at no local document; it was kept as data.`
      )
      return { ref }
    }
    return this.inline(object, file, 'literal', memo, true)
  }

  private inline(
    object: JsonObject,
    file: string,
    shape: BundleShape,
    memo: Map<object, JsonValue>,
    literal: boolean
  ): RefOutcome {
    const ref = object.$ref as string
    const resolved = this.resolve(ref, file, literal)
    if (!('target' in resolved)) return this.unresolved(ref, file, resolved, literal)
    const { target } = resolved
    const key = targetKey(target)
    if (this.out.length > MAX_INLINED_DEPTH) {
      this.note(
        'BUNDLE_REF_TOO_DEEP',
        'warning',
        file,
        `The $ref ${ref} would nest the document more than ${MAX_INLINED_DEPTH} levels deep; it was left as a reference.`
      )
      return { ref }
    }
    if (this.inlining.has(key)) {
      this.note(
        'BUNDLE_REF_CYCLE',
        'warning',
        file,
        `The $ref ${ref} includes itself; it was left as a reference.`
      )
      return { ref }
    }
    this.inlining.add(key)
    const src = this.src
    this.src = [...target.tokens]
    this.origins.set(formatPointer(this.out), { file: target.file, tokens: target.tokens })
    const inlined = this.copy(target.value, target.file, shape, new Map())
    this.src = src
    this.inlining.delete(key)
    if (!isObject(inlined)) return { replace: inlined }
    // The fields beside the $ref are kept over the target's.
    const result: JsonObject = { ...inlined }
    for (const name of Object.keys(object))
      if (name !== '$ref')
        setOwn(result, name, this.child(object[name], name, file, childOf(shape, name), memo))
    return { replace: result }
  }

  private hoist(ref: string, file: string, kind: NodeKind): RefOutcome {
    if (file === this.ctx.rootFile && ref.startsWith('#')) return { ref }
    const resolved = this.resolve(ref, file, false)
    if (!('target' in resolved)) return this.unresolved(ref, file, resolved, false)
    const { target } = resolved
    if (target.file === this.ctx.rootFile) return { ref: formatPointer(target.tokens) }
    const key = targetKey(target)
    const known = this.names.assigned.get(key)
    if (known) return { ref: known }
    const section = COMPONENT_SECTION[kind]!
    const { name, note } = this.names.assign(section, baseName(target.file, target.tokens), key)
    if (note) this.notes.push(note)
    this.queue.push({ ...target, kind, section, name })
    return { ref: formatPointer(['components', section, name]) }
  }

  private unresolved(
    ref: string,
    file: string,
    why: Exclude<Resolution, { target: Target }>,
    literal: boolean
  ): RefOutcome {
    if (!('missing' in why)) return { ref }
    const said = unresolvedNote(this.ctx.rootData, { ref, file, literal }, why.missing)
    if (said.unbundled) this.unbundled.set(ref, why.missing)
    this.note(said.code, said.severity, file, said.message)
    return { ref }
  }

  private resolve(ref: string, file: string, literal: boolean): Resolution {
    return resolveRef(this.ctx, this.needs, { ref, file, literal })
  }

  /** `definitions` (and a file's top-level `$defs`) is no Schema Object field: its members are hoisted. */
  private leftOut(file: string, shape: BundleShape, key: string): boolean {
    if (file === this.ctx.rootFile || shape !== 'schema') return false
    if (key !== 'definitions' && !(key === '$defs' && this.src.length === 0)) return false
    this.note(
      'BUNDLE_DEFINITIONS_LEFT_OUT',
      'info',
      file,
      `The ${key} container of ${path.basename(file)} was not carried; each member a $ref names became a component of its own.`
    )
    return true
  }

  private note(code: FindingCode, severity: Finding['severity'], file: string, message: string): void {
    if (this.noted.has(message)) return
    this.noted.add(message)
    const location = this.ctx.locate(file, this.src)
    // The pointer is the bundled document's, which slices are matched by; the location is the file's.
    this.notes.push({ code, severity, message, pointer: pointerText(this.out), location })
  }
}

function childOf(shape: BundleShape, key: string): BundleShape {
  if (shape === 'literal' || isLiteralField(shape, key)) return 'literal'
  return childShape(shape, key)
}
