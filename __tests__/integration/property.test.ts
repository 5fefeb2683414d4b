/**
 * Property: for random documents with shared, nested and circular references and random selections,
 * every slice has no dangling ref and passes fidelity (indeed every phase).
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { JsonObject } from '../../src/engine/json-value.js'
import { enumerateOperations } from '../../src/engine/openapi/operations.js'
import { buildSlice } from '../../src/engine/slice/build-slice.js'
import { SpecIndex } from '../../src/engine/slice/spec-index.js'
import { validateSlice } from '../../src/engine/validate/validate-slice.js'

const schemaRef = (i: number) => ({ $ref: `#/components/schemas/S${i}` })

/** A schema that may point at any schema, itself included: shared, nested and circular refs. */
const schemaArb = (count: number) =>
  fc.record({
    props: fc.array(fc.oneof(fc.integer({ min: 0, max: count - 1 }), fc.constant(-1), fc.constant(-2)), {
      maxLength: 4
    }),
    base: fc.option(fc.integer({ min: 0, max: count - 1 }), { nil: undefined }),
    discriminator: fc.boolean()
  })

const documentArb = fc.integer({ min: 1, max: 7 }).chain(count =>
  fc.record({
    count: fc.constant(count),
    schemas: fc.array(schemaArb(count), { minLength: count, maxLength: count }),
    responses: fc.array(fc.integer({ min: 0, max: count - 1 }), { minLength: 1, maxLength: 3 }),
    paths: fc.array(
      fc.record({
        segment: fc.constantFrom('users', 'orders', 'items', 'a b', 'x~y', 'v1.0'),
        param: fc.boolean(),
        methods: fc.subarray(['get', 'post', 'delete'] as const, { minLength: 1 }),
        body: fc.integer({ min: 0, max: count - 1 }),
        response: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.constant(-1)),
        secured: fc.constantFrom('root', 'own', 'none')
      }),
      { minLength: 1, maxLength: 5 }
    ),
    selection: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
    grouped: fc.boolean()
  })
)

function toDocument(input: {
  count: number
  schemas: { props: number[]; base?: number; discriminator: boolean }[]
  responses: number[]
  paths: {
    segment: string
    param: boolean
    methods: readonly string[]
    body: number
    response: number
    secured: string
  }[]
}): JsonObject {
  const schemas: JsonObject = {}
  input.schemas.forEach((spec, i) => {
    const properties: JsonObject = {}
    spec.props.forEach((target, p) => {
      properties[`p${p}`] =
        target === -1
          ? { type: 'array', items: { type: 'object', properties: { inner: schemaRef(i) } } }
          : target === -2
            ? { type: 'string', nullable: true }
            : schemaRef(target)
    })
    const own: JsonObject = { type: 'object', properties }
    if (spec.discriminator)
      Object.assign(own, {
        discriminator: { propertyName: 'kind' },
        properties: { ...properties, kind: { type: 'string' } },
        required: ['kind']
      })
    schemas[`S${i}`] =
      spec.base !== undefined && spec.base !== i ? { allOf: [schemaRef(spec.base), own] } : own
  })
  const responses: JsonObject = {}
  input.responses.forEach((target, i) => {
    responses[`R${i}`] = {
      description: `r${i}`,
      content: { 'application/json': { schema: schemaRef(target) } }
    }
  })
  const paths: JsonObject = {}
  input.paths.forEach((spec, i) => {
    const template = `/${spec.segment}${i}` + (spec.param ? '/{id}' : '')
    const item: JsonObject = spec.param ? { parameters: [{ $ref: '#/components/parameters/Id' }] } : {}
    for (const method of spec.methods) {
      const response: JsonObject =
        spec.response === -1 || spec.response >= input.responses.length
          ? {
              description: 'inline',
              content: { 'application/json': { schema: { type: 'array', items: schemaRef(spec.body) } } }
            }
          : { $ref: `#/components/responses/R${spec.response}` }
      item[method] = {
        operationId: `op${i}${method}`,
        ...(spec.secured === 'own'
          ? { security: [{ key: [] }] }
          : spec.secured === 'none'
            ? { security: [] }
            : {}),
        ...(method !== 'get'
          ? { requestBody: { content: { 'application/json': { schema: schemaRef(spec.body) } } } }
          : {}),
        responses: { '200': response }
      }
    }
    paths[template] = item
  })
  return {
    openapi: '3.0.3',
    info: { title: 'random', version: '1' },
    security: [{ bearer: [] }],
    paths,
    components: {
      schemas,
      responses,
      parameters: { Id: { name: 'id', in: 'path', required: true, schema: { type: 'string' } } },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        key: { type: 'apiKey', in: 'header', name: 'k' },
        unused: { type: 'http', scheme: 'basic' }
      }
    }
  }
}

describe('random documents', () => {
  it('slice without a dangling ref and with full fidelity, whatever the selection', () => {
    fc.assert(
      fc.property(documentArb, input => {
        const doc = toDocument(input)
        const index = new SpecIndex(doc)
        const all = enumerateOperations(doc)
        let selected = all.filter((_, i) => input.selection[i % input.selection.length])
        if (selected.length === 0) selected = [all[0]]
        const groups = input.grouped ? [selected] : selected.map(op => [op])
        for (const operations of groups) {
          const { document } = buildSlice(index, operations)
          const report = validateSlice({ slice: document, source: doc, operations, outputVersion: '3.0' })
          expect(report.failures).toEqual([])
        }
      }),
      { numRuns: 300, seed: 20261122 }
    )
  })
})
