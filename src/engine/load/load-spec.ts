/**
 * Loads the spec: reads and parses it (JSON or YAML, BOM tolerated), checks it is an OpenAPI 3.0/3.1/3.2
 * document, bundles multi-file documents into one, and keeps a locator for source positions.
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import { SliceOasError, type SourceLocation } from '../errors.js'
import type { Finding } from '../findings.js'
import { isObject, type JsonObject } from '../json-value.js'
import { formatPointer, pointerText } from '../pointer.js'
import {
  bundleExternalRefs,
  hasExternalRefs,
  hasOperationRefs,
  type BundleResult,
  type RemoteLimits
} from './bundle.js'
import { COUNT_BESIDE_FROM_BYTES, countKeysBeside } from './count-keys.js'
import { decodeSpecText } from './decode.js'
import { MAX_NESTING } from './parse-json.js'
import { detectFormat, parseText, type SpecFormat } from './parse-text.js'
import { mergeNumberLiterals, type NumberLiterals } from './number-literals.js'
import { readSpecBytes, renamed } from './read-spec-bytes.js'
import { nodeSpecReader, type SpecReader } from './spec-reader.js'
import { refsAgainstSelf } from './self-base.js'
import { swaggerToOpenApi } from './swagger.js'
import { swaggerPointer } from './swagger-pointer.js'
import type { TextPosition } from './text-position.js'

export type OasVersion = '3.0' | '3.1' | '3.2'

export interface LoadOptions {
  /** Folder that file refs may not leave; the spec's own folder by default. */
  refRoot?: string
  allowRemoteRefs?: boolean
  remoteLimits?: RemoteLimits
  reader?: SpecReader
  /** What the file is to the run, as errors name it: the loader's messages begin "The spec". */
  subject?: 'spec' | 'base spec'
}

export interface LoadedSpec {
  /** Absolute path of the spec. */
  file: string
  format: SpecFormat
  /** The whole document, with external refs bundled in. Never mutated after loading. */
  doc: JsonObject
  /** The `openapi` field as written. */
  sourceVersion: string
  version: OasVersion
  /** sha256 over every file read. */
  digest: string
  notes: Finding[]
  /** Numbers a double does not hold as the source wrote them, for the serializers to write back. */
  numberLiterals: NumberLiterals
  /** Why each external ref left in the document was not bundled (no such file, a folder, too large…). */
  unbundled: ReadonlyMap<string, string>
  /** Where a pointer of the bundled document sits: in the root, or in the file a part came from. */
  locate(tokens: readonly string[]): SourceLocation
}

export async function loadSpec(specPath: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const subject = options.subject ?? 'spec'
  if (subject === 'spec') return loadAny(specPath, options)
  try {
    return await loadAny(specPath, options)
  } catch (error) {
    throw error instanceof SliceOasError ? renamed(error, subject) : error
  }
}

async function loadAny(specPath: string, options: LoadOptions): Promise<LoadedSpec> {
  const reader = options.reader ?? nodeSpecReader
  const file = path.resolve(specPath)
  const bytes = await readSpecBytes(file, reader)
  // A large JSON text's keys are counted on another thread while this one decodes and parses it.
  const keysInText =
    bytes.length >= COUNT_BESIDE_FROM_BYTES &&
    detectFormat(file, bytes.subarray(0, 64).toString('latin1')) === 'json'
      ? countKeysBeside(bytes, MAX_NESTING)
      : undefined
  const text = decodeSpecText(bytes, file)
  const parsed = await parseText(text, file, keysInText)
  const notes: Finding[] = [...parsed.notes]
  let data = parsed.data
  let swaggerVersion: string | undefined
  const refRoot = path.resolve(options.refRoot ?? path.dirname(file))
  let swaggerFiles: { file: string; text: string }[] = []
  if (isObject(data) && data.swagger === '2.0' && data.openapi === undefined) {
    swaggerVersion = '2.0'
    const sandbox = {
      rootFile: file,
      refRoot,
      allowRemoteRefs: options.allowRemoteRefs ?? false,
      remoteLimits: options.remoteLimits,
      reader
    }
    const converted = await swaggerToOpenApi(data, sandbox, parsed.locate, notes)
    data = converted.doc
    swaggerFiles = converted.files
  }
  const checked = checkOpenApi(data, file, parsed.locate)
  const sourceVersion = swaggerVersion ?? checked.sourceVersion
  const version = checked.version
  // 3.2: relative refs resolve against the document's `$self`.
  let doc = version === '3.2' ? refsAgainstSelf(data as JsonObject, file) : (data as JsonObject)
  // A JSON parse has already looked. A Swagger document's refs were resolved before conversion: what is
  // left outside is data (an example's URL) or a file that does not exist.
  const external =
    swaggerVersion === undefined &&
    (parsed.externalRefs !== undefined ? parsed.externalRefs : hasExternalRefs(doc))
  let bundled: BundleResult | undefined
  if (external || (swaggerVersion === undefined && hasOperationRefs(doc))) {
    bundled = await bundleExternalRefs({
      rootFile: file,
      rootData: doc,
      rootLocate: parsed.locate,
      refRoot,
      allowRemoteRefs: options.allowRemoteRefs ?? false,
      remoteLimits: options.remoteLimits,
      reader
    })
    doc = bundled.doc
    notes.push(...bundled.notes)
  }
  // A converted Swagger document's places are looked up where they stood in the 2.0 text.
  const rootLocate = swaggerVersion
    ? (tokens: readonly string[]) => parsed.locate(swaggerPointer(tokens))
    : parsed.locate
  return {
    file,
    format: parsed.format,
    doc,
    sourceVersion,
    version,
    digest: inputDigest(file, bytes, [...(bundled?.files.slice(1) ?? []), ...swaggerFiles]),
    notes,
    unbundled: bundled?.unbundled ?? new Map(),
    numberLiterals: bundled
      ? mergeNumberLiterals([parsed.numberLiterals, ...bundled.numberLiterals])
      : parsed.numberLiterals,
    locate: locator(file, bundled, rootLocate)
  }
}

