/** What a comparison finds before it is tied to an operation, and the places it walks. */
import { isObject, type JsonObject } from '../../json-value.js'
import { formatPointer, getAt, parsePointer } from '../../pointer.js'

/** One difference: its rule, its sentence, its root cause, and the changed node in each document. */
export interface Found {
  rule: string
  message: string
  cause: string
  base?: string
  head?: string
}

/**
 * A node of one document: where it really is (`pointer`, for annotations) and the stable name of that place
 * (`cause`): the same as the pointer, except that a shared component's nodes are named from the component
 * and named list members (parameters) by name rather than position.
 */
export interface Located {
  node: unknown
  pointer: string
  cause: string
}

/** A member of a located node; its names are only spelled out when a difference is reported. */
class Member implements Located {
  #pointer: string | undefined
  #cause: string | undefined
  constructor(
    readonly node: unknown,
    private readonly parent: Located,
    private readonly token: string
  ) {}

  get pointer(): string {
    return (this.#pointer ??= this.parent.pointer + formatPointer([this.token]).slice(1))
  }

  get cause(): string {
    return (this.#cause ??= this.parent.cause + formatPointer([this.token]).slice(1))
  }
}

export function child(at: Located, token: string, node?: unknown): Located {
  return new Member(node ?? (isObject(at.node) ? at.node[token] : undefined), at, token)
}

/** The same node under another stable name. */
export function renamed(at: Located, cause: () => string): Located {
  return {
    node: at.node,
    get pointer() {
      return at.pointer
    },
    get cause() {
      return cause()
    }
  }
}

export function pointerChild(pointer: string, ...tokens: string[]): string {
  return pointer + formatPointer(tokens).slice(1)
}

export function root(doc: JsonObject, tokens: readonly string[]): Located {
  const pointer = formatPointer(tokens)
  return { node: getAt(doc, tokens), pointer, cause: pointer }
}

/**
 * Follows a chain of local refs; the node is then named after its target, which makes a change inside a
 * shared component one cause for every operation that uses it. Undefined when the chain dangles or loops.
 */
export function resolve(doc: JsonObject, at: Located): Located | undefined {
  let current = at
  for (let hops = 0; hops < 64; hops++) {
    const ref = isObject(current.node) ? current.node.$ref : undefined
    if (typeof ref !== 'string') return current
    const tokens = ref.startsWith('#') ? parsePointer(ref) : undefined
    const node = tokens ? getAt(doc, tokens) : undefined
    if (node === undefined || !tokens) return undefined
    const pointer = formatPointer(tokens)
    current = { node, pointer, cause: pointer }
  }
  return undefined
}

/**
 * A difference at a pair of nodes; the cause is the head's place when there is one. A side whose node
 * does not exist there (a root `security` a document never had) gets no pointer.
 */
export function foundAt(rule: string, what: string, base?: Located, head?: Located): Found {
  const cause = (head ?? base)!.cause
  return {
    rule,
    message: message(cause, what),
    cause,
    base: base && base.node !== undefined ? base.pointer : undefined,
    head: head && head.node !== undefined ? head.pointer : undefined
  }
}

export function message(cause: string, what: string): string {
  return `\`${cause}\`: ${what}.`
}

/** A value for a message, in a code span: a string as it is (quoted when empty), anything else as JSON. */
export function show(value: unknown): string {
  const text = typeof value === 'string' && value !== '' ? value : (JSON.stringify(value) ?? String(value))
  const short = text.length > 60 ? text.slice(0, 57) + '…' : text
  return '`' + short.replace(/`/g, "'") + '`'
}
