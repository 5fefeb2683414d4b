/**
 * RFC 9535 normalized paths (`$['paths']['/pets'][0]`) read back into keys, so an overlay action can
 * reach the parent of each node its JSONPath selects.
 */
const ESCAPES: Record<string, string> = {
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  "'": "'",
  '\\': '\\',
  '/': '/'
}

export function parseNormalizedPath(text: string): (string | number)[] {
  const keys: (string | number)[] = []
  let at = 1
  while (at < text.length) {
    if (text[at + 1] === "'") {
      let key = ''
      at += 2
      while (text[at] !== "'") {
        if (text[at] === '\\') {
          const next = text[at + 1]
          if (next === 'u') {
            key += String.fromCharCode(parseInt(text.slice(at + 2, at + 6), 16))
            at += 6
          } else {
            key += ESCAPES[next] ?? next
            at += 2
          }
        } else key += text[at++]
      }
      keys.push(key)
      at += 2
    } else {
      const end = text.indexOf(']', at)
      keys.push(Number(text.slice(at + 1, end)))
      at = end + 1
    }
  }
  return keys
}
