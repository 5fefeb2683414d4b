/**
 * YAML input through the `yaml` package: exact line and column for errors and for any pointer, duplicate
 * keys refused, and alias expansion bounded so an alias bomb is refused quickly. Merge keys (`<<`) are
 * merged; tags outside the core schema and numbers a double cannot hold are kept and reported.
 */
import jsYaml from 'js-yaml'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import { SliceOasError } from '../errors.js'
import type { Finding } from '../findings.js'
import { isLossyNumber, type NumberLiterals } from './number-literals.js'
import { MAX_NESTING } from './parse-json.js'
import type { TextPosition } from './text-position.js'
import { yamlError } from './yaml-errors.js'
import { yamlNotes } from './yaml-notes.js'

/** How many times aliases may be expanded in one document: generous for real specs, fatal for bombs. */
const MAX_ALIAS_COUNT = 1000

export interface ParsedYaml {
  data: unknown
  locate(tokens: readonly string[]): TextPosition | undefined
  /** Warnings about tags and numbers that were not read as written. */
  notes: Finding[]
  /** Source literals of numbers a double does not hold, for the serializers. */
  numberLiterals: NumberLiterals
}

/** Set when js-yaml meets a number it cannot hold as written: the `yaml` package then reads and reports. */
let lossySeen = false

/** js-yaml's built-in types, which its typings leave out. */
const { types } = jsYaml as unknown as {
  types: Record<'int' | 'float' | 'merge', jsYaml.Type & { tag: string }>
}

/** An int or float type of js-yaml that notes a lossy literal (js-yaml reads `-0` as 0, so that too). */
function watched(type: jsYaml.Type & { tag: string }): jsYaml.Type {
  const construct = type.construct as (data: string) => number
  return new jsYaml.Type(type.tag, {
    kind: 'scalar',
    resolve: type.resolve,
    construct(data: string) {
      const value = construct(data)
      if (isLossyNumber(data, value)) lossySeen = true
      return value
    }
  })
}

/** The YAML 1.2 core schema (dates stay strings) with merge keys. */
const FAST_SCHEMA = jsYaml.CORE_SCHEMA.extend({
  implicit: [watched(types.int), watched(types.float), types.merge]
})

/**
 * Flow collections nested past MAX_NESTING make the YAML parser exhaust memory, so they are refused
 * first, in one linear pass. Brackets inside quoted scalars are counted too: a real document never
 * comes near the limit either way.
 */
function refuseDeepFlowNesting(text: string, file: string): void {
  let depth = 0
  let line = 1
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 10) line++
    else if (ch === 91 || ch === 123) {
      if (++depth > MAX_NESTING) {
        throw new SliceOasError(
          'SPEC_TOO_DEEP',
          `The spec nests more than ${MAX_NESTING} levels deep, which no OpenAPI document needs; it was refused.`,
          { file, line }
        )
      }
    } else if ((ch === 93 || ch === 125) && depth > 0) depth--
  }
}

/** Aliases may make a document expand to at most this many nodes: far above any real spec (GitHub's has ~1M). */
const MAX_EXPANDED_NODES = 20_000_000

/**
 * js-yaml shares an aliased node instead of copying it, so an alias bomb costs nothing to load but
 * would explode in every walk after. Its expanded size is counted once, memoised per node.
 */
function refuseAliasBomb(data: unknown, file: string): void {
  const sizes = new Map<object, number>()
  const inProgress = new Set<object>()
  const bomb = () =>
    new SliceOasError(
      'SPEC_ALIAS_BOMB',
      'The spec expands YAML aliases so many times (or recursively) that it looks like an alias bomb; it was refused.',
      { file }
    )
  const size = (node: unknown): number => {
    if (typeof node !== 'object' || node === null) return 1
    const known = sizes.get(node)
    if (known !== undefined) return known
    if (inProgress.has(node)) throw bomb()
    inProgress.add(node)
    let total = 1
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      total += size(child)
      if (total > MAX_EXPANDED_NODES) throw bomb()
    }
    inProgress.delete(node)
    sizes.set(node, total)
    return total
  }
  size(data)
}

/**
 * YAML input: js-yaml's loader with the YAML 1.2 core schema (dates stay strings) for the data, much
 * faster than the \`yaml\` package on large specs. The \`yaml\` package, with exact positions
 * and messages, runs only when they are needed: to report a syntax error or a duplicate key, and to
 * locate a pointer (lazily, the first time one is asked for).
 */
export function parseYaml(text: string, file: string): ParsedYaml {
  refuseDeepFlowNesting(text, file)
  let data: unknown
  lossySeen = false
  try {
    data = jsYaml.load(text, { schema: FAST_SCHEMA })
  } catch {
    // Syntax errors, several documents and unknown tags: the `yaml` package reports or notes them.
    return parseYamlWithPositions(text, file)
  }
  if (lossySeen) return parseYamlWithPositions(text, file)
  refuseAliasBomb(data, file)
  let positioned: ParsedYaml | undefined
  return {
    data: data ?? null,
    locate: tokens => (positioned ??= parseYamlWithPositions(text, file, false)).locate(tokens),
    notes: [],
    numberLiterals: new Map()
  }
}

/**
 * The \`yaml\` package's parse: exact line and column for errors and for any pointer.
 * @param withNotes whether to walk the document for tags and numbers to report.
 */
export function parseYamlWithPositions(text: string, file: string, withNotes = true): ParsedYaml {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    merge: true,
    // `!!binary`, `!!timestamp` and the like stay the text written; yaml-notes.ts reports them.
    resolveKnownTags: false
  })
  if (document.errors.length > 0) throw yamlError(text, file, document.errors, lineCounter)
  let data: unknown
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (cause) {
    if (cause instanceof ReferenceError || /alias/i.test(String(cause))) {
      throw new SliceOasError(
        'SPEC_ALIAS_BOMB',
        'The spec expands YAML aliases so many times that it looks like an alias bomb; it was refused.',
        { file },
        { cause }
      )
    }
    throw cause
  }
  const locate = (tokens: readonly string[]) => locateInYaml(document, lineCounter, tokens)
  if (!withNotes) return { data, locate, notes: [], numberLiterals: new Map() }
  return { data, locate, ...yamlNotes(document, file, offset => toPosition(lineCounter.linePos(offset))) }
}

function toPosition(position: { line: number; col: number }): TextPosition {
  return { line: position.line, column: position.col }
}

function locateInYaml(
  document: Document,
  lineCounter: LineCounter,
  tokens: readonly string[]
): TextPosition | undefined {
  let node: unknown = document.contents
  let found: Node | undefined
  for (const token of tokens) {
    if (isMap(node)) {
      const pair = node.items.find(item => String(isScalar(item.key) ? item.key.value : item.key) === token)
      if (!pair) break
      found = pair.key as Node
      node = pair.value
    } else if (isSeq(node)) {
      const item = node.items[Number(token)]
      if (!item) break
      found = item as Node
      node = item
    } else {
      break
    }
  }
  const offset = found?.range?.[0]
  if (offset === undefined) return undefined
  const position = lineCounter.linePos(offset)
  return { line: position.line, column: position.col }
}
