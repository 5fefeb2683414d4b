import { describe, expect, it } from '@jest/globals'
import type { JsonObject } from '../../../../src/engine/json-value.js'
import { classify, requestWith, responseWith, verdicts } from './fixture.js'

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const schemas = (s: JsonObject) => ({ schemas: s })
const cat = { type: 'object', properties: { meows: { type: 'boolean' } } }
const dog = { type: 'object', properties: { barks: { type: 'boolean' } } }

describe('through $refs and composition', () => {
  it('a change behind a $ref is found and named after the component', () => {
    const pet = (status: string[]) => ({
      type: 'object',
      properties: { status: { type: 'string', enum: status } }
    })
    const a = responseWith(ref('Pet'), schemas({ Pet: pet(['available', 'sold']) }))
    const b = responseWith(ref('Pet'), schemas({ Pet: pet(['available']) }))
    const [change] = classify(b, a)
    expect(change.rule).toBe('response-property-enum-value-added')
    expect(change.cause).toBe('#/components/schemas/Pet/properties/status')
    expect(change.message).toBe('`#/components/schemas/Pet/properties/status`: enum value `sold` added.')
    expect(change.base).toEqual({ pointer: '#/components/schemas/Pet/properties/status/enum' })
    expect(change.head).toEqual({ pointer: '#/components/schemas/Pet/properties/status/enum' })
  })

  it('an inline schema and a $ref to the same schema are equal', () => {
    expect(verdicts(requestWith(cat), requestWith(ref('Cat'), schemas({ Cat: cat })))).toEqual([])
  })

  it('allOf: a branch added is compared by what it adds to the whole', () => {
    const strictDog = { ...dog, required: ['barks'] }
    const one = { allOf: [ref('Cat')] }
    const two = { allOf: [ref('Cat'), ref('Dog')] }
    const components = schemas({ Cat: cat, Dog: strictDog })
    expect(verdicts(requestWith(one, components), requestWith(two, components))).toEqual([
      'new-required-request-property:error'
    ])
    expect(verdicts(requestWith(two, components), requestWith(one, components))).toEqual([
      'request-property-removed:warning'
    ])
    expect(verdicts(responseWith(one, components), responseWith(two, components))).toEqual([
      'response-required-property-added:info'
    ])
    expect(verdicts(responseWith(two, components), responseWith(one, components))).toEqual([
      'response-required-property-removed:error'
    ])
  })

  it('allOf: properties moved into a shared base schema are no change', () => {
    const flat = {
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'string' }, name: { type: 'string' } }
    }
    const base = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } }
    const split = { allOf: [ref('Base'), { type: 'object', properties: { name: { type: 'string' } } }] }
    const components = schemas({ Base: base })
    expect(verdicts(requestWith(flat, components), requestWith(split, components))).toEqual([])
    expect(verdicts(responseWith(split, components), responseWith(flat, components))).toEqual([])
    const stricter = schemas({ Base: { ...base, properties: { id: { type: 'string', maxLength: 8 } } } })
    const [change] = classify(requestWith(flat, components), requestWith(split, stricter))
    expect([change.rule, change.cause]).toEqual([
      'request-property-max-length-set',
      '#/components/schemas/Base/properties/id'
    ])
  })

  it('oneOf and anyOf: a branch added widens a request (info) and a response (warning)', () => {
    const components = schemas({ Cat: cat, Dog: dog })
    for (const keyword of ['oneOf', 'anyOf']) {
      const id = keyword === 'oneOf' ? 'one-of' : 'any-of'
      const one = { [keyword]: [ref('Cat')] }
      const two = { [keyword]: [ref('Cat'), ref('Dog')] }
      expect(verdicts(requestWith(one, components), requestWith(two, components))).toEqual([
        `request-body-${id}-added:info`
      ])
      expect(verdicts(requestWith(two, components), requestWith(one, components))).toEqual([
        `request-body-${id}-removed:error`
      ])
      expect(verdicts(responseWith(one, components), responseWith(two, components))).toEqual([
        `response-body-${id}-added:warning`
      ])
      expect(verdicts(responseWith(two, components), responseWith(one, components))).toEqual([
        `response-body-${id}-removed:info`
      ])
    }
  })

  it('a branch added is named after its schema, wherever it lands in the list', () => {
    const components = schemas({ Cat: cat, Dog: dog, Pet: { oneOf: [ref('Cat')] } })
    const first = schemas({ ...components.schemas, Pet: { oneOf: [ref('Dog'), ref('Cat')] } })
    const last = schemas({ ...components.schemas, Pet: { oneOf: [ref('Cat'), ref('Dog')] } })
    const [a] = classify(requestWith(ref('Pet'), components), requestWith(ref('Pet'), first))
    const [b] = classify(requestWith(ref('Pet'), components), requestWith(ref('Pet'), last))
    expect([a.cause, a.head]).toEqual([
      '#/components/schemas/Pet',
      { pointer: '#/components/schemas/Pet/oneOf/0' }
    ])
    expect(b.fingerprint).toBe(a.fingerprint)
  })

  it('a change inside a oneOf branch is found in the branch component', () => {
    const a = requestWith({ oneOf: [ref('Cat'), ref('Dog')] }, schemas({ Cat: cat, Dog: dog }))
    const strictDog = { ...dog, required: ['barks'] }
    const b = requestWith({ oneOf: [ref('Cat'), ref('Dog')] }, schemas({ Cat: cat, Dog: strictDog }))
    const [change] = classify(a, b)
    expect([change.rule, change.cause]).toEqual([
      'request-property-became-required',
      '#/components/schemas/Dog/properties/barks'
    ])
  })

  it('discriminators: a value removed breaks a request; added, a warning in a response', () => {
    const pet = (mapping: JsonObject) => ({
      oneOf: [ref('Cat'), ref('Dog')],
      discriminator: { propertyName: 'kind', mapping }
    })
    const both = pet({ cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' })
    const onlyCat = pet({ cat: '#/components/schemas/Cat' })
    const components = schemas({ Cat: cat, Dog: dog })
    expect(verdicts(requestWith(both, components), requestWith(onlyCat, components))).toEqual([
      'request-body-discriminator-mapping-deleted:error'
    ])
    expect(verdicts(responseWith(onlyCat, components), responseWith(both, components))).toEqual([
      'response-body-discriminator-mapping-added:warning'
    ])
    const renamed = { ...both, discriminator: { propertyName: 'type', mapping: both.discriminator.mapping } }
    expect(verdicts(requestWith(both, components), requestWith(renamed, components))).toEqual([
      'request-body-discriminator-property-name-changed:error'
    ])
  })

  it('a bare schema name in a mapping is the same as its $ref', () => {
    const components = schemas({ Cat: cat, Dog: dog })
    const a = { oneOf: [ref('Cat')], discriminator: { propertyName: 'kind', mapping: { cat: 'Cat' } } }
    const b = {
      oneOf: [ref('Cat')],
      discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat' } }
    }
    expect(verdicts(requestWith(a, components), requestWith(b, components))).toEqual([])
  })
})

describe('circular schemas', () => {
  const node = (extra: JsonObject = {}) => ({
    type: 'object',
    properties: { children: { type: 'array', items: ref('Node') }, parent: ref('Node'), ...extra }
  })

  it('terminate, and a change inside the cycle is found once', () => {
    const a = responseWith(ref('Node'), schemas({ Node: node() }))
    const b = responseWith(ref('Node'), schemas({ Node: node({ label: { type: 'string' } }) }))
    expect(verdicts(a, a)).toEqual([])
    const changes = classify(a, b)
    expect(changes.map(c => [c.rule, c.cause])).toEqual([
      ['response-optional-property-added', '#/components/schemas/Node/properties/label']
    ])
  })

  it('terminate through two components that refer to each other', () => {
    const components = (extra: JsonObject) =>
      schemas({
        A: { type: 'object', properties: { b: ref('B') } },
        B: { type: 'object', properties: { a: ref('A'), ...extra } }
      })
    const a = requestWith(ref('A'), components({}))
    const b = requestWith(ref('A'), components({ n: { type: 'integer' } }))
    expect(verdicts(a, b)).toEqual(['new-optional-request-property:info'])
  })
})
