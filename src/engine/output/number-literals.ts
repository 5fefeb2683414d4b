/**
 * Writes numbers as the source wrote them where a double does not hold them (see
 * load/number-literals.ts): the serializer's replacer puts a mark in place of each such number, and the
 * marks in the text are then replaced by the literals. A document whose own text holds the mark
 * character is written without literals rather than risk replacing its text.
 */
import { numberKey, type NumberLiterals } from '../load/number-literals.js'

const MARK = '\uE000'
const MARKED = /(["']?)\uE000(\d+)\uE000\1/g

/** JSON's number grammar, for literals read from YAML that JSON cannot hold as they are. */
export const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/
/** YAML 1.2 core numbers: what a reader of a YAML slice reads back as a number. */
export const YAML_NUMBER = /^[-+]?(\.\d+|\d+(\.\d*)?)([eE][-+]?\d+)?$|^0o[0-7]+$|^0x[0-9a-fA-F]+$/

/**
 * Serializes with the literals put back. `write` is given a replacer to pass to its serializer; the
 * text it gives back has every marked number written as its literal.
 */
export function withLiterals(
  literals: NumberLiterals,
  grammar: RegExp,
  write: (replacer: (key: string, value: unknown) => unknown) => string
): string | undefined {
  const marked: string[] = []
  let clash = false
  const text = write((_key, value) => {
    if (typeof value === 'number') {
      const source = literals.get(numberKey(value))
      if (source === undefined || !grammar.test(source)) return value
      marked.push(source)
      return `${MARK}${marked.length - 1}${MARK}`
    }
    if (typeof value === 'string') clash ||= value.includes(MARK)
    else if (typeof value === 'object' && value !== null && !Array.isArray(value))
      for (const key in value) clash ||= key.includes(MARK)
    return value
  })
  if (clash) return undefined
  return marked.length === 0
    ? text
    : text.replace(MARKED, (_, _quote, index: string) => marked[Number(index)])
}
