/** Hand-broken slices: each phase catches its own kind of defect and names it. */
import { describe, expect, it } from '@jest/globals'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { validateSlice } from '../../../src/engine/validate/validate-slice.js'
import { doc30, operationsOf, sliceOf } from '../../helpers/slice-doc.js'

const source = doc30(
  {
    '/pets/{id}': {
      get: {
        tags: ['pets'],
        security: [{ key: [] }],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } }
          }
        }
      }
    }
  },
  {
    schemas: { Pet: { type: 'object', properties: { id: { type: 'string', nullable: true } } } },
    securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'k' } }
  },
  { tags: [{ name: 'pets' }] }
)

function broken(edit: (slice: JsonObject) => void, outputVersion: '3.0' | '3.1' = '3.0') {
  const { document } = sliceOf(source)
  const slice = structuredClone(document)
  edit(slice)
  return validateSlice({ slice, source, operations: operationsOf(source), outputVersion }).failures
}
const phases = (failures: { phase: string }[]) => [...new Set(failures.map(f => f.phase))]
const components = (slice: JsonObject) => slice.components as Record<string, JsonObject>
const operation = (slice: JsonObject) =>
  ((slice.paths as JsonObject)['/pets/{id}'] as JsonObject).get as JsonObject

describe('validateSlice', () => {
  it('passes an untouched slice', () => {
    expect(broken(() => {})).toEqual([])
  })

  it('references: a dangling ref', () => {
    const failures = broken(slice => {
      ;(components(slice).schemas.Pet as JsonObject).properties = {
        owner: { $ref: '#/components/schemas/Owner' }
      }
    })
    expect(failures[0]).toMatchObject({ phase: 'references' })
    expect(failures[0].reason).toContain('#/components/schemas/Owner')
  })

  it('references: a pure ref cycle and a ref to the whole document, each named for what it is', () => {
    const schema = (ref: string) => ({
      responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: ref } } } } }
    })
    const doc = doc30(
      { '/a': { get: schema('#/components/schemas/A') }, '/b': { get: schema('#') } },
      { schemas: { A: { $ref: '#/components/schemas/B' }, B: { $ref: '#/components/schemas/A' } } }
    )
    const cycle = sliceOf(doc, 'GET /a').report.failures
    expect(cycle).toEqual([
      expect.objectContaining({
        phase: 'references',
        reason: expect.stringContaining(
          'leads into a ref cycle with no schema in it (#/components/schemas/A → #/components/schemas/B → #/components/schemas/A)'
        )
      })
    ])
    expect(sliceOf(doc, 'GET /b').report.failures[0]).toMatchObject({
      phase: 'references',
      reason: expect.stringContaining(
        "the source document's reference # at /paths/~1b/get/responses/200/content/application~1json/schema points at the whole document"
      ),
      cause: { inSource: true, pointer: '/paths/~1b/get/responses/200/content/application~1json/schema/$ref' }
    })
    // Both are the source's own defects, each said at its place there.
    expect(cycle[0].cause).toMatchObject({ inSource: true })
  })

  it('completeness: a missing security scheme', () => {
    const failures = broken(slice => delete components(slice).securitySchemes)
    expect(phases(failures)).toContain('completeness')
    expect(failures.find(f => f.phase === 'completeness')!.reason).toContain('security scheme "key"')
  })

  it('fidelity: a changed property type', () => {
    const failures = broken(slice => {
      components(slice).schemas.Pet = {
        type: 'object',
        properties: { id: { type: 'integer', nullable: true } }
      }
    })
    expect(phases(failures)).toEqual(['fidelity'])
    expect(failures[0].reason).toContain('"string" became "integer"')
  })

  // A real slice shares its operation and components with the source, object for object: a change
  // behind a shared object must still be found, and named where it is.
  it('fidelity: a component changed behind objects the slice shares with the source', () => {
    const { document } = sliceOf(source)
    const schemas = { ...components(document).schemas }
    const slice = { ...document, components: { ...components(document), schemas } }
    expect(operation(slice)).toBe(((source.paths as JsonObject)['/pets/{id}'] as JsonObject).get)
    // A new top-level object each time: what validation memoises per slice is then made afresh.
    const check = () =>
      validateSlice({ slice: { ...slice }, source, operations: operationsOf(source), outputVersion: '3.0' })
    expect(check().failures).toEqual([])
    schemas.Pet = { type: 'object', properties: { id: { type: 'integer', nullable: true } } }
    let failures = check().failures
    expect(phases(failures)).toEqual(['fidelity'])
    expect(failures[0].reason).toContain('responses.200.content.application/json.schema.properties.id.type')
    expect(failures[0].reason).toContain('"string" became "integer"')
    delete schemas.Pet
    failures = check().failures
    expect(phases(failures)).toContain('fidelity')
    expect(failures.find(f => f.phase === 'fidelity')!.reason).toContain(
      'the reference #/components/schemas/Pet resolves nowhere'
    )
  })

  it('minimality: an unreachable component', () => {
    const failures = broken(slice => {
      components(slice).schemas.Stray = { type: 'string' }
    })
    expect(phases(failures)).toEqual(['minimality'])
    expect(failures[0].reason).toContain('schemas/Stray')
  })

  it('minimality: an allOf child of a reached base without mapping is kept; of any other base, flagged', () => {
    const subtypes = (withMapping: boolean) =>
      broken(slice => {
        const schemas = components(slice).schemas
        schemas.Pet = {
          type: 'object',
          discriminator: { propertyName: 'kind', ...(withMapping ? { mapping: { cat: 'Cat' } } : {}) },
          properties: { kind: { type: 'string' } }
        }
        schemas.Cat = { allOf: [{ $ref: '#/components/schemas/Pet' }] }
        schemas.Toy = { type: 'object', discriminator: { propertyName: 'kind' } }
        schemas.Ball = { allOf: [{ $ref: '#/components/schemas/Toy' }] }
      })
    // (Pet differs from the source's, which fidelity reports too: only minimality is looked at here.)
    const minimality = (withMapping: boolean) =>
      subtypes(withMapping).find(failure => failure.phase === 'minimality')!.reason
    expect(minimality(false)).toMatch(/reaches: schemas\/Toy, schemas\/Ball$/)
    // With a mapping, the mapping says which subtypes there are: Cat is reached through it (its value
    // names a schema), not as an implicit subtype.
    expect(minimality(true)).toMatch(/reaches: schemas\/Toy, schemas\/Ball$/)
  })

  it('completeness: a path parameter missing from the template', () => {
    const failures = broken(slice => {
      ;(operation(slice).parameters as JsonObject[]).push({
        name: 'extra',
        in: 'path',
        required: true,
        schema: { type: 'string' }
      })
    })
    expect(failures.find(f => f.phase === 'completeness')!.reason).toContain(
      '"extra", which the template /pets/{id} does not contain'
    )
  })

  it('uniqueness: a duplicate operationId', () => {
    const failures = broken(slice => {
      const item = (slice.paths as JsonObject)['/pets/{id}'] as JsonObject
      operation(slice).operationId = 'same'
      item.put = { operationId: 'same', responses: { '200': { description: 'ok' } } }
    })
    expect(phases(failures)).toContain('uniqueness')
  })

  it('version: a 3.1 construct in a 3.0 slice, and a 3.0 construct in a 3.1 slice', () => {
    const typeArray = broken(slice => {
      components(slice).schemas.Pet = { type: ['object', 'null'] }
    })
    expect(typeArray.find(f => f.phase === 'version')!.reason).toContain('type array')
    const nullable = broken(slice => {
      slice.openapi = '3.1.0'
    }, '3.1')
    expect(nullable.find(f => f.phase === 'version')!.reason).toContain('nullable')
  })

  it('structure: a component the official schema rejects, though the slice around it is fine', () => {
    const failures = broken(slice => {
      components(slice).securitySchemes = { key: { type: 'apiKey', in: 'nowhere', name: 'k' } }
    })
    expect(failures[0]).toMatchObject({
      phase: 'structure',
      pointer: expect.stringMatching(/^\/components\/securitySchemes\/key/)
    })
  })

  it('structure: a slice the official schema rejects', () => {
    const failures = broken(slice => {
      operation(slice).responses = 'none'
    })
    expect(failures[0].phase).toBe('structure')
  })
})
