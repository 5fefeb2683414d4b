/**
 * OpenAPI 3.1 → 3.0 for Schema Objects. What 3.0 can say is rewritten into its form; what it cannot
 * (`prefixItems`, `if/then/else`, `unevaluatedProperties`, …) becomes the closest valid form, and every
 * change or loss is recorded as a finding with its pointer.
 */
import type { FindingCode } from '../finding-codes.js'
import type { Finding } from '../findings.js'
import { hasOwn, isObject, type JsonObject, type JsonValue } from '../json-value.js'
import type { Moves } from './follow-moves.js'

export interface To30Options {
  /** The schema's pointer; it is made only when something is recorded there. */
  at: () => string
  notes: Finding[]
  /** Records what moved inside the schema, so refs into it can follow. */
  moves?: Moves
  /** The document declares the draft-04 dialect, whose boolean exclusive bounds mean what 3.0's do. */
  draft04?: boolean
}

/** Keywords 3.0 has no place for, and what is lost when they go. */
const DROPPED: Record<string, string> = {
  if: 'conditional subschemas (if/then/else)',
  then: 'conditional subschemas (if/then/else)',
  else: 'conditional subschemas (if/then/else)',
  dependentSchemas: 'dependentSchemas',
  dependentRequired: 'dependentRequired',
  patternProperties: 'patternProperties',
  propertyNames: 'propertyNames',
  contains: 'contains',
  minContains: 'minContains',
  maxContains: 'maxContains',
  unevaluatedItems: 'unevaluatedItems',
  contentSchema: 'contentSchema',
  $dynamicRef: '$dynamicRef',
  $dynamicAnchor: '$dynamicAnchor',
  $anchor: '$anchor',
  $id: '$id',
  $schema: '$schema',
  $vocabulary: '$vocabulary',
  $comment: '$comment'
}
const ANNOTATIONS_ONLY = new Set(['$comment', '$id', '$schema', '$anchor', '$vocabulary'])

/** Whether schemaTo30 would change the schema: most schemas need nothing, and are then not copied. */
function mayChange(schema: JsonObject): boolean {
  if (
    schema.type === 'null' ||
    Array.isArray(schema.type) ||
    'const' in schema ||
    typeof schema.exclusiveMinimum === 'number' ||
    typeof schema.exclusiveMaximum === 'number' ||
    schema.contentEncoding === 'base64' ||
    typeof schema.contentMediaType === 'string' ||
    Array.isArray(schema.examples) ||
    Array.isArray(schema.prefixItems) ||
    'unevaluatedProperties' in schema
  )
    return true
  if (Object.keys(DROPPED).some(keyword => hasOwn(schema, keyword))) return true
  return typeof schema.$ref === 'string' && Object.keys(schema).length > 1
}

/** What one rewrite step works on: the schema's copy, and how to record a change there. */
interface Step {
  out: JsonObject
  options: To30Options
  note: (code: FindingCode, message: string, severity?: 'info' | 'warning') => void
}

export function schemaTo30(schema: JsonObject, options: To30Options): JsonObject {
  const { at, notes } = options
  if (
    'nullable' in schema ||
    typeof schema.exclusiveMinimum === 'boolean' ||
    typeof schema.exclusiveMaximum === 'boolean'
  )
    keywordsThatApplyIn30(schema, options)
  if (!mayChange(schema)) return schema
  const step: Step = {
    out: { ...schema },
    options,
    note: (code, message, severity = 'info') => notes.push({ code, severity, pointer: at(), message })
  }
  typeTo30(step)
  if ('const' in step.out) {
    step.out.enum = [step.out.const as JsonValue]
    delete step.out.const
    options.moves?.add(at(), ['const'], ['enum', '0'])
    step.note('CONVERT_CONST', `const at ${at()} became an enum of one value.`)
  }
  boundsTo30(step)
  contentTo30(step)
  examplesTo30(step)
  lossesTo30(step)
  // In 3.0 everything beside a $ref is ignored: keep it by wrapping both in allOf.
  if (typeof step.out.$ref === 'string' && Object.keys(step.out).length > 1) {
    const { $ref, ...siblings } = step.out
    step.out = { allOf: [{ $ref }, siblings] }
    for (const key of Object.keys(siblings)) options.moves?.add(at(), [key], ['allOf', '1', key])
    step.note(
      'CONVERT_REF_SIBLINGS',
      `The fields beside the $ref at ${at()} went into an allOf beside it: OpenAPI 3.0 ignores fields beside a $ref.`
    )
  }
  return step.out
}

