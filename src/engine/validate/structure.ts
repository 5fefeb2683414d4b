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

const compiled: Partial<Record<'3.0' | '3.1', ValidateFunction>> = {}

function validatorFor(version: '3.0' | '3.1'): ValidateFunction {
  const known = compiled[version]
  if (known) return known
  let validate: ValidateFunction
  if (version === '3.0') {
    const ajv = new AjvDraft04({ strict: false, allErrors: false, logger: false })
    addFormats(ajv)
    validate = ajv.compile(schema30)
  } else {
    const ajv = new Ajv2020({ strict: false, allErrors: false, logger: false })
    addFormats(ajv)
    ajv.addFormat('media-range', true)
    validate = ajv.compile(schema31)
  }
  compiled[version] = validate
  return validate
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
  const validate = validatorFor(version)
  if (validate(slice)) return []
  const error = validate.errors?.[0]
  const where = error?.instancePath || '/'
  return [
    {
      phase: 'structure',
      reason: `at ${where}: ${error?.message ?? 'does not match the OpenAPI schema'}`,
      pointer: where
    }
  ]
}
