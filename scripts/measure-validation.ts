// Measures what each validation phase costs per slice on GitHub's REST description (1,223
// operations): every slice is built once, then each phase is timed over all of them.
//   node --import ./scripts/ts-loader.mjs scripts/measure-validation.ts [spec]
import { createRequire } from 'node:module'
import path from 'node:path'
import { convertSpec } from '../src/engine/batch/plan-steps.js'
import { loadSpec } from '../src/engine/load/load-spec.js'
import { enumerateOperations } from '../src/engine/openapi/operations.js'
import { buildSlice } from '../src/engine/slice/build-slice.js'
import { SpecIndex } from '../src/engine/slice/spec-index.js'
import { checkCompleteness } from '../src/engine/validate/completeness.js'
import { checkFidelity } from '../src/engine/validate/fidelity.js'
import { checkMinimality } from '../src/engine/validate/minimality.js'
import { checkReferences } from '../src/engine/validate/references.js'
import { checkStructure } from '../src/engine/validate/structure.js'
import { checkUniqueness } from '../src/engine/validate/uniqueness.js'
import { PHASES, type PhaseName } from '../src/engine/validate/phases.js'
import { checkVersion } from '../src/engine/validate/version.js'
import { checkTarget } from '../src/engine/target/check-target.js'

const require = createRequire(import.meta.url)
const spec =
  process.argv[2] ??
  path.join(
    path.dirname(require.resolve('@octokit/openapi/package.json')),
    'generated',
    'api.github.com.json'
  )
const loaded = await loadSpec(spec)
const { doc, version } = convertSpec(loaded, 'auto')
const index = new SpecIndex(doc)
const operations = enumerateOperations(doc)
const slices = operations.map(operation => ({ operation, document: buildSlice(index, [operation]).document }))

// Keyed by phase name, so a new phase does not compile here until it is timed too.
const phases: Record<PhaseName, (slice: (typeof slices)[number]) => unknown> = {
  structure: s => checkStructure(s.document),
  references: s => checkReferences(s.document),
  completeness: s => checkCompleteness(s.document, doc, [s.operation]),
  fidelity: s => checkFidelity(s.document, doc, [s.operation]),
  minimality: s => checkMinimality(s.document, [s.operation]),
  uniqueness: s => checkUniqueness(s.document),
  version: s => checkVersion(s.document, version),
  // Timed against AWS, the profile with the most rules; its failures are not the source's defects.
  target: s => checkTarget(s.document, () => 0, { name: 'aws-apigateway', collisions: [] }).failures
}
let total = 0
const rows: string[] = []
for (const name of PHASES) {
  const check = phases[name]
  const started = performance.now()
  let failures = 0
  for (const slice of slices) if ((check(slice) as unknown[]).length > 0) failures++
  const ms = performance.now() - started
  total += ms
  rows.push(`| ${name} | ${ms.toFixed(0)} | ${((ms / slices.length) * 1000).toFixed(0)} | ${failures} |`)
}
console.log(
  `${path.basename(spec)}: ${slices.length} slices, OpenAPI ${loaded.sourceVersion}, Node ${process.version}\n`
)
console.log('| phase | total ms | µs per slice | failing slices |')
console.log('| --- | --- | --- | --- |')
console.log(rows.join('\n'))
console.log(`| every phase | ${total.toFixed(0)} | ${((total / slices.length) * 1000).toFixed(0)} | |`)
