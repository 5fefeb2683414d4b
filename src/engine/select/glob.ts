/**
 * Path globs, matched in time linear in the path: `*` is any run within one segment, `**` any run across
 * segments (`/a/**` also matches `/a`), `?` one character within a segment; anything else is literal.
 * A backtracking regex took exponential time on `/**` repeated against a deep path, so the glob is
 * run as a set of positions advanced one character at a time, never backtracking, and the sets met are
 * remembered as the states of a deterministic automaton built as paths need them.
 */

/**
 * - `literal`: one given character;
 * - `one`: one character that is not `/` (`?`);
 * - `segment`: any run of characters that are not `/` (`*`);
 * - `any`: any run of characters (`**`), line breaks aside as a regex's `.` does;
 * - `slash-then-any`: `/**` at a segment's end: nothing at all, or `/` and then the `any` after it.
 */
type Step = 'literal' | 'one' | 'segment' | 'any' | 'slash-then-any'

interface Token {
  step: Step
  char?: string
}

export interface GlobMatcher {
  test(path: string): boolean
}

export function compileGlob(glob: string): GlobMatcher {
  return new GlobAutomaton(tokenize(glob))
}

function tokenize(glob: string): Token[] {
  const tokens: Token[] = []
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]
    if (ch === '*' && glob[i + 1] === '*') {
      i++
      const last = tokens[tokens.length - 1]
      const endsSegment = i + 1 === glob.length || glob[i + 1] === '/'
      if (last?.step === 'literal' && last.char === '/' && endsSegment) {
        tokens[tokens.length - 1] = { step: 'slash-then-any' }
        tokens.push({ step: 'any' })
        if (glob[i + 1] === '/') i++
      } else {
        tokens.push({ step: 'any' })
      }
    } else if (ch === '*') {
      tokens.push({ step: 'segment' })
    } else if (ch === '?') {
      tokens.push({ step: 'one' })
    } else {
      tokens.push({ step: 'literal', char: ch })
    }
  }
  return tokens
}

const isLineBreak = (code: number) => code === 10 || code === 13 || code === 0x2028 || code === 0x2029

/** The positions alive after reading `ch` from the positions `alive`, closed; undefined when none are. */
function step(tokens: readonly Token[], alive: Uint8Array, ch: string): Uint8Array | undefined {
  const next = new Uint8Array(tokens.length + 1)
  let any = false
  for (let i = 0; i < tokens.length; i++) {
    if (!alive[i]) continue
    const { step, char } = tokens[i]
    let to = -1
    if (step === 'literal') to = ch === char ? i + 1 : -1
    else if (step === 'one') to = ch !== '/' ? i + 1 : -1
    else if (step === 'segment') to = ch !== '/' ? i : -1
    else if (step === 'any') to = isLineBreak(ch.charCodeAt(0)) ? -1 : i
    else to = ch === '/' ? i + 1 : -1
    if (to >= 0) {
      next[to] = 1
      any = true
    }
  }
  return any ? close(tokens, next) : undefined
}

/** Adds the positions reachable without a character: past `*`, `**`, and past a whole `/**`. */
function close(tokens: readonly Token[], alive: Uint8Array): Uint8Array {
  for (let i = 0; i < tokens.length; i++) {
    if (!alive[i]) continue
    const { step } = tokens[i]
    if (step === 'segment' || step === 'any') alive[i + 1] = 1
    else if (step === 'slash-then-any') alive[i + 2] = 1
  }
  return alive
}

const UNKNOWN = -2
const DEAD = -1
/** Past this many sets of positions, a match goes on by sets instead of by remembered moves. */
const MAX_STATES = 1024

/**
 * The sets of positions, numbered as they are first met, with their moves remembered per kind of
 * character (each literal of the glob, `/`, a line break, anything else): after a few paths, matching
 * is one table look-up per character. Each move is worked out once, from the tokens.
 */
class GlobAutomaton implements GlobMatcher {
  private readonly classOf = new Map<number, number>()
  private readonly asciiClass = new Int32Array(128)
  private readonly samples: string[] = []
  private readonly lineBreakClass: number
  private readonly otherClass: number
  private readonly sets: Uint8Array[] = []
  private readonly ids = new Map<string, number>()
  private readonly moves: Int32Array[] = []
  private readonly accepting: boolean[] = []
  private readonly start: number

  constructor(private readonly tokens: readonly Token[]) {
    for (const ch of ['/', ...tokens.map(token => token.char ?? '/')]) {
      if (this.classOf.has(ch.charCodeAt(0))) continue
      this.classOf.set(ch.charCodeAt(0), this.samples.length)
      this.samples.push(ch)
    }
    this.lineBreakClass = this.samples.length
    this.samples.push(
      ['\n', '\r', '\u2028', '\u2029'].find(ch => !this.classOf.has(ch.charCodeAt(0))) ?? '\n'
    )
    this.otherClass = this.samples.length
    let other = 1
    while (this.classOf.has(other) || other === 47 || isLineBreak(other)) other++
    this.samples.push(String.fromCharCode(other))
    for (let code = 0; code < 128; code++) this.asciiClass[code] = this.kindOf(code)
    const first = new Uint8Array(tokens.length + 1)
    first[0] = 1
    this.start = this.stateOf(close(tokens, first))
  }

  test(path: string): boolean {
    let state = this.start
    for (let i = 0; i < path.length; i++) {
      const code = path.charCodeAt(i)
      const kind = code < 128 ? this.asciiClass[code] : this.kindOf(code)
      let to = this.moves[state][kind]
      if (to === UNKNOWN) to = this.move(state, kind)
      if (to === DEAD) return false
      if (to === UNKNOWN) return this.matchBySets(this.sets[state], path, i)
      state = to
    }
    return this.accepting[state]
  }

  private kindOf(code: number): number {
    return this.classOf.get(code) ?? (isLineBreak(code) ? this.lineBreakClass : this.otherClass)
  }

  /** The state after a character of `kind`; UNKNOWN when there are too many states to remember it. */
  private move(state: number, kind: number): number {
    const next = step(this.tokens, this.sets[state], this.samples[kind])
    if (!next) return (this.moves[state][kind] = DEAD)
    const to = this.stateOf(next)
    if (to !== UNKNOWN) this.moves[state][kind] = to
    return to
  }

  private stateOf(set: Uint8Array): number {
    const key = set.join('')
    const known = this.ids.get(key)
    if (known !== undefined) return known
    if (this.sets.length >= MAX_STATES) return UNKNOWN
    this.ids.set(key, this.sets.length)
    this.sets.push(set)
    this.moves.push(new Int32Array(this.samples.length).fill(UNKNOWN))
    this.accepting.push(set[this.tokens.length] === 1)
    return this.sets.length - 1
  }

  /** The rest of the path from position `from`, one set of positions per character. */
  private matchBySets(alive: Uint8Array, path: string, from: number): boolean {
    let set: Uint8Array | undefined = alive
    for (let i = from; set && i < path.length; i++) set = step(this.tokens, set, path[i])
    return set?.[this.tokens.length] === 1
  }
}
