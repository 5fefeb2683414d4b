import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { loadSpec } from '../../../src/engine/load/load-spec.js'
import { getAt } from '../../../src/engine/pointer.js'
import { sliceOf } from '../../helpers/slice-doc.js'

let dir: string
const write = (name: string, text: string) => {
  const file = path.join(dir, name)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
  return file
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-bundle-32-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('bundling a multi-file 3.2 document', () => {
  it("follows a discriminator's defaultMapping into another file, as its mapping values", async () => {
    write(
      'schemas/pet.yaml',
      'type: object\ndiscriminator:\n  propertyName: kind\n  defaultMapping: ./other.yaml\n'
    )
    write('schemas/other.yaml', 'type: object\ndescription: any other pet\n')
    const spec = await loadSpec(
      write(
        'api.yaml',
        [
          'openapi: 3.2.0',
          'info: {title: t, version: "1"}',
          'paths:',
          '  /pets:',
          '    get:',
          '      responses:',
          '        "200":',
          '          description: ok',
          '          content:',
          '            application/json: {schema: {$ref: "./schemas/pet.yaml"}}',
          ''
        ].join('\n')
      )
    )
    const target = getAt(spec.doc, ['components', 'schemas', 'pet', 'discriminator', 'defaultMapping'])
    expect(target).toBe('#/components/schemas/other')
    expect(getAt(spec.doc, ['components', 'schemas', 'other'])).toMatchObject({
      description: 'any other pet'
    })
    const { document, report } = sliceOf(spec.doc, 'GET /pets')
    expect(report.failures).toEqual([])
    expect(Object.keys(getAt(document, ['components', 'schemas']) as object)).toEqual(['pet', 'other'])
  })

  it('fails a slice whose tag names a parent the source defines but the slice lacks', async () => {
    const { validateSlice } = await import('../../../src/engine/validate/validate-slice.js')
    const source: JsonObject = {
      openapi: '3.2.0',
      info: { title: 't', version: '1' },
      tags: [{ name: 'pets' }, { name: 'dogs', parent: 'pets' }],
      paths: { '/d': { get: { tags: ['dogs'], responses: { '200': { description: 'ok' } } } } }
    }
    const { operations } = sliceOf(source, 'GET /d')
    const slice = { ...source, tags: [{ name: 'dogs', parent: 'pets' }] }
    const report = validateSlice({ slice, source, operations, outputVersion: '3.2' })
    expect(report.failures).toMatchObject([
      {
        phase: 'completeness',
        reason: 'the tag "dogs" names the parent "pets", which the source defines but the slice does not'
      }
    ])
  })
})
