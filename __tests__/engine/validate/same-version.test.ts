/**
 * The fidelity and version phases when the output version is the source's: a slice is compared with the
 * unconverted source, so a rewritten schema fails fidelity, and only a construct of the other version
 * that the source does not hold itself fails the version phase.
 */
import { describe, expect, it } from '@jest/globals'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { validateSlice } from '../../../src/engine/validate/validate-slice.js'
import { deepFreeze, operationsOf, sliceOf } from '../../helpers/slice-doc.js'

const source = deepFreeze({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/pets': {
      get: {
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } }
          }
        }
      }
    }
  },
  components: {
    schemas: {
      Pet: {
        type: 'object',
        properties: { name: { type: 'string', nullable: true }, age: { type: 'integer' } }
      }
    }
  }
}) as JsonObject

function validate(edit: (pet: JsonObject) => void) {
  const slice = structuredClone(sliceOf(source).document)
  edit(((slice.components as JsonObject).schemas as JsonObject).Pet as JsonObject)
  return validateSlice({ slice, source, operations: operationsOf(source), outputVersion: '3.1' }).failures
}
const properties = (pet: JsonObject) => pet.properties as Record<string, JsonObject>

describe('a 3.1 slice of a 3.1 source that writes nullable', () => {
  it('passes every phase as written', () => {
    expect(sliceOf(source).report.failures).toEqual([])
    expect(validate(() => {})).toEqual([])
  })

  it('fails fidelity when a schema was rewritten to the 3.1 form: under 3.1 the two differ', () => {
    const failures = validate(pet => {
      properties(pet).name = { type: ['string', 'null'] }
    })
    expect(failures.map(failure => failure.phase)).toEqual(['fidelity'])
    expect(failures[0].reason).toContain('differs from the source')
  })

  it('fails the version phase for a construct of another kind than the source holds', () => {
    const failures = validate(pet => {
      properties(pet).age = { type: 'integer', minimum: 0, exclusiveMinimum: true }
    })
    expect(failures.find(failure => failure.phase === 'version')?.reason).toContain(
      'boolean exclusive bounds'
    )
  })

  it('fails the version phase for nullable when the source holds none', () => {
    const plain = deepFreeze(structuredClone(source))
    const slice = structuredClone(sliceOf(source).document)
    const failures = validateSlice({
      slice,
      source: { ...plain, components: { schemas: { Pet: { type: 'object' } } } },
      operations: operationsOf(source),
      outputVersion: '3.1'
    }).failures
    expect(failures.find(failure => failure.phase === 'version')?.reason).toContain('`nullable`')
  })
})
