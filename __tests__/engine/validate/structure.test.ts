/** The structure phase with the generated validators, for both OpenAPI versions. */
import { describe, expect, it } from '@jest/globals'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { checkStructure } from '../../../src/engine/validate/structure.js'

function slice(
  openapi: string,
  components: JsonObject,
  responses: unknown = { '200': { description: 'ok' } }
) {
  return {
    openapi,
    info: { title: 't', version: '1' },
    paths: {
      '/pets': {
        get: {
          parameters: [{ $ref: '#/components/parameters/limit' }],
          responses
        }
      }
    },
    components
  } as JsonObject
}

const valid: JsonObject = {
  parameters: { limit: { name: 'limit', in: 'query', schema: { type: 'integer' } } },
  schemas: { Pet: { type: 'object', properties: { name: { type: 'string' } } } }
}

describe.each(['3.0.3', '3.1.0'])('checkStructure on OpenAPI %s', openapi => {
  it('passes a valid slice', () => {
    expect(checkStructure(slice(openapi, valid))).toEqual([])
  })

  it('names the place in the document the official schema rejects', () => {
    const [failure] = checkStructure(slice(openapi, valid, 'none'))
    expect(failure).toMatchObject({ phase: 'structure', pointer: '/paths/~1pets/get/responses' })
  })

  it('names the component the official schema rejects', () => {
    const parameters = { limit: { name: 'limit', in: 'nowhere', schema: { type: 'integer' } } }
    const [failure] = checkStructure(slice(openapi, { ...valid, parameters }))
    expect(failure.phase).toBe('structure')
    expect(failure.pointer).toMatch(/^\/components\/parameters\/limit/)
  })

  it('checks the components sections themselves, whose values it validates one by one', () => {
    expect(checkStructure(slice(openapi, { ...valid, schemas: 5 as never }))[0]).toMatchObject({
      phase: 'structure',
      pointer: '/components/schemas'
    })
    expect(checkStructure(slice(openapi, { ...valid, bogus: {} }))[0]).toMatchObject({
      phase: 'structure',
      pointer: '/components'
    })
  })
})

describe('structure failures say what is wrong', () => {
  it('names a field the schema does not allow', () => {
    const doc = slice('3.0.3', valid)
    ;(doc.paths as JsonObject)['/pets'] = {
      get: { summmary: 'x', responses: { '200': { description: 'ok' } } }
    }
    expect(checkStructure(doc)[0]).toEqual({
      phase: 'structure',
      reason: 'at /paths/~1pets/get: the field "summmary" is not allowed here',
      pointer: '/paths/~1pets/get'
    })
  })

  it('lists the values an enum allows, in a component too', () => {
    const schemas = { Pet: { type: 'object', properties: { name: { type: 'strin' } } } }
    expect(checkStructure(slice('3.0.3', { ...valid, schemas }))[0]).toEqual({
      phase: 'structure',
      reason:
        'at /components/schemas/Pet/properties/name/type: must be equal to one of the allowed values: "array", "boolean", "integer", "number", "object", "string"',
      pointer: '/components/schemas/Pet/properties/name/type'
    })
  })

  it('names a component name outside the pattern', () => {
    const schemas = { 'a pet': { type: 'object' } }
    expect(checkStructure(slice('3.1.0', { ...valid, schemas }))[0].reason).toBe(
      'at /components/schemas: the name "a pet" must match pattern "^[a-zA-Z0-9._-]+$"'
    )
  })

  it('reports the deepest error of alternatives, not the Reference alternative’s', () => {
    const parameters = { limit: { name: 'limit', in: 'nowhere', schema: { type: 'integer' } } }
    // Each kind of parameter allows one value of `in`: one alternative's values would mislead.
    expect(checkStructure(slice('3.0.3', { ...valid, parameters }))[0]).toEqual({
      phase: 'structure',
      reason: 'at /components/parameters/limit/in: must be equal to one of the allowed values',
      pointer: '/components/parameters/limit/in'
    })
    const securitySchemes = { key: { type: 'apiKey', in: 'nowhere', name: 'k' } }
    expect(checkStructure(slice('3.0.3', { ...valid, securitySchemes }))[0].reason).toBe(
      'at /components/securitySchemes/key/in: must be equal to one of the allowed values: "header", "query", "cookie"'
    )
  })
})

describe('checkStructure on component names', () => {
  it('rejects a 3.1 component name outside the pattern the schema sets', () => {
    const schemas = { 'a pet': { type: 'object' } }
    expect(checkStructure(slice('3.1.0', { ...valid, schemas }))[0]).toMatchObject({
      phase: 'structure',
      pointer: '/components/schemas'
    })
  })

  it('validates the value of a 3.0 component whatever its name', () => {
    const schemas = { 'a pet': { type: 5 } }
    expect(checkStructure(slice('3.0.3', { ...valid, schemas }))[0].pointer).toMatch(
      /^\/components\/schemas\/a pet/
    )
  })
})
