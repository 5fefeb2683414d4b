// How much of slicing is first-time work? Makes every slice of a document three times in one process
// and prints each pass: the first pays for compiling the hot code and filling the memos, the third
// runs warm. The third pass is also split into build, validation, index facts and serialisation.
//   node --import ./scripts/ts-loader.mjs scripts/bench/warm-slices.ts SPEC [json|yaml]
import { sliceFacts } from '../../src/engine/batch/index-facts.js'
import { sliceOne } from '../../src/engine/batch/slice-one.js'
import { convertSpec } from '../../src/engine/batch/plan-steps.js'
import { loadSpec } from '../../src/engine/load/load-spec.js'
import { enumerateOperations } from '../../src/engine/openapi/operations.js'
import { serializerFor } from '../../src/engine/output/serialize.js'
import { buildSlice } from '../../src/engine/slice/build-slice.js'
import { SpecIndex } from '../../src/engine/slice/spec-index.js'
import { validateSlice } from '../../src/engine/validate/validate-slice.js'

const [spec, format = 'json'] = process.argv.slice(2) as [string, 'json' | 'yaml']
const loaded = await loadSpec(spec)
const { doc, version } = convertSpec(loaded, 'auto')
const index = new SpecIndex(doc)
const operations = enumerateOperations(doc)
const serialize = await serializerFor(format)
for (const pass of [1, 2]) {
  const started = performance.now()
  for (const operation of operations) sliceOne(index, [operation], version, serialize)
  console.log(`pass ${pass}: ${Math.round(performance.now() - started)} ms`)
}
const parts = { build: 0, validation: 0, facts: 0, serialisation: 0 }
const started = performance.now()
for (const operation of operations) {
  let t = performance.now()
  const { document } = buildSlice(index, [operation])
  parts.build += performance.now() - t
  t = performance.now()
  validateSlice({ slice: document, source: index.doc, operations: [operation], outputVersion: version })
  parts.validation += performance.now() - t
  t = performance.now()
  sliceFacts(document, [operation])
  parts.facts += performance.now() - t
  t = performance.now()
  serialize(document)
  parts.serialisation += performance.now() - t
}
const split = Object.entries(parts).map(([part, ms]) => `${part} ${Math.round(ms)}`)
console.log(`pass 3: ${Math.round(performance.now() - started)} ms (${split.join(', ')} ms; hashing aside)`)
