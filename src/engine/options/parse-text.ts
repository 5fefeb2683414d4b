/** One parser each for the text of a list, a boolean and a number, shared by every front end. */

/** Newline- or comma-separated values, trimmed, without empties. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map(item => item.trim())
    .filter(Boolean)
}

/** true/yes/on/1 or false/no/off/0, any case; undefined for anything else. */
export function parseBoolean(text: string): boolean | undefined {
  const value = text.trim().toLowerCase()
  if (['true', 'yes', 'on', '1'].includes(value)) return true
  if (['false', 'no', 'off', '0'].includes(value)) return false
  return undefined
}

/** A finite number; undefined for empty text or anything that is not one. */
export function parseNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined
  const parsed = Number(text)
  return Number.isFinite(parsed) ? parsed : undefined
}
