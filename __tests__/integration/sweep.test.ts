/**
 * Every document of @readme/oas-examples, in every version, and GitHub's REST description, through the
 * whole batch: nothing crashes or hangs, and every operation either passes or fails with a typed reason.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { isSliceOasError, PHASES, runBatch } from '../../src/engine/index.js'
import { githubRestJson, readmeDocuments, readmeExamplesDir } from '../helpers/corpora.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-sweep-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const documents = [
  ...readmeDocuments('2.0'),
  ...readmeDocuments('3.0'),
  ...readmeDocuments('3.1'),
  githubRestJson
]
const outcomes = { documents: 0, refused: 0, passed: 0, failed: 0 }

describe('sweep', () => {
  it.each(documents.map((file, i) => [path.relative(readmeExamplesDir, file), file, i]))(
    '%s',
    async (_name, file, i) => {
      const outputDir = path.join(dir, String(i))
      try {
        const result = await runBatch({ spec: file as string, outputDir, minPassRate: 0 })
        for (const slice of result.slices) {
          expect(['PASS', 'FAIL']).toContain(slice.status)
          if (slice.status === 'FAIL') expect(PHASES).toContain(slice.failures[0].phase)
        }
        outcomes.passed += result.extracted
        outcomes.failed += result.failed
      } catch (error) {
        // A document refused whole must be refused with a typed, plain error.
        expect(isSliceOasError(error)).toBe(true)
        expect((error as { code: string }).code).not.toBe('INTERNAL')
        outcomes.refused++
      }
      outcomes.documents++
    }
  )

  it('covered every document', () => {
    expect(outcomes.documents).toBe(documents.length)
    process.stdout.write(
      `sweep: ${outcomes.documents} documents, ${outcomes.passed} slices passed, ${outcomes.failed} failed with a phase and reason, ${outcomes.refused} documents refused with a typed error\n`
    )
  })
})
