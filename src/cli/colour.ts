/**
 * Colour on a terminal, as the common conventions say (no-color.org, FORCE_COLOR): FORCE_COLOR set
 * decides (`0` or `false` is off, anything else on); otherwise NO_COLOR with any non-empty value is off;
 * otherwise colour when the stream is a terminal other than TERM=dumb.
 * A table of its own rather than node:util's styleText: from Node 20.18 that checks the stream it is given
 * (process.stdout by default) and the environment itself, which the CLI's injected streams cannot answer.
 */

export interface ColourStream {
  isTTY?: boolean
}

export function colourEnabled(stream: ColourStream, env: Record<string, string | undefined>): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false'
  if (env.NO_COLOR) return false
  return Boolean(stream.isTTY) && env.TERM !== 'dumb'
}

const CODES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39]
} as const

export type Style = keyof typeof CODES

/** Paints text in a style, or leaves it as it is when colour is off. */
export type Paint = (style: Style, text: string) => string

export function painter(enabled: boolean): Paint {
  if (!enabled) return (_style, text) => text
  return (style, text) => `\x1b[${CODES[style][0]}m${text}\x1b[${CODES[style][1]}m`
}