/**
 * 3.0 keywords in a 3.1 schema mean nothing there (unless the document's dialect is draft-04, for
 * exclusive bounds) and are kept as written: in 3.0 they apply.
 */
function keywordsThatApplyIn30(schema: JsonObject, { at, notes, draft04 }: To30Options): void {
  const found = ['nullable', 'exclusiveMinimum', 'exclusiveMaximum'].filter(
    keyword =>
      hasOwn(schema, keyword) &&
      (keyword === 'nullable' || (!draft04 && typeof schema[keyword] === 'boolean'))
  )
  if (found.length === 0) return
  notes.push({
    code: 'CONVERT_KEYWORD_APPLIES',
    severity: 'info',
    pointer: at(),
    message: `${found.join(' and ')} at ${at()}, which OpenAPI 3.1 ignores, ${found.length > 1 ? 'apply' : 'applies'} in 3.0; kept as written.`
  })
}

function typeTo30({ out, options: { at }, note }: Step): void {
  if (out.type === 'null') out.type = ['null']
  if (!Array.isArray(out.type)) return
  const written = JSON.stringify(out.type)
  const types = out.type.filter((t): t is string => typeof t === 'string')
  const nonNull = types.filter(t => t !== 'null')
  const nullable = types.includes('null')
  delete out.type
  if (nonNull.length === 1) out.type = nonNull[0]
  else if (nonNull.length > 1)
    out.anyOf = [...nonNull.map(type => ({ type })), ...(Array.isArray(out.anyOf) ? out.anyOf : [])]
  else if (nullable) {
    out.enum = [null]
    note(
      'CONVERT_LOSSY',
      `The type "null" alone at ${at()} became nullable with enum [null] in OpenAPI 3.0.`,
      'warning'
    )
    out.nullable = true
    return
  }
  const enumShrinks = nullable && Array.isArray(out.enum) && out.enum.length > 1 && out.enum.includes(null)
  if (nullable) out.nullable = true
  if (enumShrinks) out.enum = (out.enum as JsonValue[]).filter(value => value !== null)
  const became = nonNull.length === 1 ? `type: ${nonNull[0]}` : `an anyOf of ${nonNull.length} types`
  note(
    'CONVERT_TYPE_ARRAY',
    `type: ${written} at ${at()} became ${became}${nullable ? ' with nullable: true' : ''}${enumShrinks ? ', and null left its enum' : ''}.`
  )
}

function boundsTo30({ out, options: { at }, note }: Step): void {
  for (const [bound, limit] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum']
  ] as const) {
    const value = out[bound]
    if (typeof value !== 'number') continue
    const existing = out[limit]
    if (
      typeof existing === 'number' &&
      (bound === 'exclusiveMinimum' ? existing > value : existing < value)
    ) {
      // The inclusive bound is the stricter one: the exclusive one adds nothing.
      delete out[bound]
      note(
        'CONVERT_EXCLUSIVE_BOUND',
        `${bound}: ${value} at ${at()} was dropped: ${limit}: ${existing} is stricter.`
      )
    } else {
      out[limit] = value
      out[bound] = true
      note(
        'CONVERT_EXCLUSIVE_BOUND',
        `${bound}: ${value} at ${at()} became ${limit}: ${value} with ${bound}: true.`
      )
    }
  }
}

