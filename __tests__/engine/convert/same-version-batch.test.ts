/**
 * A run whose output version is the source's validates every slice against the source document as it
 * was loaded, the very object, not against a converted copy: a schema rewritten on the way would then
 * fail fidelity rather than be compared with its own rewrite.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { JsonObject } from '../../../src/engine/json-value.js'

const actualLoad = await import('../../../src/engine/load/load-spec.js')
const actualValidate = await import('../../../src/engine/validate/validate-slice.js')
const loaded: JsonObject[] = []
const validatedAgainst: JsonObject[] = []
jest.unstable_mockModule('../../../src/engine/load/load-spec.js', () => ({
  ...actualLoad,
  loadSpec: async (...args: Parameters<typeof actualLoad.loadSpec>) => {
    const spec = await actualLoad.loadSpec(...args)
    loaded.push(spec.doc)
    return spec
  }
}))
jest.unstable_mockModule('../../../src/engine/validate/validate-slice.js', () => ({
  ...actualValidate,
  validateSlice: (input: Parameters<typeof actualValidate.validateSlice>[0]) => {
    validatedAgainst.push(input.source)
    return actualValidate.validateSlice(input)
  }
}))
const { runBatch } = await import('../../../src/engine/index.js')

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-same-version-'))
  const schema = { type: 'string', nullable: true, minimum: 0, exclusiveMinimum: true }
  const response = { description: 'OK', content: { 'application/json': { schema } } }
  const doc = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/a': { get: { responses: { '200': response } } },
      '/b': { get: { responses: { '200': response } } }
    }
  }
  writeFileSync(path.join(dir, 'spec.json'), JSON.stringify(doc))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('fidelity when the output version is the source’s', () => {
  it('compares each slice with the loaded source object itself', async () => {
    for (const outputVersion of ['auto', '3.1'] as const) {
      loaded.length = 0
      validatedAgainst.length = 0
      const result = await runBatch({
        spec: path.join(dir, 'spec.json'),
        outputDir: path.join(dir, `out-${outputVersion}`),
        outputVersion,
        concurrency: 1
      })
      expect(result.passRate).toBe(100)
      expect(loaded).toHaveLength(1)
      expect(validatedAgainst).toHaveLength(2)
      for (const source of validatedAgainst) expect(source).toBe(loaded[0])
    }
  })

  it('and with a conversion, against the converted copy', async () => {
    loaded.length = 0
    validatedAgainst.length = 0
    await runBatch({
      spec: path.join(dir, 'spec.json'),
      outputDir: path.join(dir, 'out-3.0'),
      outputVersion: '3.0',
      concurrency: 1
    })
    expect(validatedAgainst).toHaveLength(2)
    for (const source of validatedAgainst) expect(source).not.toBe(loaded[0])
  })
})
