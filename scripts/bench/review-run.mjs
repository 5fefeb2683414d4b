// The review run's cost: GitHub's description sliced against a base spec with 50 edits across
// schemas, parameters and responses (made here, the same every time), beside a plain run of the same
// spec, alternating, in the same process setup. Prints one JSON line: the medians and their ratio.
//   node scripts/bench/review-run.mjs [--repeat 3] [--scratch DIR] [--cli dist/cli/index.js]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { parseArgs } from 'node:util'

const require = createRequire(import.meta.url)
const octokit = path.join(path.dirname(require.resolve('@octokit/openapi/package.json')), 'generated')
const { values } = parseArgs({
  options: {
    repeat: { type: 'string', default: '3' },
    scratch: { type: 'string', default: '.bench' },
    cli: { type: 'string' }
  }
})
const head = path.join(octokit, 'api.github.com.json')
const scratch = path.resolve(values.scratch)
const runsDir = path.join(scratch, `review-${process.pid}`)
mkdirSync(runsDir, { recursive: true })

/** Every `count`-th of the sorted keys, from the first: the same picks every time. */
function spread(object, count) {
  const keys = Object.keys(object).sort()
  const step = Math.max(1, Math.floor(keys.length / count))
  return keys.filter((_, i) => i % step === 0).slice(0, count)
}

/** The base: the head with 50 edits, each of a kind a review classifies. */
function makeBase() {
  const doc = JSON.parse(readFileSync(head, 'utf8'))
  const { schemas, parameters } = doc.components
  // 20 schemas: a property removed, or a required one added, alternately.
  spread(schemas, 20).forEach((name, i) => {
    const schema = schemas[name]
    const props = schema.properties && Object.keys(schema.properties).sort()
    if (i % 2 === 0 && props?.length) delete schema.properties[props[0]]
    else schema.properties = { ...schema.properties, bench_added: { type: 'string' } }
  })
  // 15 parameters: required flipped, or the schema's type changed, alternately.
  spread(parameters, 15).forEach((name, i) => {
    const parameter = parameters[name]
    if (i % 2 === 0) parameter.required = !parameter.required
    else parameter.schema = { type: parameter.schema?.type === 'integer' ? 'string' : 'integer' }
  })
  // 15 operations: a response added that the head does not have (the head removed it).
  const operations = Object.keys(doc.paths)
    .sort()
    .flatMap(p =>
      Object.keys(doc.paths[p])
        .filter(m => m !== 'parameters')
        .map(m => doc.paths[p][m])
    )
  const step = Math.floor(operations.length / 15)
  for (let i = 0; i < 15; i++) operations[i * step].responses['418'] = { description: 'teapot' }
  return doc
}

const base = path.join(scratch, 'api.github.com.base-50.json')
if (!existsSync(base)) writeFileSync(base, JSON.stringify(makeBase()))

const cli = values.cli ? path.resolve(values.cli) : undefined
let count = 0
function run(extra) {
  const started = process.hrtime.bigint()
  const child = spawnSync(
    process.execPath,
    [
      'scripts/bench/run-cli.mjs',
      '--spec',
      head,
      '--output-dir',
      path.join(runsDir, String(++count)),
      ...extra
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26, env: cli ? { ...process.env, BENCH_CLI: cli } : process.env }
  )
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (child.status !== 0) throw new Error(`slice-oas exited with ${child.status}: ${child.stderr}`)
  return { seconds, stdout: child.stdout }
}

const median = numbers => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]
const plain = []
const review = []
let verdict = ''
for (let i = 0; i < Math.max(1, Number(values.repeat)); i++) {
  plain.push(run([]).seconds)
  const reviewed = run(['--base-spec', base])
  review.push(reviewed.seconds)
  verdict =
    /\n(\d+ services? ha(?:s|ve) breaking changes[^\n]*|No breaking change[^\n]*)/.exec(
      reviewed.stdout
    )?.[1] ?? ''
  process.stderr.write(
    `review #${i + 1}: plain ${plain.at(-1).toFixed(2)} s, review ${review.at(-1).toFixed(2)} s\n`
  )
}
rmSync(runsDir, { recursive: true, force: true })
const plainSeconds = median(plain)
const reviewSeconds = median(review)
console.log(
  JSON.stringify({
    edits: 50,
    plainSeconds: +plainSeconds.toFixed(2),
    reviewSeconds: +reviewSeconds.toFixed(2),
    ratio: +(reviewSeconds / plainSeconds).toFixed(2),
    verdict: verdict.slice(0, 200)
  })
)
