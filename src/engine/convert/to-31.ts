/**
 * OpenAPI 3.0 → 3.1 for Schema Objects. Every change is recorded as a finding with its pointer; nothing
 * is dropped silently.
 */
import type { FindingCode } from '../finding-codes.js'
import type { Finding } from '../findings.js'
import { setOwn, type JsonObject, type JsonValue } from '../json-value.js'
import type { Moves } from './follow-moves.js'

export interface To31Options {
  /** The schema's pointer; it is made only when something is recorded there. */
  at: () => string
  notes: Finding[]
  /**
   * The schema describes (part of) a request body, where 3.1 says binary and base64 strings with
   * contentMediaType and contentEncoding instead of format.
   */
  inRequestBody?: boolean
  /** Pointers of the schemas whose `example` a `$ref` points into: those keep it. */
  examplesReferenced?: ReadonlySet<string>
  /** Records what moved inside the schema, so refs into it can follow. */
  moves?: Moves
  /**
   * The document declares the draft-04 dialect, where exclusive bounds are booleans beside
   * minimum/maximum, as in 3.0: they are kept as they are.
   */
  draft04?: boolean
}

export function schemaTo31(schema: JsonObject, options: To31Options): JsonObject {
  const { at, notes } = options
  let out: JsonObject = schema
  const edit = () => (out === schema ? (out = { ...schema }) : out)
  const note = (code: FindingCode, message: string, severity: 'info' | 'warning' = 'info') =>
    notes.push({ code, severity, pointer: at(), message })

  for (const [bound, limit] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum']
  ] as const) {
    if (typeof schema[bound] !== 'boolean') continue
    if (options.draft04) {
      note(
        'CONVERT_DIALECT_KEPT',
        `${bound}: ${String(schema[bound])} at ${at()} was kept as it is: the document declares the draft-04 dialect, where exclusive bounds are booleans.`
      )
      continue
    }
    const target = edit()
    if (schema[bound] === true && typeof schema[limit] === 'number') {
      const rebuilt: JsonObject = {}
      for (const key of Object.keys(target)) {
        if (key === limit) continue
        setOwn(rebuilt, key, key === bound ? (schema[limit] as number) : target[key])
      }
      out = rebuilt
      note(
        'CONVERT_EXCLUSIVE_BOUND',
        `${limit}: ${String(schema[limit])} with ${bound}: true at ${at()} became ${bound}: ${String(schema[limit])}.`
      )
    } else {
      delete target[bound]
      if (schema[bound] === true)
        note(
          'CONVERT_EXCLUSIVE_WITHOUT_BOUND',
          `${bound}: true at ${at()} had no ${limit}; it was dropped.`,
          'warning'
        )
      else
        note(
          'CONVERT_EXCLUSIVE_BOUND',
          `${bound}: false at ${at()} was dropped: bounds are inclusive unless said otherwise.`
        )
    }
  }

  if (
    options.inRequestBody &&
    schema.type === 'string' &&
    (schema.format === 'binary' || schema.format === 'byte')
  ) {
    const target = edit()
    const rebuilt: JsonObject = {}
    for (const key of Object.keys(target)) {
      if (key !== 'format') setOwn(rebuilt, key, target[key])
      else if (schema.format === 'binary') rebuilt.contentMediaType = 'application/octet-stream'
      else rebuilt.contentEncoding = 'base64'
    }
    out = rebuilt
    note(
      'CONVERT_CONTENT_FORMAT',
      schema.format === 'binary'
        ? `format: binary in the request body at ${at()} became contentMediaType: application/octet-stream.`
        : `format: byte in the request body at ${at()} became contentEncoding: base64.`
    )
  }

  if (typeof schema.$ref === 'string' && Object.keys(schema).length > 1) {
    note(
      'CONVERT_REF_SIBLINGS',
      `The fields beside the $ref at ${at()}, which OpenAPI 3.0 ignores, apply in 3.1; they were kept.`
    )
  }

  if ('example' in schema) exampleTo31(edit, options, replaced => (out = replaced))
  // Last: without a type, the schema so far becomes the first alternative of an anyOf.
  if ('nullable' in schema) nullableTo31(edit(), options, replaced => (out = replaced))
  return out
}

/** `target` is the schema's copy, changed in place; `replace` swaps in a new object instead. */
function nullableTo31(
  target: JsonObject,
  { at, notes, moves }: To31Options,
  replace: (out: JsonObject) => void
): void {
  const note = (code: FindingCode, message: string) =>
    notes.push({ code, severity: 'info', pointer: at(), message })
  const nullable = target.nullable
  delete target.nullable
  if (nullable !== true) {
    note(
      'CONVERT_NULLABLE',
      `nullable: ${JSON.stringify(nullable)} at ${at()} was dropped: it is the default.`
    )
    return
  }
  if (typeof target.type === 'string') {
    const type = target.type
    target.type = [type, 'null']
    const enumGrows = Array.isArray(target.enum) && !target.enum.includes(null)
    if (enumGrows) target.enum = [...(target.enum as JsonValue[]), null]
    note(
      'CONVERT_NULLABLE',
      `nullable: true at ${at()} became type: [${type}, null]${enumGrows ? ', and null joined its enum' : ''}.`
    )
  } else if (Array.isArray(target.type)) {
    if (!target.type.includes('null')) target.type = [...target.type, 'null']
    note('CONVERT_NULLABLE', `nullable: true at ${at()} became "null" in its type array.`)
  } else {
    // Without a type, null is only allowed as an explicit alternative.
    const { description, ...rest } = target
    replace({ ...(description !== undefined ? { description } : {}), anyOf: [rest, { type: 'null' }] })
    for (const key of Object.keys(rest)) moves?.add(at(), [key], ['anyOf', '0', key])
    note(
      'CONVERT_NULLABLE_WITHOUT_TYPE',
      `nullable at ${at()} had no type; it became anyOf with {type: null}.`
    )
  }
}

function exampleTo31(
  edit: () => JsonObject,
  { at, notes, examplesReferenced }: To31Options,
  replace: (out: JsonObject) => void
): void {
  const note = (code: FindingCode, message: string) =>
    notes.push({ code, severity: 'info', pointer: at(), message })
  if (examplesReferenced?.has(at())) {
    // 3.1 still allows `example` (deprecated): where a ref points into it, renaming it would leave
    // that ref pointing nowhere, so it stays.
    note(
      'CONVERT_EXAMPLE_KEPT',
      `The schema at ${at()} keeps \`example\` (deprecated in 3.1, still valid) rather than \`examples\`: a $ref points into it.`
    )
    return
  }
  const target = edit()
  const rebuilt: JsonObject = {}
  for (const key of Object.keys(target)) {
    if (key === 'example') {
      if (!('examples' in target)) rebuilt.examples = [target.example as JsonValue]
    } else setOwn(rebuilt, key, target[key])
  }
  replace(rebuilt)
  note(
    'CONVERT_EXAMPLE',
    'examples' in target
      ? `The example at ${at()} was dropped: the schema already has examples.`
      : `The example at ${at()} became examples, a list of one.`
  )
}
