import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { parse as parseYaml } from 'yaml'
import { runBatch } from '../../../src/engine/index.js'

let dir: string
const ok = { description: 'OK' }
const spec = {
  openapi: '3.2.0',
  $self: 'https://api.example.com/pets/openapi.json',
  info: { title: 'pets', version: '1' },
  paths: {
    '/pets': {
      get: { operationId: 'listPets', responses: { '200': ok } },
      query: { operationId: 'searchPets', responses: { '200': ok } },
      additionalOperations: { LINK: { operationId: 'linkPets', responses: { '204': ok } } }
    }
  }
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-32-'))
  writeFileSync(path.join(dir, 'api.json'), JSON.stringify(spec))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const run = (extra: Record<string, unknown> = {}) =>
  runBatch({ spec: path.join(dir, 'api.json'), outputDir: path.join(dir, 'out'), ...extra }, {}, {})

describe('runBatch on OpenAPI 3.2', () => {
  it('names and indexes query and custom-method slices by their upper-cased method, at 3.2', async () => {
    const result = await run()
    expect(result).toMatchObject({ total: 3, failed: 0, passed: true })
    expect(
      readdirSync(path.join(dir, 'out'))
        .filter(name => name.endsWith('.yaml'))
        .sort()
    ).toEqual(['pets_GET.yaml', 'pets_LINK.yaml', 'pets_QUERY.yaml'])
    const rows = parse(readFileSync(path.join(dir, 'out', 'index.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[]
    expect(rows.map(row => `${row.method} ${row.output_oas_version}`).sort()).toEqual([
      'GET 3.2.0',
      'LINK 3.2.0',
      'QUERY 3.2.0'
    ])
    const link = parseYaml(readFileSync(path.join(dir, 'out', 'pets_LINK.yaml'), 'utf8'))
    expect(link.paths).toEqual({
      '/pets': { additionalOperations: { LINK: spec.paths['/pets'].additionalOperations.LINK } }
    })
    // A slice is another document than the one $self names: it has none, and the run says so.
    expect(link.$self).toBeUndefined()
    expect(result.notes.map(note => note.code)).toContain('SELF_LEFT_OUT')
  })

  it('selects query and custom methods by name, in any case', async () => {
    const result = await run({ methods: ['QUERY', 'link'] })
    expect(result).toMatchObject({ total: 2, failed: 0 })
  })

  it('leaves out, and reports, an additionalOperations entry named like a fixed field', async () => {
    const shadowed = structuredClone(spec)
    Object.assign(shadowed.paths['/pets'].additionalOperations, {
      get: { operationId: 'otherGet', responses: { '200': ok } }
    })
    writeFileSync(path.join(dir, 'api.json'), JSON.stringify(shadowed))
    const result = await run()
    expect(result).toMatchObject({ total: 3, failed: 0 })
    const notes = result.notes.filter(note => note.code === 'CUSTOM_METHOD_LEFT_OUT')
    expect(notes).toHaveLength(1)
    expect(notes[0].message).toContain('The additionalOperations entry get of /pets')
    const link = parseYaml(readFileSync(path.join(dir, 'out', 'pets_LINK.yaml'), 'utf8'))
    expect(Object.keys(link.paths['/pets'].additionalOperations)).toEqual(['LINK'])
  })

  it('keeps two custom methods that differ only in case apart: two keys, two files', async () => {
    const cased = structuredClone(spec)
    Object.assign(cased.paths['/pets'].additionalOperations, {
      link: { operationId: 'linkPetsLower', responses: { '204': ok } }
    })
    writeFileSync(path.join(dir, 'api.json'), JSON.stringify(cased))
    const result = await run()
    expect(result).toMatchObject({ total: 4, failed: 0 })
    const rows = parse(readFileSync(path.join(dir, 'out', 'index.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[]
    const links = rows.filter(row => row.method.toUpperCase() === 'LINK')
    expect(links.map(row => row.method).sort()).toEqual(['LINK', 'link'])
    expect(new Set(links.map(row => row.filename)).size).toBe(2)
    expect(result.notes.map(note => note.code)).toContain('FILE_NAME_COLLISION')
  })

  it('converts a 3.2 document down to 3.1: query and custom methods get no slice, and the run says so', async () => {
    const result = await run({ outputVersion: '3.1' })
    expect(result).toMatchObject({ total: 1, failed: 0, passed: true })
    expect(result.slices.map(slice => slice.fileName)).toEqual(['pets_GET.yaml'])
    expect(
      result.notes.filter(note => note.code === 'CONVERT_OPERATION_LEFT_OUT').map(note => note.pointer)
    ).toEqual(['/paths/~1pets/query', '/paths/~1pets/additionalOperations/LINK'])
    const get = parseYaml(readFileSync(path.join(dir, 'out', 'pets_GET.yaml'), 'utf8'))
    expect(get.openapi).toBe('3.1.0')
  })
})
