/**
 * YAML slices, emitted with js-yaml's dump: much faster than the `yaml` package's stringify on real
 * slices (docs/performance.md); a corpus test proves every slice parses back through `yaml` to exactly
 * the data sliced. `noRefs` because slices share subtrees, which must not become anchors.
 *
 * Slices of one document share most of their bytes: the same components appear in slice after slice.
 * Each shared component is therefore dumped once and its text reused, indented under `components`. With
 * no line folding (`lineWidth: -1`) a block mapping's text does not depend on its depth, so the result is
 * byte for byte what one dump of the whole slice gives; a test holds the two equal over the corpora.
 */
import jsYaml from 'js-yaml'
import { isObject, type JsonObject } from '../json-value.js'
import type { NumberLiterals } from '../load/number-literals.js'
import { withLiterals, YAML_NUMBER } from './number-literals.js'

const DUMP_OPTIONS: jsYaml.DumpOptions = { noRefs: true, lineWidth: -1 }

type Dump = (value: unknown) => string

export function dumpYaml(value: unknown): string {
  return jsYaml.dump(value, DUMP_OPTIONS)
}

export const serializeYaml = yamlSerializerWith(dumpYaml)

/** A YAML serializer that writes these numbers as the source wrote them (see load/number-literals.ts). */
export function yamlSerializer(literals: NumberLiterals): (document: JsonObject) => string {
  return yamlSerializerWith(
    value =>
      withLiterals(literals, YAML_NUMBER, replacer => jsYaml.dump(value, { ...DUMP_OPTIONS, replacer })) ??
      dumpYaml(value)
  )
}

/** Each serializer keeps its own component texts, since the literals it writes are part of them. */
function yamlSerializerWith(dump: Dump): (document: JsonObject) => string {
  /** Component text by value object, then by name: only objects shared with the source are reused. */
  const componentText = new WeakMap<object, Map<string, string>>()
  return document => {
    if (!isObject(document.components)) return dump(document)
    let text = ''
    for (const [key, value] of Object.entries(document)) {
      text +=
        key === 'components'
          ? dumpComponents(value as JsonObject, dump, componentText)
          : dump({ [key]: value })
    }
    return text
  }
}

function dumpComponents(
  components: JsonObject,
  dump: Dump,
  componentText: WeakMap<object, Map<string, string>>
): string {
  const sections = Object.entries(components)
  if (sections.length === 0) return dump({ components })
  let text = 'components:\n'
  for (const [section, entries] of sections) {
    if (!isObject(entries) || Object.keys(entries).length === 0) {
      text += indent(dump({ [section]: entries }), '  ')
      continue
    }
    text += indent(dump({ [section]: {} }).replace(/ \{\}\n$/, '\n'), '  ')
    for (const [name, value] of Object.entries(entries)) text += component(name, value, dump, componentText)
  }
  return text
}

function component(
  name: string,
  value: unknown,
  dump: Dump,
  componentText: WeakMap<object, Map<string, string>>
): string {
  if (typeof value !== 'object' || value === null) return indent(dump({ [name]: value }), '    ')
  let byName = componentText.get(value)
  if (!byName) componentText.set(value, (byName = new Map()))
  let text = byName.get(name)
  if (text === undefined) byName.set(name, (text = indent(dump({ [name]: value }), '    ')))
  return text
}

/** Indents every non-empty line (an empty line inside a literal block stays empty, as dump writes it). */
function indent(text: string, by: string): string {
  return text.replace(/^(?=.)/gm, by)
}
