/** Failures the source document causes say so, and name the source's own defect, not the slice. */
import { describe, expect, it } from '@jest/globals'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { validateSlice } from '../../../src/engine/validate/validate-slice.js'
import { doc30, operationsOf, sliceOf } from '../../helpers/slice-doc.js'

const json = (schema: JsonObject) => ({
  description: 'ok',
  content: { 'application/json': { schema } }
})
const get = (responses: JsonObject) => ({ get: { responses } })

describe('a failure the source causes', () => {
  it('a broken shared schema: one cause, the same for every operation that uses it', () => {
    const problem = { $ref: '#/components/schemas/Problem' }
    const source = doc30(
      {
        '/a': get({ '200': json(problem) }),
        '/b': get({ '400': json(problem) }),
        '/c': get({ default: json({ type: 'array', items: problem }) })
      },
      {
        schemas: {
          Problem: { type: 'object', properties: { detail: { $ref: '#/components/schemas/Detail' } } }
        }
      }
    )
    const causes = ['GET /a', 'GET /b', 'GET /c'].map(key => {
      const [failure] = sliceOf(source, key).report.failures
      expect(failure.phase).toBe('references')
      expect(failure.reason).toBe(
        "the source document's reference #/components/schemas/Detail at /components/schemas/Problem/properties/detail resolves nowhere: the source document has no #/components/schemas/Detail"
      )
      return failure.cause
    })
    expect(causes[0]).toEqual({
      key: 'references:/components/schemas/Problem/properties/detail/$ref',
      inSource: true,
      pointer: '/components/schemas/Problem/properties/detail/$ref',
      message: causes[0]!.message
    })
    expect(causes[1]).toEqual(causes[0])
    expect(causes[2]).toEqual(causes[0])
  })

  it('a discriminator mapping naming a schema the source lacks: the source lacks it, not the slice', () => {
    const pet = {
      type: 'object',
      properties: { kind: { type: 'string' } },
      discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat', dog: 'Dog' } }
    }
    const source = doc30(
      { '/pets': get({ '200': json({ $ref: '#/components/schemas/Pet' }) }) },
      { schemas: { Pet: pet, Dog: { allOf: [{ $ref: '#/components/schemas/Pet' }] } } }
    )
    const [failure] = sliceOf(source).report.failures
    expect(failure.reason).toBe(
      `the source document's discriminator mapping "cat" at /components/schemas/Pet names #/components/schemas/Cat, which the source document does not contain`
    )
    expect(failure.reason).not.toContain('the slice')
    expect(failure.cause).toMatchObject({
      inSource: true,
      pointer: '/components/schemas/Pet/discriminator/mapping/cat'
    })
  })

  it('a response key 4xx or 4xX: the source is invalid there, with a hint at 4XX', () => {
    for (const key of ['4xx', '4xX']) {
      const source = doc30({ '/a': get({ '200': { description: 'ok' }, [key]: { description: 'bad' } }) })
      const [failure] = sliceOf(source).report.failures
      expect(failure.reason).toBe(
        `the source document is invalid at /paths/~1a/get/responses: the field "${key}" is not allowed here; did you mean \`4XX\`?`
      )
      expect(failure.cause).toMatchObject({ inSource: true, pointer: `/paths/~1a/get/responses/${key}` })
    }
  })

  it('a security scheme the source never defines, at the requirement that names it', () => {
    const source = doc30({
      '/a': { get: { security: [{ key: [] }], responses: { '200': { description: 'ok' } } } }
    })
    const [failure] = sliceOf(source).report.failures
    expect(failure.reason).toBe(
      'GET /a requires the security scheme "key", which the source document does not define'
    )
    expect(failure.cause).toMatchObject({ inSource: true, pointer: '/paths/~1a/get/security' })
  })

  it('a path parameter the source never declares, at the operation', () => {
    const source = doc30({ '/a/{id}': get({ '200': { description: 'ok' } }) })
    const [failure] = sliceOf(source).report.failures
    expect(failure.reason).toBe(
      `the source document's path template /a/{id} has {id} but GET /a/{id} declares no path parameter "id"`
    )
    expect(failure.cause).toMatchObject({ inSource: true, pointer: '/paths/~1a~1{id}/get' })
  })
})

describe('a failure the slice brings', () => {
  const source = doc30(
    { '/pets': get({ '200': json({ $ref: '#/components/schemas/Pet' }) }) },
    {
      schemas: {
        Pet: {
          type: 'object',
          discriminator: { propertyName: 'kind', mapping: { cat: 'Cat' } },
          properties: { owner: { $ref: '#/components/schemas/Owner' } }
        },
        Cat: { type: 'object' },
        Owner: { type: 'object' }
      }
    }
  )
  const broken = (edit: (schemas: JsonObject) => void) => {
    const slice = structuredClone(sliceOf(source).document)
    edit((slice.components as JsonObject).schemas as JsonObject)
    return validateSlice({ slice, source, operations: operationsOf(source), outputVersion: '3.0' }).failures
  }

  it('is never blamed on the source', () => {
    const [missingRef] = broken(schemas => delete schemas.Owner)
    expect(missingRef.reason).toBe(
      'the reference #/components/schemas/Owner at /components/schemas/Pet/properties/owner resolves nowhere'
    )
    expect(missingRef.cause).toMatchObject({ inSource: false })
    const mapping = broken(schemas => delete schemas.Cat).find(f => f.phase === 'completeness')!
    expect(mapping.reason).toBe('the discriminator mapping "cat" names Cat, which the slice does not contain')
    expect(mapping.cause).toMatchObject({ inSource: false })
    const [structure] = broken(schemas => ((schemas.Owner as JsonObject).type = 'thing'))
    expect(structure.reason).toMatch(/^at \/components\/schemas\/Owner\/type: /)
    expect(structure.cause).toMatchObject({ inSource: false })
  })
})
