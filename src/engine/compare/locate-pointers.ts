/**
 * Where many pointers of a JSON text are, in one scan: a review can name a few dozen places deep in a
 * 10 MB description, and a scan per pointer would read most of the text each time. The scan descends
 * along a trie of the wanted pointers and stops once every one is found. Others (YAML, a part bundled
 * from another file, a Swagger source) are located one by one by the spec's own locator.
 */
import type { SourceLocation } from '../errors.js'
import { decodeSpecText } from '../load/decode.js'
import { closingQuote } from '../load/json-strings.js'
import type { LoadedSpec } from '../load/load-spec.js'
import type { SpecReader } from '../load/spec-reader.js'
import type { TextPosition } from '../load/text-position.js'
import { parsePointer } from '../pointer.js'

interface Trie {
  children: Map<string, Trie>
  /** The pointer that ends here, if one is wanted. */
  pointer?: string
}

interface Frame {
  node?: Trie
  isObject: boolean
  index: number
  /** The trie node of the value after the key just read. */
  next?: Trie
}

function buildTrie(pointers: Map<string, readonly string[]>): Trie {
  const root: Trie = { children: new Map() }
  for (const [pointer, tokens] of pointers) {
    let node = root
    for (const token of tokens) {
      let child = node.children.get(token)
      if (!child) node.children.set(token, (child = { children: new Map() }))
      node = child
    }
    node.pointer = pointer
  }
  return root
}

/** Each wanted pointer's key (or array element) position in a JSON text; absent when not in the text. */
export function locateJsonPointers(
  text: string,
  pointers: Map<string, readonly string[]>
): Map<string, TextPosition> {
  const found = new Map<string, TextPosition>()
  const stack: Frame[] = []
  let root: Trie | undefined = buildTrie(pointers)
  let expectKey = false
  let line = 1
  let lineStart = 0
  const hit = (node: Trie | undefined, at: number) => {
    if (node?.pointer !== undefined) found.set(node.pointer, { line, column: at - lineStart + 1 })
  }
  for (let i = 0; i < text.length && found.size < pointers.size; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 32 /* space */) continue
    if (ch === 10 /* \n */) {
      line++
      lineStart = i + 1
    } else if (ch === 34 /* " */) {
      const j = closingQuote(text, i)
      const frame = stack[stack.length - 1]
      if (expectKey && frame?.node) {
        const raw = text.slice(i + 1, j)
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, j + 1)) as string) : raw
        frame.next = frame.node.children.get(key)
        hit(frame.next, i)
      } else if (expectKey && frame) frame.next = undefined
      expectKey = false
      i = j
    } else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      const parent = stack[stack.length - 1]
      let node: Trie | undefined
      if (!parent) [node, root] = [root, undefined]
      else if (parent.isObject) node = parent.next
      else {
        node = parent.node?.children.get(String(parent.index))
        hit(node, i)
      }
      stack.push({ node, isObject: ch === 123, index: 0 })
      expectKey = ch === 123
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) {
      stack.pop()
      expectKey = false
    } else if (ch === 44 /* , */) {
      const frame = stack[stack.length - 1]
      if (frame?.isObject) expectKey = true
      else if (frame) frame.index++
    }
  }
  return found
}

/** Locates many pointers of a loaded spec: in one scan of its JSON text when it has one, else one by one. */
export function pointerLocator(
  spec: Pick<LoadedSpec, 'file' | 'locate'>,
  jsonText: string | undefined
): (pointers: readonly string[]) => Map<string, SourceLocation> {
  return pointers => {
    const wanted = new Map<string, readonly string[]>()
    for (const pointer of pointers) {
      const tokens = parsePointer(pointer)
      if (tokens && tokens.length > 0) wanted.set(pointer, tokens)
    }
    const inText = jsonText === undefined ? new Map() : locateJsonPointers(jsonText, wanted)
    const located = new Map<string, SourceLocation>()
    for (const [pointer, tokens] of wanted) {
      const position = inText.get(pointer)
      located.set(
        pointer,
        position ? { file: spec.file, pointer, ...position } : { ...spec.locate(tokens), pointer }
      )
    }
    return located
  }
}

/** The spec's locator for many pointers; a JSON OpenAPI source is read again once, for the one scan. */
export async function sourceLocator(
  spec: Pick<LoadedSpec, 'file' | 'locate' | 'format' | 'sourceVersion'>,
  reader: SpecReader
): Promise<(pointers: readonly string[]) => Map<string, SourceLocation>> {
  const scannable = spec.format === 'json' && spec.sourceVersion.startsWith('3')
  const text = scannable
    ? await reader
        .readFile(spec.file)
        .then(bytes => decodeSpecText(bytes, spec.file))
        .catch(() => undefined)
    : undefined
  return pointerLocator(spec, text)
}
