/**
 * What a YAML document holds that is not read as written: tags outside the core schema (`!include`,
 * `!Ref`, `!!binary`), whose values are kept without the tag, and numbers a double cannot hold.
 */
import { isNode, isPair, isScalar, isSeq, visit, type Document } from 'yaml'
import type { Finding } from '../findings.js'
import { escapeToken } from '../pointer.js'
import { NumberLiteralLog, type NumberLiterals } from './number-literals.js'
import type { TextPosition } from './text-position.js'

const CORE = 'tag:yaml.org,2002:'
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map(name => CORE + name))

export function yamlNotes(
  document: Document,
  file: string,
  positionAt: (offset: number) => TextPosition
): { notes: Finding[]; numberLiterals: NumberLiterals } {
  const log = new NumberLiteralLog(file)
  const tags: Finding[] = []
  visit(document, (_key, node, path) => {
    if (!isNode(node)) return
    const position = () => (node.range ? positionAt(node.range[0]) : undefined)
    if (node.tag && !CORE_TAGS.has(node.tag)) {
      const tag = node.tag.startsWith(CORE) ? `!!${node.tag.slice(CORE.length)}` : node.tag
      const at = pointerOf(path, node)
      tags.push({
        code: 'SPEC_YAML_TAG',
        severity: 'warning',
        message: `The YAML tag ${tag} at ${at || '/'} is not one slice-oas reads; the value is kept as written, without the tag.`,
        pointer: at,
        location: { file, pointer: at, ...position() }
      })
    }
    if (isScalar(node) && typeof node.value === 'number' && node.source !== undefined)
      log.meet(node.source, node.value, () => pointerOf(path, node), position)
  })
  return { notes: [...tags, ...log.notes], numberLiterals: log.literals }
}

/** The JSON pointer of a node from the ancestors `visit` gives. */
function pointerOf(path: readonly unknown[], node: unknown): string {
  const chain = [...path.slice(1), node]
  let pointer = ''
  for (let i = 0; i < chain.length - 1; i++) {
    const parent = chain[i]
    const child = chain[i + 1]
    if (isPair(parent) && child === parent.value)
      pointer += '/' + escapeToken(String(isScalar(parent.key) ? parent.key.value : parent.key))
    else if (isSeq(parent)) pointer += '/' + String(parent.items.indexOf(child as never))
  }
  return pointer
}