/**
 * Where a pointer of the bundled document sits: in the root, or in the file a hoisted or inlined part
 * came from.
 */
function locator(
  file: string,
  parts: BundleResult | undefined,
  rootLocate: (tokens: readonly string[]) => TextPosition | undefined
): (tokens: readonly string[]) => SourceLocation {
  return tokens => {
    const origin = parts && originOf(parts, tokens)
    const locateIn = origin && origin.file !== file ? parts?.locators.get(origin.file) : rootLocate
    // A part that is a whole file starts on its first line.
    const position =
      locateIn?.(origin?.tokens ?? tokens) ??
      (origin?.tokens.length === 0 ? { line: 1, column: 1 } : undefined)
    return {
      file: origin?.file ?? file,
      // The pointer inside the file named: for a part from another file, the part's place there.
      pointer: pointerText(origin?.tokens ?? tokens),
      ...(position ? { line: position.line, column: position.column } : {})
    }
  }
}

/** The input digest: the root file's bytes, then each other file read, named relative to the root's folder. */
function inputDigest(file: string, bytes: Buffer, others: readonly { file: string; text: string }[]): string {
  const hash = createHash('sha256')
  hash.update(withoutBom(bytes))
  for (const extra of others) hash.update(`\0${path.relative(path.dirname(file), extra.file)}\0${extra.text}`)
  return hash.digest('hex')
}

/** The file and its pointer for a pointer inside a hoisted or inlined part (the longest one that holds it). */
function originOf(
  bundled: BundleResult,
  tokens: readonly string[]
): { file: string; tokens: string[] } | undefined {
  if (bundled.origins.size === 0) return undefined
  for (let n = tokens.length; n >= 0; n--) {
    const origin = bundled.origins.get(formatPointer(tokens.slice(0, n)))
    if (origin) return { file: origin.file, tokens: [...origin.tokens, ...tokens.slice(n)] }
  }
  return undefined
}

/**
 * The bytes the digest covers: the file's, without a UTF-8 byte order mark. For UTF-8 text that is the
 * text's own encoding, and hashing the bytes saves encoding the whole text again.
 */
function withoutBom(bytes: Buffer): Buffer {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
}

function checkOpenApi(
  data: unknown,
  file: string,
  locate: (tokens: readonly string[]) => { line: number; column: number } | undefined
): { sourceVersion: string; version: OasVersion } {
  const at = (tokens: string[]): SourceLocation => ({ file, ...locate(tokens) })
  if (!isObject(data)) {
    throw new SliceOasError(
      'SPEC_NOT_OPENAPI',
      'The spec is not an OpenAPI document: its top level is not a mapping.',
      { file }
    )
  }
  if (data.swagger !== undefined && data.openapi === undefined) {
    throw new SliceOasError(
      'SPEC_UNSUPPORTED_VERSION',
      `The spec is Swagger ${String(data.swagger)}; slice-oas reads Swagger 2.0 and OpenAPI 3.0, 3.1 and 3.2 documents.`,
      at(['swagger'])
    )
  }
  const declared = data.openapi
  if (declared === undefined) {
    throw new SliceOasError(
      'SPEC_NOT_OPENAPI',
      'The spec is not an OpenAPI document: it has no `openapi` field.',
      { file }
    )
  }
  const sourceVersion = String(declared)
  const match = /^3\.([012])\.\d+(-.+)?$/.exec(sourceVersion)
  if (typeof declared !== 'string' || !match) {
    throw new SliceOasError(
      'SPEC_UNSUPPORTED_VERSION',
      `The spec declares openapi ${sourceVersion}; slice-oas reads OpenAPI 3.0.x, 3.1.x and 3.2.x.`,
      at(['openapi'])
    )
  }
  if (data.paths !== undefined && !isObject(data.paths)) {
    throw new SliceOasError(
      'SPEC_PATHS_INVALID',
      '`paths` must be a mapping of path templates to path items.',
      at(['paths'])
    )
  }
  if (data.webhooks !== undefined && !isObject(data.webhooks)) {
    throw new SliceOasError(
      'SPEC_PATHS_INVALID',
      '`webhooks` must be a mapping of names to path items.',
      at(['webhooks'])
    )
  }
  return { sourceVersion, version: `3.${match[1]}` as OasVersion }
}
