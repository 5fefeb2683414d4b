import { describe, expect, it } from '@jest/globals'
import { NotesByPlace } from '../../../src/engine/batch/notes-within.js'
import type { Finding } from '../../../src/engine/findings.js'
import { enumerateOperations } from '../../../src/engine/openapi/operations.js'

const note = (pointer: string | undefined): Finding => ({
  code: 'CONVERT_LOSSY',
  severity: 'info',
  message: pointer ?? 'none',
  ...(pointer ? { pointer } : {})
})

describe('NotesByPlace', () => {
  const doc = {
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: { '/a/{id}': { get: { responses: {} } }, '/b': { get: { responses: {} } } }
  }
  const [a, b] = enumerateOperations(doc)
  const notes = [
    note('/components/schemas/Pet/properties/x'),
    note('/paths/~1a~1{id}/get/responses'),
    note('/paths/~1a~1{id}/parameters/0'),
    note('/components/schemas/Pets'),
    note(undefined),
    note('/paths/~1b/get'),
    note('/components/schemas/Pet')
  ]
  const places = new NotesByPlace(notes)

  it('finds the notes at or below an operation, its path item parameters and its components, in order', () => {
    expect(places.within([a], ['#/components/schemas/Pet']).map(found => found.message)).toEqual([
      '/components/schemas/Pet/properties/x',
      '/paths/~1a~1{id}/get/responses',
      '/paths/~1a~1{id}/parameters/0',
      '/components/schemas/Pet'
    ])
  })

  it('does not take a sibling whose name only starts the same', () => {
    expect(places.within([b], ['#/components/schemas/Pets']).map(found => found.message)).toEqual([
      '/components/schemas/Pets',
      '/paths/~1b/get'
    ])
  })

  it('gives each note once, however many places hold it', () => {
    expect(
      places.within([a, b], ['#/components/schemas/Pet', '#/components/schemas/Pet/properties/x'])
    ).toHaveLength(5)
  })
})
