import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { loadSpec } from '../../../src/engine/load/load-spec.js'
import { getAt } from '../../../src/engine/pointer.js'

let dir: string
const write = (name: string, text: string) => {
  const file = path.join(dir, name)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
  return file
}
const schemas = (doc: JsonObject) => (doc.components as { schemas: Record<string, JsonObject> }).schemas

/** A root with a relative ref `pet.yaml`, which means another file once `$self` sets the base. */
const root = (self: string | undefined, ref: string) =>
  [
    'openapi: 3.2.0',
    ...(self === undefined ? [] : [`$self: ${self}`]),
    'info: {title: t, version: "1"}',
    'paths:',
    '  /pets:',
    '    get:',
    '      responses:',
    '        "200":',
    '          description: ok',
    '          content:',
    `            application/json: {schema: {$ref: "${ref}"}}`,
    'components:',
    '  schemas:',
    '    Local: {type: integer}',
    ''
  ].join('\n')

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-self-'))
  write('pet.yaml', 'type: string\ndescription: beside the root\n')
  write('v2/pet.yaml', 'type: object\ndescription: under v2\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('$self (OpenAPI 3.2)', () => {
  it('reads a 3.2 document, which earlier versions refused', async () => {
    const spec = await loadSpec(write('plain.yaml', root(undefined, '#/components/schemas/Local')))
    expect(spec).toMatchObject({ version: '3.2', sourceVersion: '3.2.0' })
  })

  it('resolves relative refs against a relative $self, not against the file', async () => {
    const without = await loadSpec(write('a.yaml', root(undefined, 'pet.yaml')))
    expect(schemas(without.doc).pet).toMatchObject({ description: 'beside the root' })
    const spec = await loadSpec(write('b.yaml', root('v2/openapi.yaml', 'pet.yaml')))
    expect(schemas(spec.doc).pet).toMatchObject({ description: 'under v2' })
  })

  it('takes the root file as the copy of the document an absolute $self names', async () => {
    const self = 'https://api.example.com/specs/openapi.yaml'
    // A ref to the document's own URI is a local ref; one beside it is the file beside the root.
    const own = await loadSpec(write('c.yaml', root(self, `${self}#/components/schemas/Local`)))
    const at = ['paths', '/pets', 'get', 'responses', '200', 'content', 'application/json', 'schema']
    expect(getAt(own.doc, at)).toEqual({ $ref: '#/components/schemas/Local' })
    const beside = await loadSpec(write('d.yaml', root(self, 'https://api.example.com/specs/v2/pet.yaml')))
    expect(schemas(beside.doc).pet).toMatchObject({ description: 'under v2' })
    const relative = await loadSpec(write('e.yaml', root(self, 'pet.yaml')))
    expect(schemas(relative.doc).pet).toMatchObject({ description: 'beside the root' })
  })

  it('leaves refs elsewhere as written: another host is remote', async () => {
    const self = 'https://api.example.com/specs/openapi.yaml'
    await expect(
      loadSpec(write('f.yaml', root(self, 'https://other.example.com/pet.yaml')))
    ).rejects.toMatchObject({ code: 'REF_REMOTE_REFUSED' })
  })
})
