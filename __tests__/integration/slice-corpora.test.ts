/**
 * Slices every operation of every 3.0 and 3.1 document in @readme/oas-examples and of GitHub's REST
 * description, and checks every validation phase for every slice: no dangling or external ref,
 * each operation fully resolved identical to the source's, no unreachable component. Three independent
 * consumers (Scalar's validator, Postman's converter, json-schema-ref-parser's dereference) read the source and every slice: a slice may
 * not give either an error that the source does not give it.
 */
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { githubRestJson, readmeDocuments, readmeExamplesDir } from '../helpers/corpora.js'
import { expectOnlyKnownDefects, type KnownDefect } from '../helpers/known-defects.js'
import { allConsumers, describeCounts, sliceAll } from '../helpers/slice-corpus.js'

/**
 * Defects of the engine that these documents show today. Each stays asserted as it is, so the test
 * fails once the engine is fixed: then delete the entry.
 */
const KNOWN_ENGINE_DEFECTS: Record<string, KnownDefect> = {}

const documents = [...readmeDocuments('3.0'), ...readmeDocuments('3.1')]
const counts = { documents: 0, operations: 0, sourceDefects: [] as string[], consumerLines: [] as string[] }

describe('every operation of @readme/oas-examples (3.0 and 3.1)', () => {
  it.each(documents.map(file => [path.relative(readmeExamplesDir, file), file]))('%s', async (name, file) => {
    const result = await sliceAll(file, { consumers: allConsumers })
    counts.documents++
    counts.operations += result.operations
    counts.sourceDefects.push(...result.sourceDefects.map(key => `${path.basename(file)} ${key}`))
    counts.consumerLines.push(describeCounts(name, result))
    expectOnlyKnownDefects(result, KNOWN_ENGINE_DEFECTS[name])
  })

  it('covers the whole corpus', () => {
    expect(counts.documents).toBe(documents.length)
    expect(counts.operations).toBeGreaterThan(300)
    // The closing note quotes these counts.
    // The only operations that fail are those whose source is broken: these seven (one document in JSON and YAML), each for its own reason.
    expect(counts.sourceDefects.sort()).toEqual([
      'post.json POST /hoot',
      'response-http-behavior.json GET /cache',
      'response-http-behavior.json GET /status/204',
      'response-http-behavior.json GET /status/302',
      'response-http-behavior.yaml GET /cache',
      'response-http-behavior.yaml GET /status/204',
      'response-http-behavior.yaml GET /status/302'
    ])
    process.stdout.write(
      `readme corpus: ${counts.documents} documents, ${counts.operations} operations sliced, ${counts.sourceDefects.length} failed for defects of their source\n`
    )
    if (process.env.CORPUS_VERBOSE) process.stdout.write(counts.consumerLines.join(''))
  })
})

describe("GitHub's REST description", () => {
  it('slices all of its operations, each passing every phase and read by both consumers as the source is', async () => {
    const result = await sliceAll(githubRestJson, { consumers: allConsumers })
    expect(result.failures.slice(0, 10)).toEqual([])
    expect(result.sourceDefects).toEqual([])
    expect(result.operations).toBeGreaterThanOrEqual(1000)
    expect(result.consumers.flatMap(c => c.notInSource).slice(0, 10)).toEqual([])
    process.stdout.write(describeCounts('GitHub REST', result))
  })
})
