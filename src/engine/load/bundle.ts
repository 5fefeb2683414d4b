/**
 * Multi-file specs: every file the root references is read (inside the sandbox, see ref-files.ts), and
 * the root is copied with each external target hoisted into `components` under a stable name derived
 * from its file and pointer (`order` from `./schemas/order.yaml`, `parameters_Limit` from
 * `../common/parameters.yaml#/Limit`), or inlined where a component does not fit (see hoister.ts).
 * Files are found pass by pass: each pass lists the files it met and did not have, until none is new.
 */
import type { SourceLocation } from '../errors.js'
import type { Finding } from '../findings.js'
import { isObject, type JsonObject } from '../json-value.js'
import { pathItemOperations } from '../openapi/operations.js'
import { documentRefs } from '../openapi/walk.js'
import { pointerText, type PointerTokens } from '../pointer.js'
import { Hoister, type Origin } from './hoister.js'
import type { NumberLiterals } from './number-literals.js'
import type { TextPosition } from './text-position.js'
import { RefFiles, type RemoteLimits } from './ref-files.js'
import type { SpecReader } from './spec-reader.js'

export { DEFAULT_REMOTE_LIMITS, type RemoteLimits } from './ref-files.js'

export interface BundleOptions {
  rootFile: string
  rootData: JsonObject
  /** Where a pointer of the root sits in its file. */
  rootLocate?: (tokens: readonly string[]) => TextPosition | undefined
  /** Folder that file refs may not leave. */
  refRoot: string
  allowRemoteRefs: boolean
  /** Timeout and size cap for each remote document. */
  remoteLimits?: RemoteLimits
  reader: SpecReader
}

export interface BundleResult {
  doc: JsonObject
  /** Every file read (root first), with its text, for the input digest. */
  files: { file: string; text: string }[]
  notes: Finding[]
  /** Where each hoisted component and inlined part came from, by its pointer (`#/…`) in `doc`. */
  origins: ReadonlyMap<string, Origin>
  /** Why each external ref left in the document was not bundled, by the ref as written. */
  unbundled: ReadonlyMap<string, string>
  /** Each file's numbers that a double does not hold (see number-literals.ts). */
  numberLiterals: NumberLiterals[]
  /** Where a pointer of a file read sits in that file. */
  locators: ReadonlyMap<string, (tokens: readonly string[]) => TextPosition | undefined>
}

/**
 * Whether some `$ref` points outside the document. A JSON spec's parse answers this on its own walk;
 * this one is for YAML (whose aliases may share nodes) and converted Swagger documents.
 */
export function hasExternalRefs(data: unknown): boolean {
  for (const ref of documentRefs(data)) if (!ref.startsWith('#')) return true
  return false
}

/** Whether some operation is given by `$ref` (`get: {$ref: …}`): bundling inlines it. */
export function hasOperationRefs(doc: JsonObject): boolean {
  for (const section of [doc.paths, doc.webhooks]) {
    if (!isObject(section)) continue
    for (const key of Object.keys(section)) {
      const item = section[key]
      if (!isObject(item)) continue
      for (const [, operation] of pathItemOperations(item))
        if (typeof operation.$ref === 'string') return true
    }
  }
  return false
}

export async function bundleExternalRefs(options: BundleOptions): Promise<BundleResult> {
  const { rootFile, rootData } = options
  const files = new RefFiles(options)
  const locate = (file: string, tokens: PointerTokens): SourceLocation => {
    const position = file === rootFile ? options.rootLocate?.(tokens) : files.parsed.get(file)?.locate(tokens)
    return { file, pointer: pointerText(tokens), ...(position ?? {}) }
  }
  await files.preload(rootFile, rootData)
  let hoister: Hoister
  let doc: JsonObject
  // Each pass reads at least one new file (remote documents are read only when a pass needs them).
  for (;;) {
    hoister = new Hoister({ rootFile, rootData, files, locate })
    doc = hoister.run()
    if (hoister.needs.size === 0) break
    await files.load(hoister.needs.values())
  }
  const read = [...files.texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const locators = new Map<string, (tokens: readonly string[]) => TextPosition | undefined>()
  for (const [file, parsed] of files.parsed) locators.set(file, tokens => parsed.locate(tokens))
  return {
    doc,
    files: [{ file: rootFile, text: '' }, ...read.map(([file, text]) => ({ file, text }))],
    // What each file's parse noted (numbers, YAML tags), then what bundling decided.
    notes: [...[...files.parsed.values()].flatMap(parsed => parsed.notes), ...hoister.notes],
    numberLiterals: [...files.parsed.values()].map(parsed => parsed.numberLiterals),
    origins: hoister.origins,
    unbundled: hoister.unbundled,
    locators
  }
}
