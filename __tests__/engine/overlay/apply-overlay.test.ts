import { describe, expect, it } from '@jest/globals'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { applyOverlay, copyJson } from '../../../src/engine/overlay/apply-overlay.js'
import { parseNormalizedPath } from '../../../src/engine/overlay/normalized-path.js'
import type { Overlay, OverlayAction } from '../../../src/engine/overlay/overlay-file.js'

const overlay = (...actions: Partial<OverlayAction>[]): Overlay => ({
  file: '/o.yaml',
  title: 't',
  actions: actions.map(action => ({ target: '$', remove: false, ...action }))
})

const slice = (): JsonObject => ({
  openapi: '3.0.3',
  info: { title: 'pets', version: '1' },
  tags: [{ name: 'pets' }],
  paths: {
    "/pets/{id}'s": {
      get: { operationId: 'getPet', tags: ['pets'], responses: { '200': { description: 'ok' } } },
      delete: { operationId: 'deletePet', responses: { '204': { description: 'gone' } } }
    }
  }
})

describe('normalized paths', () => {
  it('reads keys with quotes, escapes and indexes', () => {
    expect(parseNormalizedPath("$['paths']['/a\\'b\\\\c']['x'][12]")).toEqual(['paths', "/a'b\\c", 'x', 12])
    expect(parseNormalizedPath("$['\\u00e9']")).toEqual(['é'])
    expect(parseNormalizedPath('$')).toEqual([])
  })
})

describe('applying an Overlay 1.0 document', () => {
  it('merges an update into every selected object, deeply, and appends to arrays', () => {
    const doc = slice()
    const matches = applyOverlay(
      doc,
      overlay(
        {
          target: '$.paths.*.*',
          update: { 'x-amazon-apigateway-integration': { type: 'mock' }, tags: ['gateway'] }
        },
        { target: '$.info', update: { title: 'Pets API', contact: { name: 'team' } } },
        { target: '$.tags', update: { name: 'gateway' } }
      )
    )
    expect(matches).toEqual([true, true, true])
    const item = (doc.paths as JsonObject)["/pets/{id}'s"] as JsonObject
    expect(item.get).toMatchObject({
      tags: ['pets', 'gateway'],
      'x-amazon-apigateway-integration': { type: 'mock' }
    })
    expect(item.delete).toMatchObject({ tags: ['gateway'] })
    expect(doc.info).toEqual({ title: 'Pets API', version: '1', contact: { name: 'team' } })
    expect(doc.tags).toEqual([{ name: 'pets' }, { name: 'gateway' }])
  })

  it('removes selected nodes, array items last first, and reports an action that selects nothing', () => {
    const doc = slice()
    doc.servers = [{ url: 'a' }, { url: 'b' }, { url: 'c' }]
    const matches = applyOverlay(
      doc,
      overlay(
        { target: '$.paths.*.delete', remove: true },
        { target: '$.servers[0,2]', remove: true },
        { target: '$.components.schemas.Missing', remove: true }
      )
    )
    expect(matches).toEqual([true, true, false])
    expect(Object.keys((doc.paths as JsonObject)["/pets/{id}'s"] as JsonObject)).toEqual(['get'])
    expect(doc.servers).toEqual([{ url: 'b' }])
  })

  it('never shares the update between targets', () => {
    const doc = slice()
    applyOverlay(doc, overlay({ target: '$.paths.*.*', update: { 'x-meta': { n: 1 } } }))
    const item = (doc.paths as JsonObject)["/pets/{id}'s"] as Record<string, JsonObject>
    ;(item.get['x-meta'] as JsonObject).n = 2
    expect(item.delete['x-meta']).toEqual({ n: 1 })
  })

  it('updates a subtree the source shares (a YAML alias) once at each of its places', () => {
    const shared = { tags: ['a'] } as JsonObject
    const doc = copyJson({ paths: { '/a': { get: shared }, '/b': { get: shared } } } as JsonObject)
    applyOverlay(doc, overlay({ target: '$.paths.*.get', update: { tags: ['b'] } }))
    expect(doc.paths).toEqual({ '/a': { get: { tags: ['a', 'b'] } }, '/b': { get: { tags: ['a', 'b'] } } })
    expect(shared.tags).toEqual(['a'])
  })
})
