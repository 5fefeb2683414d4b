/**
 * Phase 1, structure: the slice validates against the official OpenAPI JSON Schema for its declared
 * version. The validators are Ajv's, generated ahead of time by scripts/generate-validators.mjs: one of
 * the document's skeleton (the whole document, each component value taken as it is) and one of a single
 * component per components section.
 */
import validators30 from './generated/openapi-3.0.cjs'
import validators31 from './generated/openapi-3.1.cjs'
import { isObject, type JsonObject } from '../json-value.js'
import { pointerText } from '../pointer.js'
import type { PhaseFailure } from './phases.js'

type Version = '3.0' | '3.1'
type Validator = (typeof validators30)['skeleton']
type ValidatorError = NonNullable<Validator['errors']>[number]

/** Where in the validated value the error it reports is, and what it says. */
interface StructureError {
  at: string
  message: string
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
  '3.1': versionValidators(validators31)
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
  return { at: chosen?.instancePath ?? '', message: chosen ? plainMessage(chosen) : UNSAID }
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
    return `the field "${params.additionalProperty}" is not allowed here`
  if (
    error.keyword === 'enum' &&
    Array.isArray(params.allowedValues) &&
    !/\/(?:oneOf|anyOf)\/\d+\//.test(error.schemaPath ?? '')
  )
    return `${message}: ${params.allowedValues.map(value => JSON.stringify(value)).join(', ')}`
  return message
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

export function checkStructure(slice: JsonObject): PhaseFailure[] {
  const declared = String(slice.openapi ?? '')
  const version = declared.startsWith('3.1') ? '3.1' : declared.startsWith('3.0') ? '3.0' : undefined
  if (!version)
    return [
      {
        phase: 'structure',
        reason: `the slice declares openapi "${declared}", which is neither 3.0 nor 3.1`,
        pointer: '/openapi'
      }
    ]
  const validators = VALIDATORS[version]
  // The skeleton validator checks everything but the component values (the sections, and the names
  // where the schema constrains them); the values are then validated one by one, memoised.
  if (!validators.skeleton(slice)) {
    const error = mostSpecificError(validators.skeleton)
    const where = error.at || '/'
    return [{ phase: 'structure', reason: `at ${where}: ${error.message}`, pointer: where }]
  }
  const components = slice.components
  if (!isObject(components)) return []
  for (const section of Object.keys(components)) {
    const checker = validators.components.get(section)
    const entries = components[section]
    if (!checker || !isObject(entries)) continue
    for (const name of Object.keys(entries)) {
      const error = checkComponent(checker, entries[name])
      if (error !== null) {
        const where = pointerText(['components', section, name]) + error.at
        return [{ phase: 'structure', reason: `at ${where}: ${error.message}`, pointer: where }]
      }
    }
  }
  return []
}
