import { describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

jest.unstable_mockModule('swagger2openapi', () => ({
  default: {
    convertObj: async () => {
      throw new TypeError("Cannot create property 'default' on boolean 'false'")
    }
  }
}))
const { loadSpec } = await import('../../../src/engine/load/load-spec.js')

describe('a Swagger 2.0 document the converter cannot convert', () => {
  it('fails with its own code and a plain message, never as a document that is not OpenAPI', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'slice-oas-s2o-')), 'api.json')
    writeFileSync(file, JSON.stringify({ swagger: '2.0', info: { title: 't', version: '1' }, paths: {} }))
    const error = await loadSpec(file).then(
      () => undefined,
      (caught: unknown) => caught
    )
    expect(error).toMatchObject({ code: 'SPEC_CONVERSION_FAILED', location: { file } })
    expect((error as Error).message).toMatch(
      /^The Swagger 2\.0 document could not be converted to OpenAPI 3\.0/
    )
  })
})
