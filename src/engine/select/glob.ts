/**
 * Path globs, matched in time linear in the path: `*` is any run within one segment, `**` any run across
 * segments (`/a/**` also matches `/a`), `?` one character within a segment; anything else is literal.
 * A backtracking regex took exponential time on `/**` repeated against a deep path, so the glob is
 * run as a set of positions advanced one character at a time (a Thompson simulation), never backtracking.
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
  const tokens = tokenize(glob)
  return { test: path => matches(tokens, path) }
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

const isLineBreak = (ch: string) => ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029'

/** Positions in `tokens` still alive after each character; every move goes forward or stays. */
function matches(tokens: readonly Token[], path: string): boolean {
  const end = tokens.length
  let alive = new Uint8Array(end + 1)
  let next = new Uint8Array(end + 1)
  alive[0] = 1
  close(tokens, alive)
  for (let c = 0; c < path.length; c++) {
    const ch = path[c]
    next.fill(0)
    let any = false
    for (let i = 0; i < end; i++) {
      if (!alive[i]) continue
      const { step, char } = tokens[i]
      let to = -1
      if (step === 'literal') to = ch === char ? i + 1 : -1
      else if (step === 'one') to = ch !== '/' ? i + 1 : -1
      else if (step === 'segment') to = ch !== '/' ? i : -1
      else if (step === 'any') to = isLineBreak(ch) ? -1 : i
      else to = ch === '/' ? i + 1 : -1
      if (to >= 0) {
        next[to] = 1
        any = true
      }
    }
    if (!any) return false
    close(tokens, next)
    const done = alive
    alive = next
    next = done
  }
  return alive[end] === 1
}

/** Adds the positions reachable without a character: past `*`, `**`, and past a whole `/**`. */
function close(tokens: readonly Token[], alive: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!alive[i]) continue
    const { step } = tokens[i]
    if (step === 'segment' || step === 'any') alive[i + 1] = 1
    else if (step === 'slash-then-any') alive[i + 2] = 1
  }
}
