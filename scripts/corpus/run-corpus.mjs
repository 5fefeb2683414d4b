#!/usr/bin/env node
/**
 * Slices every OpenAPI/Swagger document under a folder with the built CLI and reports, per document,
 * its operations, slices passed and failed, the failure reasons, and the exit code.
 * With --consumers, Scalar's validator, Postman's converter and json-schema-ref-parser's dereference
 * read the source and every slice written, and each document reports, per consumer, its errors on
 * the source, on the slices, and on the slices but not on the source.
 * Usage: npm run corpus -- DIR|FILE... [--out report.json] [--jobs N] [--consumers] [--cli dist/cli/index.js]
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import { checkDocument } from './consumer-check.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const option = name => {
  const i = args.indexOf(name)
  return i >= 0 ? args.splice(i, 2)[1] : undefined
}
const flag = name => {
  const i = args.indexOf(name)
  return i >= 0 && args.splice(i, 1).length > 0
}
const out = option('--out')
const jobs = Number(option('--jobs') ?? 2)
const cli = path.resolve(option('--cli') ?? path.join(here, '../../dist/cli/index.js'))
const withConsumers = flag('--consumers')
const roots = (args.length ? args : ['../shared/corpus/apisguru']).map(arg => path.resolve(arg))
const root = roots.length === 1 && !/\.(ya?ml|json)$/.test(roots[0]) ? roots[0] : process.cwd()

async function findSpecs(dir) {
  const found = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) found.push(...(await findSpecs(full)))
    else if (/^(openapi|swagger)\.(ya?ml|json)$/.test(entry.name)) found.push(full)
  }
  return found.sort()
}

function run(spec, outDir) {
  return new Promise(resolve => {
    const child = spawn(
      process.execPath,
      [cli, '--spec', spec, '--output-dir', outDir, '--min-pass-rate', '0'],
      {
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', d => (stdout += d))
    child.stderr.on('data', d => (stderr += d))
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}

const specs = []
for (const arg of roots) specs.push(...(/\.(ya?ml|json)$/.test(arg) ? [arg] : await findSpecs(arg)))
const results = []
let next = 0
async function worker() {
  while (next < specs.length) {
    const spec = specs[next++]
    const outDir = await mkdtemp(path.join(tmpdir(), 'corpus-'))
    const started = Date.now()
    const { code, stdout, stderr } = await run(spec, outDir)
    let rows = []
    try {
      rows = parse(await readFile(path.join(outDir, 'index.csv'), 'utf8'), { columns: true })
    } catch {
      // No index: the document was lost whole, and its exit code and message say why.
    }
    const failed = rows.filter(r => r.validation_status !== 'PASS')
    const consumers = withConsumers ? await checkDocument(spec, outDir, rows) : undefined
    results.push({
      spec: path.relative(root, spec),
      exit: code,
      operations: rows.length,
      passed: rows.length - failed.length,
      failed: failed.length,
      reasons: failed.map(r => `${r.method} ${r.path}: ${r.failure_reason}`),
      error:
        code !== 0 && rows.length === 0
          ? (stderr || stdout).trim().split('\n').slice(-3).join(' ')
          : undefined,
      consumers,
      ms: Date.now() - started
    })
    await rm(outDir, { recursive: true, force: true })
  }
}
await Promise.all(Array.from({ length: jobs }, worker))
results.sort((a, b) => (a.spec < b.spec ? -1 : 1))
let ops = 0,
  pass = 0,
  fail = 0,
  lost = 0
for (const r of results) {
  ops += r.operations
  pass += r.passed
  fail += r.failed
  if (r.error) lost++
  const mark = r.error ? 'LOST' : r.failed ? 'FAIL' : 'ok'
  console.log(
    `${mark.padEnd(4)} ${r.spec}  ops=${r.operations} pass=${r.passed} fail=${r.failed} exit=${r.exit}`
  )
  if (r.error) console.log(`     ${r.error}`)
  for (const reason of r.reasons.slice(0, 3)) console.log(`     ${reason.slice(0, 300)}`)
  if (r.reasons.length > 3) console.log(`     … ${r.reasons.length - 3} more`)
  for (const c of r.consumers ?? []) {
    console.log(
      `     ${c.consumer}: source ${c.sourceErrors}, slices ${c.sliceErrors}, not in source ${c.notInSource.length}`
    )
    for (const error of c.notInSource.slice(0, 3)) console.log(`       ${error.slice(0, 300)}`)
    if (c.notInSource.length > 3) console.log(`       … ${c.notInSource.length - 3} more`)
  }
}
console.log(
  `\n${results.length} documents, ${lost} lost whole; ${ops} operations: ${pass} passed, ${fail} failed`
)
if (withConsumers) {
  const totals = new Map()
  for (const c of results.flatMap(r => r.consumers ?? [])) {
    const t = totals.get(c.consumer) ?? { source: 0, slices: 0, notInSource: 0, documents: 0 }
    t.source += c.sourceErrors
    t.slices += c.sliceErrors
    t.notInSource += c.notInSource.length
    if (c.notInSource.length) t.documents++
    totals.set(c.consumer, t)
  }
  for (const [name, t] of totals) {
    console.log(
      `${name}: ${t.source} errors on sources, ${t.slices} on slices, ${t.notInSource} not in the source (in ${t.documents} documents)`
    )
  }
}
if (out) await writeFile(out, JSON.stringify(results, null, 2))
