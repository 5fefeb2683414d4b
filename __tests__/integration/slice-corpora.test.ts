/**
 * Slices every operation of every 3.0 and 3.1 document in @readme/oas-examples and of GitHub's REST
 * description, and checks all seven validation phases for every slice: no dangling or external ref,
 * each operation fully resolved identical to the source's, no unreachable component.
 */
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { loadSpec } from '../../src/engine/load/load-spec.js'
import { enumerateOperations } from '../../src/engine/openapi/operations.js'
import { buildSlice } from '../../src/engine/slice/build-slice.js'
import { SpecIndex } from '../../src/engine/slice/spec-index.js'
import { validateSlice } from '../../src/engine/validate/validate-slice.js'
import { githubRestJson, readmeDocuments, readmeExamplesDir } from '../helpers/corpora.js'

async function sliceAll(file: string) {
  const spec = await loadSpec(file)
  const index = new SpecIndex(spec.doc)
  const operations = enumerateOperations(spec.doc, spec.locate)
  const failures: string[] = []
  for (const operation of operations) {
    const { document } = buildSlice(index, [operation])
    const report = validateSlice({
      slice: document,
      source: spec.doc,
      operations: [operation],
      outputVersion: spec.version
    })
    if (!report.passed)
      failures.push(`${operation.key}: ${report.failures.map(f => `[${f.phase}] ${f.reason}`).join('; ')}`)
  }
  return { operations: operations.length, failures }
}

const documents = [...readmeDocuments('3.0'), ...readmeDocuments('3.1')]
const counts = { documents: 0, operations: 0 }

describe('every operation of @readme/oas-examples (3.0 and 3.1)', () => {
  it.each(documents.map(file => [path.relative(readmeExamplesDir, file), file]))(
    '%s',
    async (_name, file) => {
      const { operations, failures } = await sliceAll(file)
      counts.documents++
      counts.operations += operations
      expect(failures).toEqual([])
    }
  )

  it('covers the whole corpus', () => {
    expect(counts.documents).toBe(documents.length)
    expect(counts.operations).toBeGreaterThan(300)
  })
})

describe("GitHub's REST description", () => {
  it('slices all of its operations, each passing all seven phases', async () => {
    const { operations, failures } = await sliceAll(githubRestJson)
    expect(failures.slice(0, 10)).toEqual([])
    expect(operations).toBeGreaterThanOrEqual(1000)
  })
})
