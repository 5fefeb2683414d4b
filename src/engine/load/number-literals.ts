/**
 * Numbers a JavaScript number cannot hold as written: integers past 2^53, more significant digits than a
 * double keeps, exponents out of its range, and -0 (which JSON writes as 0). Each is reported as a
 * warning, and its source text is kept by value so that the serializers can write the digits as written.
 */
import type { Finding } from '../findings.js'
import type { TextPosition } from './text-position.js'

/** Source literals by `numberKey` of the value read; only values that one literal alone gives. */
export type NumberLiterals = ReadonlyMap<string, string>

/** The key of a value in NumberLiterals: -0 apart from 0, which a Map alone does not keep apart. */
export function numberKey(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value)
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/

/** Sign, significant digits and exponent of a decimal literal; undefined for any other form. */
function decimal(text: string): { sign: string; digits: string; exponent: number } | undefined {
  const match = DECIMAL.exec(text)
  if (!match || (match[2] === '' && !match[3])) return undefined
  const fraction = match[3] ?? ''
  let digits = (match[2] + fraction).replace(/^0+/, '')
  let exponent = Number(match[4] ?? 0) - fraction.length
  const trimmed = digits.replace(/0+$/, '')
  exponent += digits.length - trimmed.length
  digits = trimmed
  return {
    sign: match[1] === '-' && digits !== '' ? '-' : '',
    digits,
    exponent: digits === '' ? 0 : exponent
  }
}

/** Whether a literal read as `value` would be written back with another value (or as 0 for -0). */
export function isLossyNumber(source: string, value: number): boolean {
  // -0 is written as 0 in JSON; a reader may also have dropped the sign already.
  if (value === 0 && (Object.is(value, -0) || source.startsWith('-'))) return true
  // Up to 15 significant digits and no exponent always survive the round trip.
  if (source.length <= 15 && !/[eE]/.test(source)) return false
  if (!Number.isFinite(value)) return /\d/.test(source)
  if (/^[+-]?0[xo]/i.test(source)) return Number.isInteger(value) && !Number.isSafeInteger(value)
  const read = decimal(source)
  const written = decimal(String(value))
  if (!read || !written) return false
  return read.sign !== written.sign || read.digits !== written.digits || read.exponent !== written.exponent
}

/** Collects lossy literals while a parser meets numbers, then gives the warnings and the table. */
export class NumberLiteralLog {
  /** By value: its one literal (and whether that is lossy), or null when several literals give it. */
  private readonly byKey = new Map<string, { source: string; lossy: boolean } | null>()
  readonly notes: Finding[] = []

  constructor(private readonly file: string) {}

  /** Every number met goes through here; only long literals, exponents and -0 can be lossy. */
  meet(source: string, value: number, pointer: () => string, position: () => TextPosition | undefined): void {
    if (source.length <= 15 && !/[eE]/.test(source) && !(value === 0 && source.startsWith('-'))) return
    const lossy = isLossyNumber(source, value)
    const key = numberKey(value)
    const known = this.byKey.get(key)
    // Two literals giving one value cannot both be written back from it.
    this.byKey.set(key, known === undefined ? { source, lossy } : known?.source === source ? known : null)
    if (!lossy) return
    const at = pointer()
    this.notes.push({
      code: 'SPEC_NUMBER_PRECISION',
      severity: 'warning',
      message: `The number ${source} at ${at || '/'} cannot be held exactly as a JavaScript number; it is read as ${written(value)}.`,
      pointer: at,
      location: { file: this.file, pointer: at, ...position() }
    })
  }

  /** Literals to write back; not for 0 or infinities, which other literals give too. */
  get literals(): NumberLiterals {
    const table = new Map<string, string>()
    for (const [key, entry] of this.byKey)
      if (entry?.lossy && key !== '0' && Number.isFinite(Number(key))) table.set(key, entry.source)
    return table
  }
}

/** One table for several files' literals; a value two files write differently is written as read. */
export function mergeNumberLiterals(tables: readonly NumberLiterals[]): NumberLiterals {
  const merged = new Map<string, string | null>()
  for (const table of tables)
    for (const [key, source] of table) {
      const known = merged.get(key)
      merged.set(key, known === undefined || known === source ? source : null)
    }
  const table = new Map<string, string>()
  for (const [key, source] of merged) if (source !== null) table.set(key, source)
  return table
}

function written(value: number): string {
  return Object.is(value, -0)
    ? '-0 (written as 0 in JSON)'
    : Number.isFinite(value)
      ? String(value)
      : `${value} (written as null in JSON)`
}
