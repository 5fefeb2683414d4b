/**
 * Phase 1, structure: the slice validates against the official OpenAPI JSON Schema for its declared
 * version. Each validator is compiled once per process and reused for every slice.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import type { ValidateFunction } from 'ajv'
import ajvDraft04Module from 'ajv-draft-04'
import ajvFormatsModule from 'ajv-formats'
import schema30 from '@seriousme/openapi-schema-validator/schemas/v3.0/schema.json' with { type: 'json' }
import schema31 from '@seriousme/openapi-schema-validator/schemas/v3.1/schema.json' with { type: 'json' }
import type { JsonObject } from '../json-value.js'
import { pointerText } from '../pointer.js'
import type { PhaseFailure } from './phases.js'

interface AjvLike {
  compile(schema: object): ValidateFunction
  addFormat(name: string, format: true): unknown
}
/** Both are CommonJS: depending on the loader, the default import is the export itself or wraps it. */
function commonJsDefault<T>(module: unknown): T {
  const wrapped = module as { default?: unknown }
  return (typeof module === 'function' ? module : wrapped.default) as T
}
const AjvDraft04 = commonJsDefault<new (options: object) => AjvLike>(ajvDraft04Module)
const addFormats = commonJsDefault<(ajv: AjvLike) => AjvLike>(ajvFormatsModule)

type Version = '3.0' | '3.1'

interface VersionValidators {
  /** The whole document, with every component replaced by a Reference stand-in. */
  skeleton: ValidateFunction
  /** One component of a section, validated alone and memoised by object identity. */
  component(section: string): ValidateFunction | undefined
}

const compiled: Partial<Record<Version, VersionValidators>> = {}

/** Rewrites the local refs of a sub-schema to absolute ones, so it can be compiled on its own. */
function absolutize(node: unknown, base: string): unknown {
  if (Array.isArray(node)) return node.map(child => absolutize(child, base))
  if (typeof node !== 'object' || node === null) return node
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      (key === '$ref' || key === '$dynamicRef') && typeof value === 'string' && value.startsWith('#')
        ? base + value
        : absolutize(value, base)
  }
  return out
}

function validatorsFor(version: Version): VersionValidators {
  const known = compiled[version]
  if (known) return known
  let ajv: AjvLike
  let root: { [key: string]: unknown }
  let entrySchema: (section: string) => unknown
  if (version === '3.0') {
    ajv = new AjvDraft04({ strict: false, allErrors: false, logger: false, validateSchema: false })
    addFormats(ajv)
    root = schema30 as { [key: string]: unknown }
    const components = (
      root.definitions as Record<
        string,
        { properties: Record<string, { patternProperties?: Record<string, unknown> }> }
      >
    ).Components
    entrySchema = section => Object.values(components.properties[section]?.patternProperties ?? {})[0]
  } else {
    const ajv2020 = new Ajv2020({ strict: false, allErrors: false, logger: false, validateSchema: false })
    ajv = ajv2020 as unknown as AjvLike
    addFormats(ajv)
    ajv.addFormat('media-range', true)
    root = schema31 as { [key: string]: unknown }
    const components = (
      root.$defs as Record<string, { properties: Record<string, { additionalProperties?: unknown }> }>
    ).components
    entrySchema = section => components.properties[section]?.additionalProperties
  }
  const skeleton = ajv.compile(root)
  const id = String(root.$id ?? root.id)
  const bySection = new Map<string, ValidateFunction | undefined>()
  const validators: VersionValidators = {
    skeleton,
    component(section) {
      if (!bySection.has(section)) {
        const entry = entrySchema(section)
        bySection.set(section, entry ? ajv.compile(absolutize(entry, id) as object) : undefined)
      }
      return bySection.get(section)
    }
  }
  compiled[version] = validators
  return validators
}

/** Results per component object: slices share components with the source, so each is checked once. */
const componentResults = new Map<string, WeakMap<object, string | null>>()

function checkComponent(
  version: Version,
  section: string,
  value: unknown,
  validators: VersionValidators
): string | null {
  const validate = validators.component(section)
  if (!validate) return null
  const cacheKey = `${version}:${section}`
  let cache = componentResults.get(cacheKey)
  if (!cache) componentResults.set(cacheKey, (cache = new WeakMap()))
  const cacheable = typeof value === 'object' && value !== null
  if (cacheable && cache.has(value)) return cache.get(value)!
  const error = validate(value)
    ? null
    : `${validate.errors?.[0]?.instancePath ?? ''}: ${validate.errors?.[0]?.message ?? 'does not match the OpenAPI schema'}`
  if (cacheable) cache.set(value, error)
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
  const validators = validatorsFor(version)
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
        !validators.component(section)
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
        const error = checkComponent(version, section, value, validators)
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
