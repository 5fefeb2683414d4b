/**
 * Slices every operation of every 3.0 and 3.1 document in @readme/oas-examples and of GitHub's REST
 * description, and checks all seven validation phases for every slice: no dangling or external ref,
 * each operation fully resolved identical to the source's, no unreachable component.
 */
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { convertDocument } from '../../src/engine/convert/convert-document.js'
import { loadSpec } from '../../src/engine/load/load-spec.js'
import { enumerateOperations } from '../../src/engine/openapi/operations.js'
import { buildSlice } from '../../src/engine/slice/build-slice.js'
import { SpecIndex } from '../../src/engine/slice/spec-index.js'
import type { JsonObject } from '../../src/engine/json-value.js'
import type { PhaseFailure } from '../../src/engine/validate/phases.js'
import { checkStructure } from '../../src/engine/validate/structure.js'
import { validateSlice } from '../../src/engine/validate/validate-slice.js'
import { dumpYaml, serializeYaml } from '../../src/engine/output/serialize-yaml.js'
import { isDeepStrictEqual } from 'node:util'
import { parse as parseYaml } from 'yaml'
import { githubRestJson, readmeDocuments, readmeExamplesDir } from '../helpers/corpora.js'

/**
 * A failure the source document itself explains: the source fails the official schema, or names a
 * security scheme it never defines. Such operations must fail, with their reason; no other may.
 */
function isSourceDefect(doc: JsonObject, failure: PhaseFailure): boolean {
  if (failure.phase === 'structure') return checkStructure(doc).length > 0
  const scheme =
    failure.phase === 'completeness' ? /security scheme "([^"]+)"/.exec(failure.reason)?.[1] : undefined
  const schemes = (doc.components as JsonObject | undefined)?.securitySchemes as JsonObject | undefined
  return scheme !== undefined && !(schemes && scheme in schemes)
}

async function sliceAll(file: string) {
  const spec = await loadSpec(file)
  // As the batch does with output-version auto: the document is sliced as it is, in its own version.
  const { doc, version } = convertDocument(spec.doc, spec.version, 'auto')
  const index = new SpecIndex(doc)
  const operations = enumerateOperations(doc, spec.locate)
  const failures: string[] = []
  const sourceDefects: string[] = []
  for (const operation of operations) {
    const { document } = buildSlice(index, [operation])
    const report = validateSlice({
      slice: document,
      source: doc,
      operations: [operation],
      outputVersion: version
    })
    // The fast YAML emitter must give back, through the `yaml` package, exactly the data sliced, and
    // reusing each component's text must give exactly what one dump of the whole slice gives.
    const yamlText = serializeYaml(document)
    if (!isDeepStrictEqual(parseYaml(yamlText), JSON.parse(JSON.stringify(document)))) {
      failures.push(`${operation.key}: its YAML does not parse back to the slice`)
    }
    if (yamlText !== dumpYaml(document)) {
      failures.push(`${operation.key}: its YAML differs from one dump of the whole slice`)
    }
    if (report.passed) continue
    if (report.failures.every(failure => isSourceDefect(doc, failure))) sourceDefects.push(operation.key)
    else failures.push(`${operation.key}: ${report.failures.map(f => `[${f.phase}] ${f.reason}`).join('; ')}`)
  }
  return { operations: operations.length, failures, sourceDefects }
}

const documents = [...readmeDocuments('3.0'), ...readmeDocuments('3.1')]
const counts = { documents: 0, operations: 0, sourceDefects: [] as string[] }

describe('every operation of @readme/oas-examples (3.0 and 3.1)', () => {
  it.each(documents.map(file => [path.relative(readmeExamplesDir, file), file]))(
    '%s',
    async (_name, file) => {
      const { operations, failures, sourceDefects } = await sliceAll(file)
      counts.documents++
      counts.operations += operations
      counts.sourceDefects.push(...sourceDefects.map(key => `${path.basename(file)} ${key}`))
      expect(failures).toEqual([])
    }
  )

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
  })
})

describe("GitHub's REST description", () => {
  it('slices all of its operations, each passing all seven phases', async () => {
    const { operations, failures, sourceDefects } = await sliceAll(githubRestJson)
    expect(failures.slice(0, 10)).toEqual([])
    expect(sourceDefects).toEqual([])
    expect(operations).toBeGreaterThanOrEqual(1000)
    process.stdout.write(`GitHub REST: ${operations} operations sliced, ${failures.length} failed\n`)
  })
})
