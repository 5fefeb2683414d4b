/**
 * Slices every operation of one real document in process, checks every validation phase and
 * the YAML emitter for each slice, and runs independent consumers over the source and every slice.
 */
import { isDeepStrictEqual } from 'node:util'
import { readFile } from 'node:fs/promises'
import { parse as parseYaml } from 'yaml'
import { convertSpec } from '../../src/engine/batch/plan-steps.js'
import { loadSpec } from '../../src/engine/load/load-spec.js'
import { enumerateOperations } from '../../src/engine/openapi/operations.js'
import { buildSlice } from '../../src/engine/slice/build-slice.js'
import { SpecIndex } from '../../src/engine/slice/spec-index.js'
import type { JsonObject } from '../../src/engine/json-value.js'
import type { PhaseFailure } from '../../src/engine/validate/phases.js'
import { validateSlice } from '../../src/engine/validate/validate-slice.js'
import { dumpYaml, serializeYaml } from '../../src/engine/output/serialize-yaml.js'
import { consumers as allConsumers, quietly, type Consumer } from './consumers.js'

/**
 * A failure the source document itself explains (the validator found the same defect in the source).
 * Such operations must fail, with their reason; no other may.
 */
function isSourceDefect(failure: PhaseFailure): boolean {
  // The validator traces each failure to its cause and says when the source has the same defect.
  return failure.cause?.inSource === true
}

/** What one consumer said of a document and its slices. */
export interface ConsumerCounts {
  consumer: string
  /** Distinct errors on the source document. */
  sourceErrors: number
  /** Errors on slices, each slice counted apart. */
  sliceErrors: number
  /** `operation: error` for each error on a slice that the source does not have. */
  notInSource: string[]
}

export interface CorpusResult {
  operations: number
  failures: string[]
  sourceDefects: string[]
  consumers: ConsumerCounts[]
}

/**
 * The source as a user hands it to a consumer: the file as written, or for a multi-file layout
 * the bundle an independent bundler makes of it.
 */
async function sourceForConsumers(file: string, multiFile: boolean): Promise<JsonObject> {
  if (!multiFile) return parseYaml((await readFile(file, 'utf8')).replace(/^\uFEFF/, '')) as JsonObject
  const { default: $RefParser } = await import('@apidevtools/json-schema-ref-parser')
  try {
    // Local files only: nothing is fetched.
    return (await $RefParser.bundle(file, { resolve: { http: false } })) as JsonObject
  } catch {
    // A layout no bundler takes is handed over as its root file: consumers then report that as well.
    return parseYaml(await readFile(file, 'utf8')) as JsonObject
  }
}

export interface SliceAllOptions {
  /** Run these consumers too (none by default). */
  consumers?: readonly Consumer[]
  /** The document spans several files. */
  multiFile?: boolean
}

export async function sliceAll(file: string, options: SliceAllOptions = {}): Promise<CorpusResult> {
  const spec = await loadSpec(file)
  // As the batch does with output-version auto: the document is sliced as it is, in its own version.
  const { doc, version } = convertSpec(spec, 'auto')
  const index = new SpecIndex(doc)
  const operations = enumerateOperations(doc, spec.locate)
  const failures: string[] = []
  const sourceDefects: string[] = []
  const consumers = options.consumers ?? []
  const source = consumers.length ? await sourceForConsumers(file, options.multiFile ?? false) : {}
  const counts: ConsumerCounts[] = []
  const known: Set<string>[] = []
  for (const consumer of consumers) {
    const errors = await quietly(() => consumer.errors(source, operations.length))
    known.push(new Set(errors))
    counts.push({ consumer: consumer.name, sourceErrors: errors.length, sliceErrors: 0, notInSource: [] })
  }
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
    for (const [i, consumer] of consumers.entries()) {
      const errors = await quietly(() => consumer.errors(document, 1))
      counts[i].sliceErrors += errors.length
      for (const error of errors) {
        if (!known[i].has(error)) counts[i].notInSource.push(`${operation.key}: ${error}`)
      }
    }
    if (report.passed) continue
    if (report.failures.every(isSourceDefect)) sourceDefects.push(operation.key)
    else failures.push(`${operation.key}: ${report.failures.map(f => `[${f.phase}] ${f.reason}`).join('; ')}`)
  }
  return { operations: operations.length, failures, sourceDefects, consumers: counts }
}

export { allConsumers }

/** One line per consumer, for the closing note. */
export function describeCounts(name: string, result: CorpusResult): string {
  const parts = result.consumers.map(
    c =>
      `${c.consumer}: ${c.sourceErrors} on source, ${c.sliceErrors} on slices, ${c.notInSource.length} not in source`
  )
  return `${name}: ${result.operations} operations, ${result.failures.length} failed, ${result.sourceDefects.length} failed for source defects; ${parts.join('; ')}\n`
}
