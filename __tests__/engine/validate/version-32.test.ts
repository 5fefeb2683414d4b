import { describe, expect, it } from '@jest/globals'
import { convertDocument } from '../../../src/engine/convert/convert-document.js'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { checkVersion } from '../../../src/engine/validate/version.js'
import { validateSlice } from '../../../src/engine/validate/validate-slice.js'
import { enumerateOperations } from '../../../src/engine/openapi/operations.js'
import { document32 } from '../convert/fixture-32.js'

/** A 3.1 slice of one operation, with `edit` applied: each edit leaves one 3.2 construct in it. */
function slice31(edit: (doc: JsonObject, op: JsonObject) => void): JsonObject {
  const op: JsonObject = { operationId: 'list', responses: { '200': { description: 'ok' } } }
  const doc: JsonObject = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: { '/pets': { get: op } }
  }
  edit(doc, op)
  return doc
}
const content = (mediaType: JsonObject): JsonObject => ({ 'application/json': mediaType })

const LEFT: [string, (doc: JsonObject, op: JsonObject) => void, string][] = [
  [
    'a query operation',
    doc => (((doc.paths as JsonObject)['/pets'] as JsonObject).query = { responses: {} }),
    '/paths/~1pets'
  ],
  [
    'additionalOperations',
    doc => (((doc.paths as JsonObject)['/pets'] as JsonObject).additionalOperations = {}),
    '/paths/~1pets'
  ],
  [
    'an in: querystring parameter',
    (_d, op) => (op.parameters = [{ name: 'q', in: 'querystring', content: content({}) }]),
    '/paths/~1pets/get/parameters/0'
  ],
  [
    'itemSchema',
    (_d, op) => (op.responses = { '200': { description: 'ok', content: content({ itemSchema: {} }) } }),
    '/paths/~1pets/get/responses/200/content/application~1json'
  ],
  ['components/mediaTypes', doc => (doc.components = { mediaTypes: {} }), '/components/mediaTypes'],
  [
    'a media type $ref',
    (_d, op) =>
      (op.responses = {
        '200': { description: 'ok', content: content({ $ref: '#/components/mediaTypes/M' }) }
      }),
    '/paths/~1pets/get/responses/200/content/application~1json'
  ],
  ['$self', doc => (doc.$self = 'https://example.com/openapi'), '/$self'],
  ['a tag parent', doc => (doc.tags = [{ name: 'pets', parent: 'animals' }]), '/tags/0'],
  [
    'a response summary',
    (_d, op) => (op.responses = { '200': { summary: 's', description: 'ok' } }),
    '/paths/~1pets/get/responses/200'
  ],
  [
    'an example dataValue',
    (_d, op) =>
      (op.responses = {
        '200': { description: 'ok', content: content({ examples: { a: { dataValue: 1 } } }) }
      }),
    '/paths/~1pets/get/responses/200/content/application~1json/examples/a'
  ],
  ['a server name', doc => (doc.servers = [{ url: '/', name: 'main' }]), '/servers'],
  [
    'a deprecated security scheme',
    doc =>
      (doc.components = {
        securitySchemes: { k: { type: 'apiKey', name: 'k', in: 'header', deprecated: true } }
      }),
    '/components/securitySchemes/k'
  ],
  [
    'a device flow',
    doc =>
      (doc.components = { securitySchemes: { o: { type: 'oauth2', flows: { deviceAuthorization: {} } } } }),
    '/components/securitySchemes/o'
  ],
  [
    'a defaultMapping',
    doc =>
      (doc.components = { schemas: { P: { discriminator: { propertyName: 'k', defaultMapping: 'P' } } } }),
    '/components/schemas/P'
  ]
]

describe('the version phase, for 3.2 constructs', () => {
  it.each(LEFT)('fails a 3.1 slice that holds %s', (_what, edit, pointer) => {
    const failures = checkVersion(slice31(edit), '3.1')
    expect(failures).toHaveLength(1)
    expect(failures[0].phase).toBe('version')
    expect(failures[0].pointer).toBe(pointer)
    // And a 3.0 slice alike.
    const as30 = slice31(edit)
    as30.openapi = '3.0.3'
    expect(checkVersion(as30, '3.0')[0]?.pointer).toBe(pointer)
  })

  it('passes the same constructs in a 3.2 slice, and fails nullable there', () => {
    for (const [, edit] of LEFT) {
      const slice = slice31(edit)
      slice.openapi = '3.2.0'
      expect(checkVersion(slice, '3.2')).toEqual([])
    }
    const nullable = slice31(doc => (doc.components = { schemas: { A: { type: 'string', nullable: true } } }))
    nullable.openapi = '3.2.0'
    expect(checkVersion(nullable, '3.2')[0]?.pointer).toBe('/components/schemas/A')
    // Unless the 3.2 document it was cut from writes it so itself: same version in, same meaning out.
    expect(checkVersion(nullable, '3.2', nullable)).toEqual([])
  })

  it('passes a 3.2 document converted down, as 3.1 and as 3.0', () => {
    for (const version of ['3.1', '3.0'] as const) {
      const { doc } = convertDocument(document32(), '3.2', version)
      expect(checkVersion(doc, version)).toEqual([])
    }
  })
  it('excuses a 3.2 construct its source holds, unless that source was converted down from 3.2', () => {
    const slice = slice31(
      doc =>
        (doc.components = { schemas: { P: { discriminator: { propertyName: 'k', defaultMapping: 'P' } } } })
    )
    const input = {
      slice,
      source: slice,
      operations: enumerateOperations(slice),
      outputVersion: '3.1' as const
    }
    const phases = (from32: boolean) =>
      validateSlice({ ...input, from32 }).failures.map(failure => failure.phase)
    expect(phases(false)).not.toContain('version')
    expect(phases(true)).toContain('version')
  })
})
