import { describe, expect, it } from '@jest/globals'
import type { JsonObject } from '../../../../src/engine/json-value.js'
import { classify, ok, requestWith, spec, verdicts } from './fixture.js'

const object = (properties: JsonObject, required: string[] = [], extra: JsonObject = {}) => ({
  type: 'object',
  properties,
  ...(required.length > 0 ? { required } : {}),
  ...extra
})
const name = { type: 'string' }

describe('request body properties', () => {
  it('a required property added is an error; removing it is a warning', () => {
    const a = requestWith(object({ name }))
    const b = requestWith(object({ name, age: { type: 'integer' } }, ['age']))
    expect(verdicts(a, b)).toEqual(['new-required-request-property:error'])
    expect(verdicts(b, a)).toEqual(['request-property-removed:warning'])
    expect(classify(a, b)[0].head).toEqual({
      pointer: '#/paths/~1pets/post/requestBody/content/application~1json/schema/properties/age'
    })
  })

  it('an optional property added is info', () => {
    expect(verdicts(requestWith(object({ name })), requestWith(object({ name, age: name })))).toEqual([
      'new-optional-request-property:info'
    ])
  })

  it('optional that became required is an error; the reverse is info', () => {
    const optional = requestWith(object({ name }))
    const required = requestWith(object({ name }, ['name']))
    expect(verdicts(optional, required)).toEqual(['request-property-became-required:error'])
    expect(verdicts(required, optional)).toEqual(['request-property-became-optional:info'])
  })

  it('a property type changed is an error; widened, info', () => {
    const a = requestWith(object({ age: { type: 'integer' } }))
    const b = requestWith(object({ age: { type: 'string' } }))
    const c = requestWith(object({ age: { type: ['integer', 'string'] } }))
    expect(verdicts(a, b)).toEqual(['request-property-type-changed:error'])
    expect(verdicts(a, c)).toEqual(['request-property-type-generalized:info'])
    expect(verdicts(c, a)).toEqual(['request-property-type-changed:error'])
  })

  it('null accepted is info; null refused is an error', () => {
    const a = requestWith(object({ name }))
    const b = requestWith(object({ name: { type: 'string', nullable: true } }))
    expect(verdicts(a, b)).toEqual(['request-property-became-nullable:info'])
    expect(verdicts(b, a)).toEqual(['request-property-became-not-nullable:error'])
  })

  it('additional properties closed is a warning; opened, info', () => {
    const open = requestWith(object({ name }))
    const closed = requestWith(object({ name }, [], { additionalProperties: false }))
    expect(verdicts(open, closed)).toEqual(['request-body-additional-properties-closed:warning'])
    expect(verdicts(closed, open)).toEqual(['request-body-additional-properties-opened:info'])
  })

  it('a read-only property is not sent, so adding it required breaks no request', () => {
    const a = requestWith(object({ name }))
    const b = requestWith(object({ name, id: { type: 'string', readOnly: true } }, ['id']))
    expect(verdicts(a, b)).toEqual([])
  })

  it('nested properties and array items are compared', () => {
    const a = requestWith(object({ tags: { type: 'array', items: object({ label: name }) } }))
    const b = requestWith(object({ tags: { type: 'array', items: object({ label: name }, ['label']) } }))
    expect(verdicts(a, b)).toEqual(['request-property-became-required:error'])
  })
})

describe('request body presence and media types', () => {
  const without = spec({ '/pets': { post: { responses: { '200': ok() } } } })
  const body = (required: boolean, types = ['application/json']) =>
    spec({
      '/pets': {
        post: {
          requestBody: {
            required,
            content: Object.fromEntries(types.map(t => [t, { schema: { type: 'object' } }]))
          },
          responses: { '200': ok() }
        }
      }
    })

  it('a required body added is an error, an optional one info; removing one a warning', () => {
    expect(verdicts(without, body(true))).toEqual(['request-body-added-required:error'])
    expect(verdicts(without, body(false))).toEqual(['request-body-added-optional:info'])
    expect(verdicts(body(true), without)).toEqual(['request-body-removed:warning'])
  })

  it('a body that became required is an error; optional, info', () => {
    expect(verdicts(body(false), body(true))).toEqual(['request-body-became-required:error'])
    expect(verdicts(body(true), body(false))).toEqual(['request-body-became-optional:info'])
  })

  it('a media type removed is an error; added, info', () => {
    const two = body(true, ['application/json', 'application/xml'])
    expect(verdicts(two, body(true))).toEqual(['request-body-media-type-removed:error'])
    expect(verdicts(body(true), two)).toEqual(['request-body-media-type-added:info'])
  })
})

describe('webhooks', () => {
  const hook = (schema: JsonObject): JsonObject => ({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    webhooks: {
      newPet: {
        post: { requestBody: { content: { 'application/json': { schema } } }, responses: { '200': ok() } }
      }
    }
  })

  it("a webhook's payload is what subscribers receive: removing a required property breaks them", () => {
    const a = hook(object({ name, id: name }, ['id']))
    const b = hook(object({ name }))
    expect(verdicts(a, b)).toEqual(['response-required-property-removed:error'])
    expect(verdicts(b, a)).toEqual(['response-required-property-added:info'])
    expect(classify(a, b)[0].operation.key).toBe('POST webhook:newPet')
  })
})
