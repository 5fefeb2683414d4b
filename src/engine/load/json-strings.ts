/** The scans of JSON text (keys, positions, numbers) skip strings the same way. */

/**
 * Where the string opened at `open` closes: the first quote not after an odd run of backslashes. JSON
 * strings hold no raw line breaks, so a scan that skips them still counts lines right.
 */
export function closingQuote(text: string, open: number): number {
  let j = open
  for (;;) {
    j = text.indexOf('"', j + 1)
    if (j < 0) return text.length
    let backslashes = 0
    while (text.charCodeAt(j - 1 - backslashes) === 92 /* \ */) backslashes++
    if (backslashes % 2 === 0) return j
  }
}
