// npm run bench: slices each input with full validation (every phase) and files written, through the
// built CLI in its own process, for YAML and JSON output and concurrency 1 and the default, and prints
// a table (and JSON with --json FILE). Each row also shows the floor (parse once + serialise every slice
// once, nothing else) and the naive slicer's whole-process time, measured in the same run.
//
// File creation on this machine's disk costs the kernel several times more for a while after many
// files were deleted (online discard: the naive slicer takes 0.35 s on a quiet disk and 0.7 to 1.7 s
// right after deletions). So every run writes to a fresh folder and nothing is deleted until all runs
// are done; every configuration runs --repeat times, each run right after a run of the naive slicer, and
// the table gives the medians. The CPU seconds (user + system, all threads) show the kernel's share.
// --scratch puts the outputs elsewhere (a tmpfs such as /dev/shm takes the disk out of the figures).
// --baseline DIST also runs another build's dist/ (an older commit's, say) right after each run, so a
// change is measured against its baseline under the same load; the table then gives its median too.
//   npm run bench -- [--inputs github,ghec,synthetic] [--repeat 3] [--scratch DIR] [--json FILE]
//                    [--baseline DIST]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const require = createRequire(import.meta.url)
const octokit = path.join(path.dirname(require.resolve('@octokit/openapi/package.json')), 'generated')
const { values } = parseArgs({
  options: {
    inputs: { type: 'string', default: 'github,ghec,synthetic' },
    repeat: { type: 'string', default: '3' },
    scratch: { type: 'string', default: '.bench' },
    json: { type: 'string' },
    baseline: { type: 'string' }
  }
})
const scratch = path.resolve(values.scratch)
const inputsDir = path.resolve('.bench')
const repeat = Math.max(1, Number(values.repeat))

const inputs = {
  github: () => path.join(octokit, 'api.github.com.json'),
  ghec: () => path.join(octokit, 'ghec.deref.json'),
  synthetic: () => {
    const file = path.join(inputsDir, 'synthetic-100000.json')
    if (!existsSync(file))
      spawnSync(process.execPath, ['scripts/bench/generate-synthetic.mjs', '100000', file], {
        stdio: 'inherit'
      })
    return file
  }
}

const baselineCli = values.baseline && path.resolve(values.baseline, 'cli', 'index.js')
if (baselineCli && !existsSync(baselineCli)) throw new Error(`--baseline: ${baselineCli} does not exist`)

/**
 * Runs a node script in its own process; run-cli.mjs reports peak RSS and CPU time on stderr. `cli`
 * names another CLI bundle for run-cli.mjs to run (the baseline's).
 */
function timed(args, cli) {
  const started = process.hrtime.bigint()
  const env = cli ? { ...process.env, BENCH_CLI: cli } : process.env
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26, env })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const bench = /BENCH (\{.*\})/.exec(child.stderr ?? '')
  const usage = bench ? JSON.parse(bench[1]) : {}
  return { seconds, status: child.status, ...usage, stdout: child.stdout, stderr: child.stderr }
}

/** A fresh output folder for every run; all are deleted at the end, after the last measurement. */
const runsDir = path.join(scratch, `runs-${process.pid}`)
let runCount = 0
const freshOutput = () => path.join(runsDir, String(++runCount))

