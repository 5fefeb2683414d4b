import { describe, expect, it } from '@jest/globals'
import type { JsonObject } from '../../../../src/engine/json-value.js'
import { classify, ok, parametersWith, spec, verdicts } from './fixture.js'

const query = (schema: JsonObject, extra: JsonObject = {}) => ({
  name: 'limit',
  in: 'query',
  schema,
  ...extra
})
const withLimit = (schema: JsonObject, extra: JsonObject = {}) => parametersWith([query(schema, extra)])
const none = parametersWith([])

describe('parameters added and removed', () => {
  it('a required parameter added is an error; removing it is a warning', () => {
    const required = withLimit({ type: 'integer' }, { required: true })
    expect(verdicts(none, required)).toEqual(['new-required-request-parameter:error'])
    expect(verdicts(required, none)).toEqual(['request-parameter-removed:warning'])
  })

  it('an optional parameter added is info', () => {
    expect(verdicts(none, withLimit({ type: 'integer' }))).toEqual(['new-optional-request-parameter:info'])
  })

  it('optional that became required is an error; the reverse is info', () => {
    const optional = withLimit({ type: 'integer' })
    const required = withLimit({ type: 'integer' }, { required: true })
    expect(verdicts(optional, required)).toEqual(['request-parameter-became-required:error'])
    expect(verdicts(required, optional)).toEqual(['request-parameter-became-optional:info'])
  })

  it('a parameter is matched by name and place, not by its position', () => {
    const other = { name: 'sort', in: 'query', schema: { type: 'string' } }
    const a = parametersWith([query({ type: 'integer' }), other])
    const b = parametersWith([other, query({ type: 'integer', maximum: 10 })])
    const changes = classify(a, b)
    expect(changes.map(c => c.rule)).toEqual(['request-parameter-max-set'])
    expect(changes[0].base).toEqual({ pointer: '#/paths/~1pets/get/parameters/0/schema' })
    expect(changes[0].head).toEqual({ pointer: '#/paths/~1pets/get/parameters/1/schema/maximum' })
    // The cause names the parameter, so it does not move when the list is reordered.
    expect(changes[0].cause).toBe('#/paths/~1pets/get/parameters/query/limit/schema')
  })

  it('a path-level parameter counts for each operation under the path', () => {
    const a = spec({ '/pets': { get: { responses: { '200': ok() } } } })
    const b = spec({
      '/pets': {
        parameters: [query({ type: 'string' }, { required: true })],
        get: { responses: { '200': ok() } }
      }
    })
    expect(verdicts(a, b)).toEqual(['new-required-request-parameter:error'])
    expect(classify(a, b)[0].cause).toBe('#/paths/~1pets/parameters/query/limit')
  })
})

