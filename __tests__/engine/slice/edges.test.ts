import { describe, expect, it } from '@jest/globals'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { doc30, ok, sliceOf } from '../../helpers/slice-doc.js'

const json = (schema: JsonObject, more: JsonObject = {}) => ({
  content: { 'application/json': { schema, ...more } }
})

describe('$ref inside literal data', () => {
  const scim = { $ref: 'https://api.github.com/scim/v2/Users/1' }
  const doc = doc30(
    {
      '/users': {
        get: {
          parameters: [
            { name: 'q', in: 'query', schema: { type: 'object', default: scim }, example: scim },
            {
              name: 'r',
              in: 'query',
              schema: { type: 'object' },
              example: { same: { $ref: '#/components/schemas/S' } }
            }
          ],
          responses: {
            '200': {
              description: 'user',
              ...json(
                { type: 'object', enum: [{ meta: scim }] },
                {
                  examples: { one: { value: { meta: scim } }, local: { $ref: '#/components/examples/Local' } }
                }
              )
            }
          }
        }
      }
    },
    { schemas: { S: { type: 'string' } }, examples: { Local: { value: 1 } } }
  )

  it('keeps a ref that does not point into the document as data, and records it', () => {
    const { document, report, notes } = sliceOf(doc)
    expect(report.failures).toEqual([])
    const response = ((document.paths as JsonObject)['/users'] as JsonObject).get as JsonObject
    expect(JSON.stringify(response)).toContain('"$ref":"https://api.github.com/scim/v2/Users/1"')
    const data = notes.filter(note => note.code === 'DATA_REF_KEPT')
    expect(data).toHaveLength(1)
    expect(data[0]).toMatchObject({ severity: 'info' })
    expect(data[0].message).toContain('https://api.github.com/scim/v2/Users/1')
  })

  it('still follows a #/ ref in data and carries its target', () => {
    const { document } = sliceOf(doc)
    expect(Object.keys(document.components as JsonObject)).toEqual(['schemas', 'examples'])
  })
})

describe('refs into root extensions', () => {
  it('carries the target into the component kind of the position, and rewrites the ref', () => {
    const doc = doc30(
      {
        '/subscriptions': {
          post: {
            callbacks: {
              notification: {
                '{$request.body#/href}': {
                  post: { responses: { '204': { $ref: '#/x-components/responses/204' } } }
                }
              }
            },
            responses: { '201': ok }
          }
        }
      },
      {},
      { 'x-components': { responses: { '204': { description: 'No Content' } } } }
    )
    const { document, report } = sliceOf(doc)
    expect(report.failures).toEqual([])
    const responses = (document.components as JsonObject).responses as JsonObject
    expect(responses).toEqual({ 'x-components_responses_204': { description: 'No Content' } })
    expect(JSON.stringify(document.paths)).toContain('"#/components/responses/x-components_responses_204"')
    expect(document['x-components']).toBeUndefined()
  })
})
