/**
 * Phase 1, structure: the slice validates against the official OpenAPI JSON Schema for its declared
 * version. The validators are Ajv's, generated ahead of time by scripts/generate-validators.mjs: one of
 * the document's skeleton (the whole document, each component value taken as it is) and one of a single
 * component per components section.
 */
import validators30 from './generated/openapi-3.0.cjs'
import validators31 from './generated/openapi-3.1.cjs'
import validators32 from './generated/openapi-3.2.cjs'
import { hasOwn, isObject, type JsonObject } from '../json-value.js'
import { getAt, parsePointer, pointerText } from '../pointer.js'
import { sameJson, sourceDefect, sourcePlace } from './cause.js'
import type { PhaseFailure } from './phases.js'

type Version = '3.0' | '3.1' | '3.2'
type Validator = (typeof validators30)['skeleton']
type ValidatorError = NonNullable<Validator['errors']>[number]

/** Where in the validated value the error it reports is, and what it says. */
interface StructureError {
  at: string
  message: string
  /** The field or name the error is about, when it is one (a field not allowed, a name off pattern). */
  field?: string
}

interface ComponentChecker {
  validate: Validator
  /** The error (or null) of each component object already validated. */
  results: WeakMap<object, StructureError | null>
}

interface VersionValidators {
  /** The whole document, except that it takes every component value as it is. */
  skeleton: Validator
  /** One component of a section, validated alone; by section name. */
  components: Map<string, ComponentChecker>
}

function versionValidators(generated: typeof validators30): VersionValidators {
  const { skeleton, ...sections } = generated
  const components = new Map<string, ComponentChecker>()
  for (const [section, validate] of Object.entries(sections))
    if (validate) components.set(section, { validate, results: new WeakMap() })
  return { skeleton, components }
}

const VALIDATORS: Record<Version, VersionValidators> = {
  '3.0': versionValidators(validators30),
  '3.1': versionValidators(validators31),
  '3.2': versionValidators(validators32)
}

const UNSAID = 'does not match the OpenAPI schema'

/**
 * The most telling of Ajv's errors, in a plain sentence. Where the schema has alternatives (a value or a
 * Reference; one of four security scheme types), Ajv reports each alternative's first error, then that
 * none matched: the deepest error names the place best. "must have required property '$ref'" is the
 * Reference alternative's, and says nothing when another error is there.
 */
function mostSpecificError(validate: Validator): StructureError {
  const errors = validate.errors ?? []
  let chosen: ValidatorError | undefined
  for (const error of errors) {
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf') continue
    if (error.keyword === 'required' && error.params?.missingProperty === '$ref' && errors.length > 1)
      continue
    if (!chosen || depth(error.instancePath) > depth(chosen.instancePath)) chosen = error
  }
  chosen ??= errors[0]
  const field =
    chosen?.propertyName ??
    (typeof chosen?.params?.additionalProperty === 'string' ? chosen.params.additionalProperty : undefined)
  return {
    at: chosen?.instancePath ?? '',
    message: chosen ? plainMessage(chosen) : UNSAID,
    ...(field !== undefined ? { field } : {})
  }
}

function depth(pointer: string): number {
  let count = 0
  for (let i = pointer.indexOf('/'); i !== -1; i = pointer.indexOf('/', i + 1)) count++
  return count
}

/**
 * Ajv's message with what it leaves in the parameters: the field that is not allowed, the name that
 * fails its pattern, the values an enum allows. (An enum inside one alternative of a oneOf allows only
 * that alternative's values, so those are not listed.)
 */
function plainMessage(error: ValidatorError): string {
  const message = error.message ?? UNSAID
  const params = error.params ?? {}
  if (error.propertyName !== undefined) return `the name "${error.propertyName}" ${message}`
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string')
    return `the field "${params.additionalProperty}" is not allowed here${statusHint(params.additionalProperty)}`
  if (
    error.keyword === 'enum' &&
    Array.isArray(params.allowedValues) &&
    !/\/(?:oneOf|anyOf)\/\d+\//.test(error.schemaPath ?? '')
  )
    return `${message}: ${params.allowedValues.map(value => JSON.stringify(value)).join(', ')}`
  return message
}

/** A response key such as `4xx` or `4xX`: the specification spells ranges in capitals only. */
function statusHint(field: string): string {
  return /^[1-5][xX]{2}$/.test(field) && field !== `${field[0]}XX` ? `; did you mean \`${field[0]}XX\`?` : ''
}

/** Validates one component; its result is memoised by object, as slices share components with the source. */
function checkComponent(checker: ComponentChecker, value: unknown): StructureError | null {
  const cacheable = typeof value === 'object' && value !== null
  if (cacheable) {
    const known = checker.results.get(value)
    if (known !== undefined) return known
  }
  const { validate } = checker
  const error = validate(value) ? null : mostSpecificError(validate)
  if (cacheable) checker.results.set(value, error)
  return error
}

/**
 * With the source at hand, a construct that stands the same at the same place in the source is
 * reported as the source's defect, at its own place there.
 */
export function checkStructure(slice: JsonObject, source?: JsonObject): PhaseFailure[] {
  const declared = String(slice.openapi ?? '')
  const version = (['3.0', '3.1', '3.2'] as const).find(known => declared.startsWith(`${known}.`))
  if (!version)
    return [
      {
        phase: 'structure',
        reason: `the slice declares openapi "${declared}", which is not 3.0, 3.1 or 3.2`,
        pointer: '/openapi'
      }
    ]
  const failure = firstFailure(slice, VALIDATORS[version])
  return failure ? [source ? traced(failure, slice, source) : untraced(failure)] : []
}

/** Where the slice breaks the schema: the instance pointer and the error there. */
type Found = { where: string; error: StructureError }

function untraced({ where, error }: Found): PhaseFailure {
  return { phase: 'structure', reason: `at ${where}: ${error.message}`, pointer: where }
}

function traced(found: Found, slice: JsonObject, source: JsonObject): PhaseFailure {
  const { where, error } = found
  const pointer = where === '/' ? '' : where
  const place = sourcePlace(source, pointer)
  const tokens = parsePointer(pointer)
  const sliceNode = tokens ? getAt(slice, tokens) : undefined
  if (!place) return untraced(found)
  // A field not allowed is the source's when the source has it too, with the same value.
  const same =
    error.field !== undefined && isObject(sliceNode) && isObject(place.node) && hasOwn(sliceNode, error.field)
      ? hasOwn(place.node, error.field) && sameJson(sliceNode[error.field], place.node[error.field])
      : sameJson(sliceNode, place.node)
  if (!same) return untraced(found)
  const at = pointerText(place.tokens) || '/'
  const defect = error.field !== undefined ? [...place.tokens, error.field] : place.tokens
  return sourceDefect('structure', `the source document is invalid at ${at}: ${error.message}`, defect, where)
}

function firstFailure(slice: JsonObject, validators: VersionValidators): Found | undefined {
  // The skeleton validator checks everything but the component values (the sections, and the names
  // where the schema constrains them); the values are then validated one by one, memoised.
  if (!validators.skeleton(slice)) {
    const error = mostSpecificError(validators.skeleton)
    return { where: error.at || '/', error }
  }
  const components = slice.components
  if (!isObject(components)) return undefined
  for (const section of Object.keys(components)) {
    const checker = validators.components.get(section)
    const entries = components[section]
    if (!checker || !isObject(entries)) continue
    for (const name of Object.keys(entries)) {
      const error = checkComponent(checker, entries[name])
      if (error !== null) return { where: pointerText(['components', section, name]) + error.at, error }
    }
  }
  return undefined
}