describe('parameter schemas, both directions', () => {
  const pairs: [string, JsonObject, JsonObject, string, string][] = [
    [
      'type narrowed',
      { type: 'number' },
      { type: 'integer' },
      'request-parameter-type-changed:error',
      'request-parameter-type-generalized:info'
    ],
    [
      'type changed',
      { type: 'string' },
      { type: 'integer' },
      'request-parameter-type-changed:error',
      'request-parameter-type-changed:error'
    ],
    [
      'format set',
      { type: 'string' },
      { type: 'string', format: 'uuid' },
      'request-parameter-type-changed:error',
      'request-parameter-type-generalized:info'
    ],
    [
      'enum value removed',
      { type: 'string', enum: ['a', 'b'] },
      { type: 'string', enum: ['a'] },
      'request-parameter-enum-value-removed:error',
      'request-parameter-enum-value-added:info'
    ],
    [
      'became enum',
      { type: 'string' },
      { type: 'string', enum: ['a'] },
      'request-parameter-became-enum:error',
      'request-parameter-became-not-enum:info'
    ],
    [
      'pattern added',
      { type: 'string' },
      { type: 'string', pattern: '^a' },
      'request-parameter-pattern-added:error',
      'request-parameter-pattern-removed:info'
    ],
    [
      'maximum decreased',
      { type: 'integer', maximum: 100 },
      { type: 'integer', maximum: 10 },
      'request-parameter-max-decreased:error',
      'request-parameter-max-increased:info'
    ],
    [
      'minimum increased',
      { type: 'integer', minimum: 1 },
      { type: 'integer', minimum: 5 },
      'request-parameter-min-increased:error',
      'request-parameter-min-decreased:info'
    ],
    [
      'maxLength set',
      { type: 'string' },
      { type: 'string', maxLength: 5 },
      'request-parameter-max-length-set:error',
      'request-parameter-max-length-unset:info'
    ],
    [
      'minLength increased',
      { type: 'string', minLength: 1 },
      { type: 'string', minLength: 3 },
      'request-parameter-min-length-increased:error',
      'request-parameter-min-length-decreased:info'
    ]
  ]
  it.each(pairs)('%s', (_name, before, after, forward, backward) => {
    expect(verdicts(withLimit(before), withLimit(after))).toEqual([forward])
    expect(verdicts(withLimit(after), withLimit(before))).toEqual([backward])
  })

  it("3.0's boolean exclusive bound turned on narrows, turned off widens", () => {
    const a = withLimit({ type: 'integer', maximum: 10 })
    const b = withLimit({ type: 'integer', maximum: 10, exclusiveMaximum: true })
    expect(verdicts(a, b)).toEqual(['request-parameter-exclusive-max-set:error'])
    expect(verdicts(b, a)).toEqual(['request-parameter-exclusive-max-unset:info'])
  })

  it('a pattern changed is a warning either way', () => {
    const a = withLimit({ type: 'string', pattern: '^a' })
    const b = withLimit({ type: 'string', pattern: '^b' })
    expect(verdicts(a, b)).toEqual(['request-parameter-pattern-changed:warning'])
    expect(verdicts(b, a)).toEqual(['request-parameter-pattern-changed:warning'])
  })

  it('a serialisation changed is an error; a default written out is no change', () => {
    const list = { type: 'array', items: { type: 'string' } }
    const a = withLimit(list)
    expect(verdicts(a, withLimit(list, { style: 'form', explode: true }))).toEqual([])
    expect(verdicts(a, withLimit(list, { explode: false }))).toEqual([
      'request-parameter-explode-changed:error'
    ])
    expect(verdicts(withLimit(list, { explode: false }), a)).toEqual([
      'request-parameter-explode-changed:error'
    ])
    expect(verdicts(a, withLimit(list, { style: 'pipeDelimited' }))).toEqual([
      'request-parameter-style-changed:error'
    ])
    expect(
      verdicts(withLimit({ type: 'integer' }), withLimit({ type: 'integer' }, { explode: false }))
    ).toEqual([])
  })

  it('deprecating a parameter is info', () => {
    const a = withLimit({ type: 'integer' })
    const b = withLimit({ type: 'integer' }, { deprecated: true })
    expect(verdicts(a, b)).toEqual(['request-parameter-deprecated:info'])
    expect(verdicts(b, a)).toEqual(['request-parameter-reactivated:info'])
  })

  it('a change in a shared parameter is named after the component', () => {
    const components = (max: number) => ({ parameters: { Limit: query({ type: 'integer', maximum: max }) } })
    const doc = (max: number) =>
      spec(
        {
          '/pets': {
            get: { parameters: [{ $ref: '#/components/parameters/Limit' }], responses: { '200': ok() } }
          },
          '/owners': {
            get: { parameters: [{ $ref: '#/components/parameters/Limit' }], responses: { '200': ok() } }
          }
        },
        components(max)
      )
    const changes = classify(doc(100), doc(10))
    expect(changes.map(c => c.cause)).toEqual([
      '#/components/parameters/Limit/schema',
      '#/components/parameters/Limit/schema'
    ])
    expect(changes[0].message).toBe(
      '`#/components/parameters/Limit/schema`: `maximum` decreased from 100 to 10.'
    )
  })
})
