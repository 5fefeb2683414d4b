import { describe, expect, it } from '@jest/globals'
import { Validator } from '@seriousme/openapi-schema-validator'
import { convertDocument } from '../../../src/engine/convert/convert-document.js'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { createRequest } from '../../../src/engine/request.js'
import { document32 } from './fixture-32.js'

async function officialErrors(doc: JsonObject): Promise<unknown> {
  const result = await new Validator().validate(structuredClone(doc))
  return result.valid ? [] : result.errors
}
const at = (doc: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc)

const doc30: JsonObject = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: {
    '/a': {
      get: {
        parameters: [
          { name: 'n', in: 'query', schema: { type: 'integer', minimum: 1, exclusiveMinimum: true } }
        ],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } }
          }
        }
      }
    }
  },
  components: { schemas: { A: { type: 'string', nullable: true, example: 'x' } } }
}
const doc31: JsonObject = {
  openapi: '3.1.0',
  info: { title: 't', version: '1', summary: 's' },
  paths: {},
  webhooks: { ping: { post: { responses: { '200': { description: 'ok' } } } } },
  components: { schemas: { A: { type: ['string', 'null'], const: 'x' } } }
}

describe('output-version 3.2', () => {
  it('is accepted, and auto keeps a 3.2 document at 3.2', async () => {
    const request = await createRequest({ spec: 'openapi.yaml', outputVersion: '3.2' })
    expect(request.outputVersion).toBe('3.2')
    const doc = document32()
    const kept = convertDocument(doc, '3.2', 'auto')
    expect(kept).toEqual({ doc, version: '3.2', notes: [] })
  })
})

describe('up to 3.2, losslessly', () => {
  it('3.1 → 3.2 changes only openapi, and back gives the document as it was', async () => {
    const up = convertDocument(doc31, '3.1', '3.2')
    expect(up.doc).toEqual({ ...doc31, openapi: '3.2.0' })
    expect(up.notes).toEqual([])
    expect(await officialErrors(up.doc)).toEqual([])
    expect(convertDocument(up.doc, '3.2', '3.1').doc).toEqual(doc31)
  })
  it('3.0 → 3.2 takes the 3.0 → 3.1 path, and back gives the document as it was', async () => {
    const up = convertDocument(doc30, '3.0', '3.2')
    expect(up.doc.openapi).toBe('3.2.0')
    expect(at(up.doc, 'components', 'schemas', 'A')).toEqual({ type: ['string', 'null'], examples: ['x'] })
    expect(up.notes.map(note => note.code).sort()).toEqual([
      'CONVERT_EXAMPLE',
      'CONVERT_EXCLUSIVE_BOUND',
      'CONVERT_NULLABLE'
    ])
    expect(await officialErrors(up.doc)).toEqual([])
    const down = convertDocument(up.doc, '3.2', '3.0')
    expect(down.doc).toEqual(doc30)
  })
})

