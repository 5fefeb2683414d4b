/**
 * Turns a slice into file content: pretty JSON, or YAML (serialize-yaml.ts). A run picks its serializer
 * once; the YAML one and js-yaml under it are loaded only when a run writes YAML.
 */
import type { JsonObject } from '../json-value.js'
import type { NumberLiterals } from '../load/number-literals.js'
import { JSON_NUMBER, withLiterals } from './number-literals.js'

export type OutputFormat = 'yaml' | 'json'

export type Serializer = (document: JsonObject) => string

/** @param literals numbers to write as the source wrote them (see load/number-literals.ts). */
export function serializeJson(document: JsonObject, literals?: NumberLiterals): string {
  const text = literals?.size
    ? withLiterals(literals, JSON_NUMBER, replacer => JSON.stringify(document, replacer, 2))
    : undefined
  return (text ?? JSON.stringify(document, null, 2)) + '\n'
}

/** @param literals numbers to write as the source wrote them: the loaded spec's `numberLiterals`. */
export async function serializerFor(format: OutputFormat, literals?: NumberLiterals): Promise<Serializer> {
  if (format === 'json') return literals?.size ? document => serializeJson(document, literals) : serializeJson
  const { serializeYaml, yamlSerializer } = await import('./serialize-yaml.js')
  return literals?.size ? yamlSerializer(literals) : serializeYaml
}

export function extensionFor(format: OutputFormat): string {
  return format === 'json' ? '.json' : '.yaml'
}
