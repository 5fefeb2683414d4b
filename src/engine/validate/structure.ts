/**
 * Phase 1, structure: the slice validates against the official OpenAPI JSON Schema for its declared
 * version. The validators are Ajv's, generated ahead of time by scripts/generate-validators.mjs: one of
 * the whole document and one of a single component per components section.
 */
import validators30 from './generated/openapi-3.0.cjs'
import validators31 from './generated/openapi-3.1.cjs'
import type { JsonObject } from '../json-value.js'
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
  /** The whole document, with every component replaced by a Reference stand-in. */
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

const STAND_IN = { $ref: '#/components/stand-in' }

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
  // The skeleton keeps every component name but stands in a Reference for each value, which every
  // component map accepts; the values are then validated one by one, memoised.
  let skeleton = slice
  const components = slice.components
  if (typeof components === 'object' && components !== null && !Array.isArray(components)) {
    const standIns: JsonObject = {}
    for (const [section, entries] of Object.entries(components)) {
      if (
        typeof entries !== 'object' ||
        entries === null ||
        Array.isArray(entries) ||
        !validators.components.has(section)
      ) {
        standIns[section] = entries
        continue
      }
      standIns[section] = Object.fromEntries(Object.keys(entries).map(name => [name, STAND_IN]))
    }
    skeleton = { ...slice, components: standIns }
  }
  if (!validators.skeleton(skeleton)) {
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
  if (skeleton !== slice) {
    for (const [section, entries] of Object.entries(components as JsonObject)) {
      if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) continue
      for (const [name, value] of Object.entries(entries)) {
        const checker = validators.components.get(section)
        const error = checker ? checkComponent(checker, value) : null
        if (error !== null) {
          const where = pointerText(['components', section, name]) + error.split(':')[0]
          return [
            {
              phase: 'structure',
              reason: `at ${where}:${error.slice(error.indexOf(':') + 1)}`,
              pointer: where
            }
          ]
        }
      }
    }
  }
  return []
}
