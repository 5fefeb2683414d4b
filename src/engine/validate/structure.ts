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

interface ComponentChecker {
  validate: Validator
  /** The error (or null) of each component object already validated. */
  results: WeakMap<object, string | null>
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

/** Validates one component; its result is memoised by object, as slices share components with the source. */
function checkComponent(checker: ComponentChecker, value: unknown): string | null {
  const cacheable = typeof value === 'object' && value !== null
  if (cacheable) {
    const known = checker.results.get(value)
    if (known !== undefined) return known
  }
  const { validate } = checker
  const error = validate(value)
    ? null
    : `${validate.errors?.[0]?.instancePath ?? ''}: ${validate.errors?.[0]?.message ?? 'does not match the OpenAPI schema'}`
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
    const error = validators.skeleton.errors?.[0]
    const where = error?.instancePath || '/'
    return [
      {
        phase: 'structure',
        reason: `at ${where}: ${error?.message ?? 'does not match the OpenAPI schema'}`,
        pointer: where
      }
    ]
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
        const where = pointerText(['components', section, name]) + error.split(':')[0]
        return [
          { phase: 'structure', reason: `at ${where}:${error.slice(error.indexOf(':') + 1)}`, pointer: where }
        ]
      }
    }
  }
  return []
}