function contentTo30({ out, options: { at }, note }: Step): void {
  if (out.contentEncoding === 'base64') {
    const format = out.format
    delete out.contentEncoding
    out.format = 'byte'
    note(
      'CONVERT_CONTENT_FORMAT',
      `contentEncoding: base64 at ${at()} became format: byte${typeof format === 'string' && format !== 'byte' ? `, in place of format: ${format}` : ''}.`
    )
  }
  if (typeof out.contentMediaType === 'string') {
    const mediaType = out.contentMediaType
    delete out.contentMediaType
    if (out.type === undefined || out.type === 'string') {
      const typeAdded = out.type === undefined
      out.type = 'string'
      out.format ??= 'binary'
      note(
        'CONVERT_CONTENT_FORMAT',
        `contentMediaType: ${mediaType} at ${at()} became format: ${String(out.format)}${typeAdded ? ', with type: string' : ''}; OpenAPI 3.0 cannot say the media type.`
      )
    } else {
      note(
        'CONVERT_LOSSY',
        `contentMediaType: ${mediaType} at ${at()} was dropped: OpenAPI 3.0 cannot say it for a ${String(out.type)}.`,
        'info'
      )
    }
  }
}

function examplesTo30({ out, options: { at, moves }, note }: Step): void {
  if (!Array.isArray(out.examples)) return
  const examples = out.examples
  const hadExample = 'example' in out
  delete out.examples
  if (examples.length > 0 && !hadExample) {
    out.example = examples[0]
    moves?.add(at(), ['examples', '0'], ['example'])
  }
  if (hadExample)
    note('CONVERT_EXAMPLE', `The examples at ${at()} were dropped: the schema already has an example.`)
  else if (examples.length > 1)
    note(
      'CONVERT_LOSSY',
      `${examples.length} examples at ${at()} became one example (the first) in OpenAPI 3.0.`
    )
  else
    note(
      'CONVERT_EXAMPLE',
      examples.length === 0
        ? `The empty examples at ${at()} were dropped.`
        : `The examples at ${at()}, a list of one, became example.`
    )
}

/** What 3.0 cannot say at all: kept in the closest form, or dropped, and always recorded. */
function lossesTo30(step: Step): void {
  const { options, note } = step
  const { at, moves } = options
  const out = step.out
  const lose = (keyword: string, what: string, severity: 'warning' | 'info' = 'warning') =>
    note(
      'CONVERT_LOSSY',
      `${what} at ${at()} cannot be expressed in OpenAPI 3.0; ${keyword} was ${severity === 'info' ? 'dropped (an annotation only)' : 'dropped'}.`,
      severity
    )
  if (Array.isArray(out.prefixItems)) {
    const prefix = out.prefixItems
    delete out.prefixItems
    if (out.items === undefined) {
      out.items = prefix.length === 1 ? (prefix[0] as JsonValue) : { anyOf: prefix }
      if (prefix.length === 1) moves?.add(at(), ['prefixItems', '0'], ['items'])
      else moves?.add(at(), ['prefixItems'], ['items', 'anyOf'])
    }
    lose('prefixItems', 'Positional items (prefixItems)')
  }
  if ('unevaluatedProperties' in out) {
    const value = out.unevaluatedProperties
    delete out.unevaluatedProperties
    if (out.additionalProperties === undefined && (typeof value === 'boolean' || isObject(value))) {
      out.additionalProperties = value
      moves?.add(at(), ['unevaluatedProperties'], ['additionalProperties'])
    }
    lose('unevaluatedProperties', 'unevaluatedProperties (kept as additionalProperties where there was none)')
  }
  for (const keyword of Object.keys(DROPPED)) {
    if (!hasOwn(out, keyword)) continue
    delete out[keyword]
    lose(keyword, DROPPED[keyword], ANNOTATIONS_ONLY.has(keyword) ? 'info' : 'warning')
  }
}
