/**
 * Turns a slice into file content: pretty JSON, or YAML (serialize-yaml.ts). A run picks its serializer
 * once; the YAML one and js-yaml under it are loaded only when a run writes YAML.
 */
import type { JsonObject } from '../json-value.js'
import type { OutputFormat } from '../request.js'

export type Serializer = (document: JsonObject) => string

export function serializeJson(document: JsonObject): string {
  return JSON.stringify(document, null, 2) + '\n'
}

export async function serializerFor(format: OutputFormat): Promise<Serializer> {
  return format === 'json' ? serializeJson : (await import('./serialize-yaml.js')).serializeYaml
}

export function extensionFor(format: OutputFormat): string {
  return format === 'json' ? '.json' : '.yaml'
}
