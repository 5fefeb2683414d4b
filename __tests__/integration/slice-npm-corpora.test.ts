/**
 * Public descriptions that other npm packages ship, chosen by no one here: every operation is sliced
 * and checked on every phase, and three independent consumers (Scalar's validator, Postman's
 * converter, json-schema-ref-parser's dereference) read the source and every slice. A slice may not give
 * a consumer an error that the source does not give it.
 */
import { describe, expect, it } from '@jest/globals'
import { npmCorpora } from '../helpers/corpora.js'
import { expectOnlyKnownDefects, type KnownDefect } from '../helpers/known-defects.js'
import { allConsumers, describeCounts, sliceAll } from '../helpers/slice-corpus.js'

/**
 * Defects of the engine that these documents show today. Each stays asserted as it is, so the test
 * fails once the engine is fixed: then delete the entry.
 */
const KNOWN_ENGINE_DEFECTS: Record<string, KnownDefect> = {}

describe('public descriptions shipped by npm packages', () => {
  it.each(npmCorpora.map(corpus => ({ name: corpus.name, corpus })))(
    '$name: every operation slices, and neither consumer finds an error the source does not have',
    async ({ name, corpus }) => {
      const result = await sliceAll(corpus.file, { consumers: allConsumers, multiFile: corpus.multiFile })
      process.stdout.write(describeCounts(name, result))
      if (!KNOWN_ENGINE_DEFECTS[name]?.noOperations) expect(result.operations).toBeGreaterThan(0)
      expectOnlyKnownDefects(result, KNOWN_ENGINE_DEFECTS[name])
    }
  )
})

describe('the consumers see what a slice can get wrong', () => {
  const doc = (extra: Record<string, unknown>) => ({
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } },
    ...extra
  })
  const dangling = doc({
    paths: {
      '/a': {
        get: {
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Gone' } } }
            }
          }
        }
      }
    }
  })

  it('Scalar reports a dangling reference and a missing required field, and nothing on a sound document', async () => {
    const [scalar] = allConsumers
    expect(await scalar.errors(doc({}), 1)).toEqual([])
    expect(await scalar.errors(dangling, 1)).toEqual([
      "INVALID_REFERENCE Can't resolve reference: #/components/schemas/Gone"
    ])
    const noResponses = doc({ paths: { '/a': { get: {} } } })
    expect(await scalar.errors(noResponses, 1)).toEqual([
      "must have required property 'responses' @ /paths/~1a/get"
    ])
  })

  it('the ref parser reports each dangling pointer, which Scalar misses when its container exists', async () => {
    const refParser = allConsumers[2]
    expect(await refParser.errors(doc({}), 1)).toEqual([])
    const beside = { ...dangling, components: { schemas: { Here: { type: 'string' } } } }
    expect(await refParser.errors(beside, 1)).toEqual([
      'MissingPointerError Missing $ref pointer "#/components/schemas/Gone". Token "Gone" does not exist.'
    ])
    expect(await allConsumers[0].errors(beside, 1)).toEqual([])
  })

  it('Postman converts a sound document to one request per operation, and refuses one without paths', async () => {
    const postman = allConsumers[1]
    expect(await postman.errors(doc({}), 1)).toEqual([])
    expect(await postman.errors(doc({}), 2)).toEqual(['lost requests'])
    const { paths: _paths, ...noPaths } = doc({})
    expect(await postman.errors(noPaths, 1)).toEqual([expect.stringMatching(/^refused: /)])
  })
})