const median = numbers => {
  const sorted = [...numbers].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

mkdirSync(runsDir, { recursive: true })
mkdirSync(inputsDir, { recursive: true })
const rows = []
for (const name of values.inputs.split(',')) {
  const spec = inputs[name]()
  for (const format of ['yaml', 'json']) {
    const floorRun = spawnSync(
      process.execPath,
      ['scripts/bench/naive-slicer.mjs', spec, '--floor', format],
      { encoding: 'utf8', maxBuffer: 1 << 26 }
    )
    const floor = JSON.parse(floorRun.stdout)
    const floorSeconds = (floor.parseMs + floor.serializeMs) / 1000
    for (const concurrency of [1, 4]) {
      const runs = []
      const naives = []
      const baselines = []
      const sliceRun = cli =>
        timed(
          [
            'scripts/bench/run-cli.mjs',
            '--spec',
            spec,
            '--output-dir',
            freshOutput(),
            '--format',
            format,
            '--concurrency',
            String(concurrency)
          ],
          cli
        )
      for (let i = 0; i < repeat; i++) {
        naives.push(timed(['scripts/bench/naive-slicer.mjs', spec, freshOutput()]).seconds)
        const run = sliceRun()
        runs.push(run)
        if (baselineCli) baselines.push(sliceRun(baselineCli).seconds)
        process.stderr.write(
          `${name} ${format} c=${concurrency} #${i + 1}: ${run.seconds.toFixed(2)} s (naive ${naives.at(-1).toFixed(2)} s` +
            (baselineCli ? `, baseline ${baselines.at(-1).toFixed(2)} s)\n` : ')\n')
        )
      }
      const last = runs.at(-1)
      const done = /(?:Done|Failed|Stopped): (\d+) slice/.exec(last.stdout)
      const slices = done ? Number(done[1]) : 0
      const threads = Number(/on (\d+) threads/.exec(last.stdout)?.[1] ?? 1)
      const seconds = median(runs.map(run => run.seconds))
      const naiveSeconds = median(naives)
      rows.push({
        input: name,
        format,
        concurrency,
        threads,
        operations: floor.slices,
        slices,
        passed: runs.every(run => run.status === 0),
        runs: runs.length,
        seconds: +seconds.toFixed(2),
        fastestSeconds: +Math.min(...runs.map(run => run.seconds)).toFixed(2),
        cpuSeconds: +median(runs.map(run => (run.userMs + run.systemMs) / 1000)).toFixed(2),
        systemSeconds: +median(runs.map(run => run.systemMs / 1000)).toFixed(2),
        slicesPerMinute: Math.round((slices / seconds) * 60),
        peakRssMb: Math.round(Math.max(...runs.map(run => run.maxRssKb ?? 0)) / 1024) || undefined,
        floorSeconds: +floorSeconds.toFixed(2),
        ratioToFloor: +(seconds / floorSeconds).toFixed(1),
        naiveSeconds: +naiveSeconds.toFixed(2),
        ratioToNaive: +(seconds / naiveSeconds).toFixed(1),
        ...(baselineCli ? { baselineSeconds: +median(baselines).toFixed(2) } : {})
      })
    }
  }
}

// A review run: GitHub's description against a base spec with 50 edits, beside a plain run of it.
const reviewRun = spawnSync(
  process.execPath,
  ['scripts/bench/review-run.mjs', '--repeat', String(repeat), '--scratch', scratch],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }
)
const review = JSON.parse(reviewRun.stdout)

// The parse of GitHub's description as a YAML input, against the fastest YAML parsers on npm.
const githubYaml = path.join(inputsDir, 'api.github.com.yaml')
if (!existsSync(githubYaml)) {
  const jsYaml = (await import('js-yaml')).default
  const { readFileSync } = await import('node:fs')
  writeFileSync(
    githubYaml,
    jsYaml.dump(JSON.parse(readFileSync(inputs.github(), 'utf8')), { noRefs: true, lineWidth: -1 })
  )
}
const parseRun = spawnSync(
  process.execPath,
  ['--import', './scripts/ts-loader.mjs', 'scripts/bench/yaml-parse.ts', githubYaml],
  {
    encoding: 'utf8'
  }
)
const yamlParse = JSON.parse(parseRun.stdout)

const header = [
  'input',
  'format',
  'concurrency',
  'threads',
  'operations',
  'wall s (median)',
  'fastest s',
  'slices/min',
  'CPU s (system)',
  'peak RSS MB',
  'floor s',
  '× floor',
  'naive s',
  '× naive',
  ...(baselineCli ? ['baseline s'] : [])
]
console.log(
  `Node ${process.version}, ${availableParallelism()} cores, outputs in ${scratch}, ${repeat} run(s) each\n`
)
console.log(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`)
for (const r of rows) {
  const cells = [
    r.input,
    r.format,
    r.concurrency,
    r.threads,
    r.operations,
    r.seconds,
    r.fastestSeconds,
    r.slicesPerMinute.toLocaleString('en-US'),
    `${r.cpuSeconds} (${r.systemSeconds})`,
    r.peakRssMb ?? '?',
    r.floorSeconds,
    r.ratioToFloor,
    r.naiveSeconds,
    r.ratioToNaive,
    ...(baselineCli ? [r.baselineSeconds] : [])
  ]
  console.log(`| ${cells.join(' | ')} |`)
}
console.log(
  `\nYAML input (GitHub REST as ${yamlParse.megabytes} MB of YAML): slice-oas parses it in ${yamlParse.sliceOasMs} ms; js-yaml ${yamlParse.jsYamlMs} ms, yaml ${yamlParse.yamlMs} ms: ${yamlParse.ratioToFastest} × the fastest.`
)
console.log(
  `Review run (GitHub REST against a base spec with ${review.edits} edits across schemas, parameters and responses): ${review.reviewSeconds} s, plain run ${review.plainSeconds} s: ${review.ratio} × the plain run.`
)
if (values.json) writeFileSync(values.json, JSON.stringify({ runs: rows, yamlParse, review }, null, 2) + '\n')
rmSync(runsDir, { recursive: true, force: true })
