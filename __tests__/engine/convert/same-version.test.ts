/**
 * Same version in, same meaning out: a document sliced to its own version is not converted, even where
 * it writes keywords of the other version, and its slices pass every phase as written.
 */
import { describe, expect, it } from '@jest/globals'
import { convertDocument } from '../../../src/engine/convert/convert-document.js'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { deepFreeze, ok, sliceOf } from '../../helpers/slice-doc.js'

/** The 3.0 keywords that real 3.1 descriptions still write. */
const legacySchemas: JsonObject = {
  Name: { type: 'string', nullable: true, enum: ['a', 'b'] },
  Count: { type: 'integer', minimum: 0, exclusiveMinimum: true, maximum: 9, exclusiveMaximum: false },
  Anything: { nullable: true, description: 'no type' },
  Plain: { type: 'string', nullable: false, example: 'x' }
}

function doc31(extra: JsonObject = {}): JsonObject {
  return deepFreeze({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    ...extra,
    paths: {
      '/things': {
        get: {
          responses: {
            '200': {
              description: 'OK',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: Object.fromEntries(
                      Object.keys(legacySchemas).map(name => [name, { $ref: `#/components/schemas/${name}` }])
                    )
                  }
                }
              }
            }
          }
        }
      }
    },
    components: { schemas: legacySchemas }
  })
}

describe('a document sliced to its own version', () => {
  it('is not converted: the very source object comes back, with no notes', () => {
    const source = doc31()
    for (const requested of ['auto', '3.1'] as const) {
      const converted = convertDocument(source, '3.1', requested)
      expect(converted.doc).toBe(source)
      expect(converted.notes).toEqual([])
      expect(converted.version).toBe('3.1')
    }
    const source30 = deepFreeze({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {},
      components: { schemas: { T: { type: ['string', 'null'], const: 'a', exclusiveMinimum: 1 } } }
    })
    for (const requested of ['auto', '3.0'] as const) {
      const converted = convertDocument(source30, '3.0', requested)
      expect(converted.doc).toBe(source30)
      expect(converted.notes).toEqual([])
    }
  })

  it('keeps nullable, boolean exclusive bounds and nullable: false in 3.1 as written, and passes', () => {
    const { doc } = convertDocument(doc31(), '3.1', 'auto')
    const { document, report } = sliceOf(doc, 'GET /things')
    expect(report.failures).toEqual([])
    expect((document.components as JsonObject).schemas).toEqual(legacySchemas)
  })

  it('keeps a draft-04 dialect’s boolean exclusive bounds as written', () => {
    const dialect = 'http://json-schema.org/draft-04/schema#'
    const { doc } = convertDocument(doc31({ jsonSchemaDialect: dialect }), '3.1', 'auto')
    const { document, report } = sliceOf(doc, 'GET /things')
    expect(report.failures).toEqual([])
    expect(document.jsonSchemaDialect).toBe(dialect)
    expect(((document.components as JsonObject).schemas as JsonObject).Count).toEqual(legacySchemas.Count)
  })

  it('a slice of a 3.1 webhook alone has paths: {}, and passes every phase', () => {
    const webhooksOnly: JsonObject = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      webhooks: { newPet: { post: { responses: { '200': ok } } } }
    }
    const { document, report } = sliceOf(webhooksOnly, 'POST webhook:newPet')
    expect(report.failures).toEqual([])
    expect(document.paths).toEqual({})
    // Also where the source has paths, none of them selected.
    const both = { ...webhooksOnly, paths: { '/a': { get: { responses: { '200': ok } } } } }
    const hook = sliceOf(both, 'POST webhook:newPet')
    expect(hook.report.failures).toEqual([])
    expect(hook.document.paths).toEqual({})
  })
})
