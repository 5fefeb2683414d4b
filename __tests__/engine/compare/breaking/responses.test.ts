import { describe, expect, it } from '@jest/globals'
import type { JsonObject } from '../../../../src/engine/json-value.js'
import { classify, ok, responseWith, spec, verdicts } from './fixture.js'

const object = (properties: JsonObject, required: string[] = []) => ({
  type: 'object',
  properties,
  ...(required.length > 0 ? { required } : {})
})
const name = { type: 'string' }

describe('response properties', () => {
  it('a required property removed is an error; added, info', () => {
    const a = responseWith(object({ name, id: name }, ['id']))
    const b = responseWith(object({ name }))
    expect(verdicts(a, b)).toEqual(['response-required-property-removed:error'])
    expect(verdicts(b, a)).toEqual(['response-required-property-added:info'])
  })

  it('an optional property removed is a warning; added, info', () => {
    const a = responseWith(object({ name, id: name }))
    const b = responseWith(object({ name }))
    expect(verdicts(a, b)).toEqual(['response-optional-property-removed:warning'])
    expect(verdicts(b, a)).toEqual(['response-optional-property-added:info'])
  })

  it('required that became optional is an error; the reverse is info', () => {
    const required = responseWith(object({ name }, ['name']))
    const optional = responseWith(object({ name }))
    expect(verdicts(required, optional)).toEqual(['response-property-became-optional:error'])
    expect(verdicts(optional, required)).toEqual(['response-property-became-required:info'])
  })

  it('a type changed is an error; narrowed, info; widened, an error', () => {
    const int = responseWith(object({ age: { type: 'integer' } }))
    const str = responseWith(object({ age: { type: 'string' } }))
    const num = responseWith(object({ age: { type: 'number' } }))
    expect(verdicts(int, str)).toEqual(['response-property-type-changed:error'])
    expect(verdicts(num, int)).toEqual(['response-property-type-specialized:info'])
    expect(verdicts(int, num)).toEqual(['response-property-type-changed:error'])
  })

  it('an enum value added is a warning; removed, info', () => {
    const a = responseWith(object({ status: { type: 'string', enum: ['available', 'sold'] } }))
    const b = responseWith(object({ status: { type: 'string', enum: ['available', 'sold', 'lost'] } }))
    expect(verdicts(a, b)).toEqual(['response-property-enum-value-added:warning'])
    expect(verdicts(b, a)).toEqual(['response-property-enum-value-removed:info'])
  })

  it('a response that became nullable is an error', () => {
    const a = responseWith(object({ name }))
    const b = responseWith(object({ name: { type: ['string', 'null'] } }))
    expect(verdicts(a, b)).toEqual(['response-property-became-nullable:error'])
    expect(verdicts(b, a)).toEqual(['response-property-became-not-nullable:info'])
  })

  it('a bound widened in a response is an error; narrowed, info', () => {
    const a = responseWith(object({ name: { type: 'string', maxLength: 10 } }))
    const b = responseWith(object({ name: { type: 'string', maxLength: 20 } }))
    expect(verdicts(a, b)).toEqual(['response-property-max-length-increased:error'])
    expect(verdicts(b, a)).toEqual(['response-property-max-length-decreased:info'])
  })
})

describe('statuses, media types and headers', () => {
  const op = (responses: JsonObject) => spec({ '/pets': { get: { responses } } })

  it('a success response removed is an error; a non-success one a warning; adding either is info', () => {
    const both = op({ '200': ok(), '404': ok() })
    expect(verdicts(both, op({ '404': ok() }))).toEqual(['response-success-status-removed:error'])
    expect(verdicts(both, op({ '200': ok() }))).toEqual(['response-non-success-status-removed:warning'])
    expect(verdicts(op({ '404': ok() }), both)).toEqual(['response-success-status-added:info'])
    expect(verdicts(op({ '200': ok() }), both)).toEqual(['response-non-success-status-added:info'])
  })

  it('a media type removed is an error; added, info', () => {
    const content = (types: string[]) =>
      op({ '200': { description: 'ok', content: Object.fromEntries(types.map(t => [t, { schema: name }])) } })
    const two = content(['application/json', 'text/csv'])
    const one = content(['application/json'])
    expect(verdicts(two, one)).toEqual(['response-media-type-removed:error'])
    expect(verdicts(one, two)).toEqual(['response-media-type-added:info'])
  })

  it('a required header removed is an error, an optional one a warning; headers match whatever their case', () => {
    const headers = (h: JsonObject) => op({ '200': { description: 'ok', headers: h } })
    const rate = { schema: { type: 'integer' } }
    const required = headers({ 'X-Rate': { ...rate, required: true } })
    const optional = headers({ 'X-Rate': rate })
    expect(verdicts(required, headers({}))).toEqual(['required-response-header-removed:error'])
    expect(verdicts(optional, headers({}))).toEqual(['optional-response-header-removed:warning'])
    expect(verdicts(headers({}), optional)).toEqual(['response-header-added:info'])
    expect(verdicts(required, optional)).toEqual(['response-header-became-optional:error'])
    expect(verdicts(optional, headers({ 'x-rate': rate }))).toEqual([])
    expect(verdicts(optional, headers({ 'X-Rate': { schema: { type: 'string' } } }))).toEqual([
      'response-header-type-changed:error'
    ])
  })

  it('a removal points at the base document only', () => {
    const [change] = classify(op({ '200': ok(), '404': ok() }), op({ '200': ok() }))
    expect(change.base).toEqual({ pointer: '#/paths/~1pets/get/responses/404' })
    expect(change.head).toBeUndefined()
  })
})
