/** Amazon API Gateway (REST import): each FAIL rule broken by a tiny document, and a clean control. */
import { describe, expect, it } from '@jest/globals'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { doc, ok, ruleIds, verdicts } from './target-helper.js'

const clean = doc(
  {
    '/users/{id}': {
      get: {
        operationId: 'getUser',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } }
          }
        }
      }
    },
    '/v1:batch/{proxy+}': { post: { responses: { '200': ok } } }
  },
  {
    components: {
      schemas: { User: { type: 'object', properties: { example: { type: 'string' } } } },
      securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'x-api-key' } }
    }
  }
)

const aws = (slice: JsonObject, bytes?: number) => verdicts(slice, 'aws-apigateway', { bytes })

describe('aws-apigateway', () => {
  it('passes a clean slice without a warning', () => {
    expect(aws(clean)).toEqual({ fails: [], warnings: [] })
  })

  it('fails OpenAPI 3.1, naming the rule and the versions the import reads', () => {
    expect(aws({ ...clean, openapi: '3.1.0' }).fails).toEqual([
      '[target] aws-openapi-version (OpenAPI 2.0 or 3.0): the slice declares openapi 3.1.0'
    ])
  })

  it('fails more than 300 resources, the root included, and passes 300', () => {
    const paths = (n: number) =>
      Object.fromEntries(
        Array.from({ length: n }, (_, i) => [`/r${i}`, { get: { responses: { '200': ok } } }])
      )
    expect(aws(doc(paths(299))).fails).toEqual([])
    expect(aws(doc(paths(300))).fails).toEqual([
      '[target] aws-resources-per-api (at most 300 resources per API, the default quota): the slice makes 301 resources'
    ])
  })

  it('fails a parameter in part of a segment, and characters a resource cannot hold', () => {
    const { fails } = aws(
      doc({
        '/items/prefix_{id}': { get: { responses: { '200': ok } } },
        '/a b': { get: { responses: { '200': ok } } }
      })
    )
    expect(ruleIds(fails)).toEqual(['aws-path-segment', 'aws-path-segment'])
    expect(fails[0]).toContain(
      '(alphanumerics, hyphens, underscores, periods, commas, colons and whole-segment {parameters})'
    )
    expect(fails[0]).toContain('"prefix_{id}"')
  })

  it('fails a schema whose name is not alphanumeric', () => {
    const slice = { ...clean, components: { schemas: { User_Model: { type: 'object' } } } }
    expect(aws(slice).fails).toEqual([
      '[target] aws-model-name (model names of alphanumeric characters only): the schema "User_Model" cannot be a model name'
    ])
  })

  it('warns of what the import ignores: size for SAM, non-apiKey schemes, unsupported keywords, example', () => {
    const slice = doc(
      {
        '/p': {
          get: {
            parameters: [{ name: 'q', in: 'query', example: 'x', schema: { type: 'string' } }],
            responses: { '200': ok }
          }
        }
      },
      {
        components: {
          schemas: {
            Pet: { oneOf: [{ type: 'string' }], discriminator: { propertyName: 'k' }, example: 'a' }
          },
          securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } }
        }
      }
    )
    const { fails, warnings } = aws(slice, 2 * 1024 * 1024)
    expect(fails).toEqual([])
    expect(ruleIds(warnings).sort()).toEqual([
      'aws-example-ignored',
      'aws-security-scheme-type',
      'aws-template-size',
      'aws-unsupported-keyword'
    ])
    expect(warnings.find(warning => warning.includes('aws-unsupported-keyword'))).toContain('(and 1 more)')
    expect(warnings.every(warning => warning.endsWith('(Amazon API Gateway)'))).toBe(true)
  })
})
