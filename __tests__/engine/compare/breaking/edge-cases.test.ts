import { describe, expect, it } from '@jest/globals'
import type { JsonObject } from '../../../../src/engine/json-value.js'
import { RULES } from '../../../../src/engine/compare/breaking/rules.js'
import { classify, ok, requestWith, responseWith, spec, verdicts } from './fixture.js'

describe('what is not a change', () => {
  it('documentation, examples and extensions change nothing a client relies on', () => {
    const a = responseWith({
      type: 'object',
      description: 'a pet',
      properties: { name: { type: 'string', example: 'Rex' } }
    })
    const b = responseWith({
      type: 'object',
      description: 'a pet, now described better',
      'x-internal': true,
      properties: { name: { type: 'string', example: 'Max', title: 'Name' } }
    })
    expect(verdicts(a, b)).toEqual([])
  })

  it('the order of enum values, required names and media types changes nothing', () => {
    const a = requestWith({
      type: 'object',
      required: ['a', 'b'],
      properties: { a: { enum: [1, 2] }, b: {} }
    })
    const b = requestWith({
      type: 'object',
      required: ['b', 'a'],
      properties: { b: {}, a: { enum: [2, 1] } }
    })
    expect(verdicts(a, b)).toEqual([])
  })

  it('a property required by another allOf branch is still compared', () => {
    const a = requestWith({
      allOf: [{ type: 'object', properties: { a: { type: 'string' } } }, { required: [] }]
    })
    const b = requestWith({
      allOf: [{ type: 'object', properties: { a: { type: 'string' } } }, { required: ['a'] }]
    })
    expect(verdicts(a, b)).toEqual(['request-property-became-required:error'])
  })

  it('a write-only property is never returned, so removing it breaks no response', () => {
    const a = responseWith({
      type: 'object',
      required: ['secret'],
      properties: { secret: { type: 'string', writeOnly: true } }
    })
    const b = responseWith({ type: 'object', properties: {} })
    expect(verdicts(a, b)).toEqual([])
  })

  it('deprecating a property is info', () => {
    const a = requestWith({ type: 'object', properties: { a: { type: 'string' } } })
    const b = requestWith({ type: 'object', properties: { a: { type: 'string', deprecated: true } } })
    expect(verdicts(a, b)).toEqual(['request-property-deprecated:info'])
  })
})

describe('odd documents', () => {
  it('names that are also JavaScript property names are data', () => {
    const schema = (type: string): JsonObject => ({
      type: 'object',
      properties: JSON.parse(`{"__proto__": {"type": "${type}"}, "constructor": {"type": "string"}}`)
    })
    expect(verdicts(requestWith(schema('string')), requestWith(schema('integer')))).toEqual([
      'request-property-type-changed:error'
    ])
  })

  it('dangling and circular references end without a verdict on what they cannot show', () => {
    const loop = { schemas: { A: { $ref: '#/components/schemas/B' }, B: { $ref: '#/components/schemas/A' } } }
    const a = requestWith({ $ref: '#/components/schemas/Missing' }, loop)
    const b = requestWith({ $ref: '#/components/schemas/A' }, loop)
    expect(verdicts(a, b)).toEqual([])
    expect(verdicts(b, b)).toEqual([])
  })

  it('malformed fields are skipped rather than thrown on', () => {
    const a = spec({
      '/x': {
        get: {
          parameters: 'none',
          responses: { '200': ok({ type: 'object', properties: null, required: 'a' }) }
        }
      }
    })
    const b = spec({
      '/x': { get: { parameters: [null], responses: { '200': ok({ type: 'object', enum: null }) } } }
    })
    expect(() => classify(a, b)).not.toThrow()
  })

  it('every rule a fixture produces is in the table, with its level', () => {
    expect(RULES.get('response-property-enum-value-added')).toBe('warning')
    expect(RULES.get('request-parameter-max-decreased')).toBe('error')
    expect(RULES.get('request-body-type-specialized')).toBeUndefined()
    expect([...RULES.keys()].every(id => /^[a-z]+(-[a-z]+)*$/.test(id))).toBe(true)
  })
})