describe('down from 3.2', () => {
  const { doc, notes } = convertDocument(document32(), '3.2', '3.1')
  const codes = (pointer: string) => notes.filter(note => note.pointer === pointer).map(note => note.code)

  it('gives a document valid against the official 3.1 schema, and as 3.0 against 3.0', async () => {
    expect(await officialErrors(document32())).toEqual([])
    expect(doc.openapi).toBe('3.1.0')
    expect(await officialErrors(doc)).toEqual([])
    const as30 = convertDocument(document32(), '3.2', '3.0')
    expect(as30.doc.openapi).toBe('3.0.3')
    expect(await officialErrors(as30.doc)).toEqual([])
  })
  it('keeps query and custom-method operations under x-oai-additionalOperations, recorded', () => {
    const item = at(doc, 'paths', '/pets') as JsonObject
    expect(Object.keys(item)).toEqual(['get', 'x-oai-additionalOperations'])
    expect(Object.keys(item['x-oai-additionalOperations'] as JsonObject)).toEqual(['QUERY', 'LINK'])
    expect(codes('/paths/~1pets/query')).toEqual(['CONVERT_OPERATION_LEFT_OUT'])
    expect(codes('/paths/~1pets/additionalOperations/LINK')).toEqual(['CONVERT_OPERATION_LEFT_OUT'])
  })
  it('moves a querystring parameter, resolved, to x-oai-querystring', () => {
    const op = at(doc, 'paths', '/pets/stream', 'post') as JsonObject
    expect(op.parameters).toEqual([])
    expect((op['x-oai-querystring'] as JsonObject).in).toBe('querystring')
    expect(codes('/paths/~1pets~1stream/post/parameters/0')).toEqual(['CONVERT_QUERYSTRING'])
  })
  it('keeps tag summary, parent and kind as extensions; the hierarchy loss is a warning', () => {
    expect(doc.tags).toEqual([
      { name: 'animals', 'x-oai-summary': 'Animals', 'x-oai-kind': 'nav' },
      { name: 'pets', 'x-oai-parent': 'animals', description: 'Pets' }
    ])
    expect(notes.find(note => note.pointer === '/tags/1')).toMatchObject({
      code: 'CONVERT_TAG_HIERARCHY',
      severity: 'warning'
    })
    expect(notes.find(note => note.pointer === '/tags/0')).toMatchObject({
      code: 'CONVERT_TAG_HIERARCHY',
      severity: 'info'
    })
  })
  it('keeps itemSchema, itemEncoding and prefixEncoding as extensions', () => {
    const events = at(
      doc,
      'paths',
      '/pets/stream',
      'post',
      'responses',
      '200',
      'content',
      'text/event-stream'
    )
    expect(at(events, 'x-oai-itemSchema')).toEqual({ $ref: '#/components/schemas/Pet' })
    const parts = at(doc, 'paths', '/pets/stream', 'post', 'requestBody', 'content', 'multipart/mixed')
    expect(Object.keys(parts as JsonObject)).toEqual([
      'x-oai-description',
      'x-oai-prefixEncoding',
      'x-oai-itemEncoding'
    ])
    expect(codes('/paths/~1pets~1stream/post/requestBody/content/multipart~1mixed')).toEqual([
      'CONVERT_FIELD_AS_EXTENSION',
      'CONVERT_ITEM_SCHEMA'
    ])
  })
  it('writes media type refs inline and drops components/mediaTypes', () => {
    expect(at(doc, 'paths', '/pets', 'get', 'responses', '200', 'content', 'application/json')).toEqual({
      schema: { type: 'array', items: { $ref: '#/components/schemas/Pet' } }
    })
    expect(at(doc, 'components', 'mediaTypes')).toBeUndefined()
    expect(codes('/paths/~1pets/get/responses/200/content/application~1json')).toEqual([
      'CONVERT_MEDIA_TYPE_INLINED'
    ])
  })
  it('folds a response summary into its description, and adds a missing description', () => {
    const responses = at(doc, 'paths', '/pets', 'get', 'responses')
    expect(at(responses, '200', 'description')).toBe('The pets\n\nEvery pet there is.')
    expect(at(responses, '204')).toEqual({ description: 'Nothing' })
    expect(at(responses, '404')).toEqual({ description: '' })
    expect(codes('/paths/~1pets/get/responses/404')).toEqual(['CONVERT_RESPONSE_SUMMARY'])
  })
  it('writes dataValue as value, and keeps serializedValue as an extension', () => {
    expect(at(doc, 'components', 'parameters', 'Search', 'examples', 'plain')).toEqual({ value: 'cat' })
    const one = at(
      doc,
      'paths',
      '/pets/stream',
      'post',
      'responses',
      '200',
      'content',
      'text/event-stream',
      'examples',
      'one'
    )
    expect(one).toEqual({ value: { id: 1 }, 'x-oai-serializedValue': 'data: {"id":1}' })
  })
  it('keeps the device flow, oauth2MetadataUrl and deprecated as extensions', () => {
    const scheme = at(doc, 'components', 'securitySchemes', 'device') as JsonObject
    expect(Object.keys(scheme)).toEqual(['type', 'x-oai-deprecated', 'x-oai-oauth2MetadataUrl', 'flows'])
    expect(Object.keys(scheme.flows as JsonObject)).toEqual(['x-oai-deviceAuthorization'])
    expect(notes.find(note => note.pointer === '/components/securitySchemes/device')).toMatchObject({
      code: 'CONVERT_SECURITY_32',
      severity: 'warning'
    })
  })
  it('drops $self, keeps a server name and defaultMapping as extensions; nodeType becomes 3.1 xml', () => {
    expect(Object.keys(doc)).toEqual(['openapi', 'info', 'servers', 'tags', 'paths', 'components'])
    expect(codes('/$self')).toEqual(['CONVERT_FIELD_AS_EXTENSION'])
    expect(doc.servers).toEqual([{ url: 'https://api.example.com', 'x-oai-name': 'production' }])
    const pet = at(doc, 'components', 'schemas', 'Pet') as JsonObject
    expect(pet.discriminator).toEqual({ propertyName: 'kind', 'x-oai-defaultMapping': 'Pet' })
    expect(pet.xml).toEqual({})
    expect(at(doc, 'components', 'schemas', 'Filter', 'properties', 'tags', 'xml')).toEqual({ wrapped: true })
    expect(at(doc, 'paths', '/pets', 'get', 'parameters', '1')).toEqual({
      name: 'session',
      in: 'cookie',
      'x-oai-style': 'cookie',
      schema: { type: 'string' }
    })
  })
  it('never changes the document it converts', () => {
    const source = document32()
    convertDocument(source, '3.2', '3.0')
    expect(source).toEqual(document32())
  })
  it('gives a path item querystring parameter to each of its operations, which slices carry', () => {
    const source = document32()
    const paths = source.paths as JsonObject
    paths['/search'] = {
      parameters: [{ $ref: '#/components/parameters/Whole' }],
      get: { responses: { '200': { description: 'ok' } } },
      post: { responses: { '200': { description: 'ok' } } }
    }
    ;(source.components as JsonObject).parameters = {
      Whole: { name: 'q', in: 'querystring', content: { 'text/plain': { schema: { type: 'string' } } } }
    }
    const converted = convertDocument(source, '3.2', '3.1')
    const item = at(converted.doc, 'paths', '/search') as JsonObject
    expect(item.parameters).toEqual([])
    expect(item['x-oai-querystring']).toBeUndefined()
    for (const method of ['get', 'post'])
      expect(at(item, method, 'x-oai-querystring')).toMatchObject({ name: 'q', in: 'querystring' })
    expect(at(converted.doc, 'components', 'parameters')).toEqual({})
    expect(
      converted.notes
        .filter(note => note.code === 'CONVERT_QUERYSTRING' && /search|Whole/.test(note.pointer ?? ''))
        .map(note => note.pointer)
    ).toEqual(['/paths/~1search/parameters/0', '/components/parameters/Whole'])
  })
  it('keeps, and records, a media type ref that includes itself', () => {
    const source = document32()
    ;(source.components as JsonObject).mediaTypes = { Loop: { $ref: '#/components/mediaTypes/Loop' } }
    const responses = at(source, 'paths', '/pets', 'get', 'responses') as JsonObject
    responses['200'] = {
      description: 'x',
      content: { 'application/json': { $ref: '#/components/mediaTypes/Loop' } }
    }
    const { notes: found } = convertDocument(source, '3.2', '3.1')
    expect(
      found.filter(note => note.code === 'CONVERT_MEDIA_TYPE_INLINED' && note.severity === 'warning')
    ).toHaveLength(1)
  })
  it('merges moved operations into an x-oai-additionalOperations the path item already has', () => {
    const source = document32()
    const item = at(source, 'paths', '/pets') as JsonObject
    item['x-oai-additionalOperations'] = { PURGE: { responses: { '204': { description: 'gone' } } } }
    const converted = convertDocument(source, '3.2', '3.1')
    const moved = at(converted.doc, 'paths', '/pets', 'x-oai-additionalOperations') as JsonObject
    expect(Object.keys(moved)).toEqual(['PURGE', 'QUERY', 'LINK'])
  })
})
