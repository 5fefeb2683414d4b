/** Turns a slice into file content: pretty JSON, or YAML with no anchors (slices share subtrees). */
import { stringify } from 'yaml'
import type { JsonObject } from '../json-value.js'
import type { OutputFormat } from '../request.js'

export function serializeSlice(document: JsonObject, format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(document, null, 2) + '\n'
  return stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 })
}

export function extensionFor(format: OutputFormat): string {
  return format === 'json' ? '.json' : '.yaml'
}
