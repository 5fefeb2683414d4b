/**
 * Runs the integration tests' three consumers (Scalar's validator, Postman's converter, a collecting
 * dereference) over a source document and the slices the CLI wrote of it. An error on a slice counts
 * only when the consumer does not give it on the source too; a Swagger 2.0 source is also read as
 * swagger2openapi converts it, since its slices are OpenAPI 3.0.
 */
import { readFile } from 'node:fs/promises'
import { register } from 'node:module'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'

register('../ts-resolve.mjs', import.meta.url)
let helpers

async function sources(spec) {
  const text = (await readFile(spec, 'utf8')).replace(/^\uFEFF/, '')
  let doc = parseYaml(text, { maxAliasCount: -1 })
  if (/["']?\$ref["']?\s*:\s*["']?(?!#)[^\s"']/.test(text)) {
    const { default: $RefParser } = await import('@apidevtools/json-schema-ref-parser')
    // Local files only: nothing is fetched.
    doc = await $RefParser.bundle(spec, { resolve: { http: false } }).catch(() => doc)
  }
  if (doc?.swagger !== '2.0') return [doc]
  const { default: converter } = await import('swagger2openapi')
  const converted = await converter
    .convertObj(globalThis.structuredClone(doc), { patch: true, warnOnly: true, resolve: false })
    .then(result => result.openapi)
    .catch(() => undefined)
  return converted ? [doc, converted] : [doc]
}

export async function checkDocument(spec, outDir, rows) {
  helpers ??= await import('../../__tests__/helpers/consumers.ts')
  const { consumers, quietly } = helpers
  let docs
  try {
    docs = await sources(spec)
  } catch {
    return []
  }
  const counts = []
  for (const consumer of consumers) {
    const known = new Set()
    for (const doc of docs) {
      const errors = await quietly(() => consumer.errors(doc, rows.length)).catch(e => [
        `threw: ${e.message}`
      ])
      for (const error of errors) known.add(error)
    }
    counts.push({ consumer: consumer.name, known, sourceErrors: known.size, sliceErrors: 0, notInSource: [] })
  }
  for (const row of rows) {
    if (row.validation_status !== 'PASS' || !row.filename) continue
    const slice = parseYaml(await readFile(path.join(outDir, row.filename), 'utf8'), { maxAliasCount: -1 })
    for (const [i, consumer] of consumers.entries()) {
      const errors = await quietly(() => consumer.errors(slice, 1)).catch(e => [`threw: ${e.message}`])
      counts[i].sliceErrors += errors.length
      for (const error of errors) {
        if (!counts[i].known.has(error)) counts[i].notInSource.push(`${row.method} ${row.path}: ${error}`)
      }
    }
  }
  return counts.map(({ known: _known, ...count }) => count)
}
