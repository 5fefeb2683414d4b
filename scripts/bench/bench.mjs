// npm run bench: slices each input with full seven-phase validation and files written, through the
// built CLI in its own process, for YAML and JSON output and concurrency 1 and the default, and prints
// a table (and JSON with --json FILE). Each row also shows the floor (parse once + serialise every slice
// once, nothing else) and the naive slicer's whole-process time, measured in the same run.
//   npm run bench -- [--inputs github,ghec,synthetic] [--json .bench/results.json]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { parseArgs } from 'node:util'

const require = createRequire(import.meta.url)
const octokit = path.join(path.dirname(require.resolve('@octokit/openapi/package.json')), 'generated')
const scratch = path.resolve('.bench')
const { values } = parseArgs({
  options: { inputs: { type: 'string', default: 'github,ghec,synthetic' }, json: { type: 'string' } }
})

const inputs = {
  github: () => path.join(octokit, 'api.github.com.json'),
  ghec: () => path.join(octokit, 'ghec.deref.json'),
  synthetic: () => {
    const file = path.join(scratch, 'synthetic-100000.json')
    if (!existsSync(file))
      spawnSync(process.execPath, ['scripts/bench/generate-synthetic.mjs', '100000', file], {
        stdio: 'inherit'
      })
    return file
  }
}

function timed(args) {
  const started = process.hrtime.bigint()
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const bench = /BENCH (\{.*\})/.exec(child.stderr ?? '')
  return {
    seconds,
    status: child.status,
    maxRssKb: bench ? JSON.parse(bench[1]).maxRssKb : undefined,
    stdout: child.stdout,
    stderr: child.stderr
  }
}

mkdirSync(scratch, { recursive: true })
const rows = []
for (const name of values.inputs.split(',')) {
  const spec = inputs[name]()
  const naiveOut = path.join(scratch, `naive-${name}`)
  rmSync(naiveOut, { recursive: true, force: true })
  const naive = timed(['scripts/bench/naive-slicer.mjs', spec, naiveOut])
  for (const format of ['yaml', 'json']) {
    const floorRun = spawnSync(
      process.execPath,
      ['scripts/bench/naive-slicer.mjs', spec, '--floor', format],
      { encoding: 'utf8', maxBuffer: 1 << 26 }
    )
    const floor = JSON.parse(floorRun.stdout)
    const floorSeconds = (floor.parseMs + floor.serializeMs) / 1000
    for (const concurrency of [1, 4]) {
      const out = path.join(scratch, `out-${name}-${format}-${concurrency}`)
      rmSync(out, { recursive: true, force: true })
      const run = timed([
        'scripts/bench/run-cli.mjs',
        '--spec',
        spec,
        '--output-dir',
        out,
        '--format',
        format,
        '--concurrency',
        String(concurrency)
      ])
      const done = /(?:Done|Failed|Stopped): (\d+) slice/.exec(run.stdout)
      const slices = done ? Number(done[1]) : 0
      rows.push({
        input: name,
        format,
        concurrency,
        operations: floor.slices,
        slices,
        passed: run.status === 0,
        seconds: +run.seconds.toFixed(2),
        slicesPerMinute: Math.round((slices / run.seconds) * 60),
        peakRssMb: run.maxRssKb ? Math.round(run.maxRssKb / 1024) : undefined,
        floorSeconds: +floorSeconds.toFixed(2),
        ratioToFloor: +(run.seconds / floorSeconds).toFixed(1),
        naiveSeconds: +naive.seconds.toFixed(2),
        ratioToNaive: +(run.seconds / naive.seconds).toFixed(1)
      })
      rmSync(out, { recursive: true, force: true })
      process.stderr.write(`${name} ${format} c=${concurrency}: ${run.seconds.toFixed(2)} s\n`)
    }
  }
}

// The parse of GitHub's description as a YAML input, against the fastest YAML parsers on npm.
const githubYaml = path.join(scratch, 'api.github.com.yaml')
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
  'operations',
  'wall s',
  'slices/min',
  'peak RSS MB',
  'floor s',
  '× floor',
  'naive s',
  '× naive'
]
console.log(`Node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`)
console.log(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`)
for (const r of rows) {
  console.log(
    `| ${[r.input, r.format, r.concurrency, r.operations, r.seconds, r.slicesPerMinute, r.peakRssMb ?? '?', r.floorSeconds, r.ratioToFloor, r.naiveSeconds, r.ratioToNaive].join(' | ')} |`
  )
}
console.log(
  `\nYAML input (GitHub REST as ${yamlParse.megabytes} MB of YAML): slice-oas parses it in ${yamlParse.sliceOasMs} ms; js-yaml ${yamlParse.jsYamlMs} ms, yaml ${yamlParse.yamlMs} ms: ${yamlParse.ratioToFastest} × the fastest.`
)
if (values.json) writeFileSync(values.json, JSON.stringify({ runs: rows, yamlParse }, null, 2) + '\n')
