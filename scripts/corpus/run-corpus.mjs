#!/usr/bin/env node
/**
 * Slices every OpenAPI/Swagger document under a folder with the built CLI and reports, per document,
 * its operations, slices passed and failed, the failure reasons, and the exit code.
 * Usage: npm run corpus -- DIR [--out report.json] [--jobs N]
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'

const here = path.dirname(fileURLToPath(import.meta.url))
const cli = path.join(here, '../../dist/cli/index.js')
const args = process.argv.slice(2)
const option = name => {
  const i = args.indexOf(name)
  return i >= 0 ? args.splice(i, 2)[1] : undefined
}
const out = option('--out')
const jobs = Number(option('--jobs') ?? 2)
const root = path.resolve(args[0] ?? '../shared/corpus/apisguru')

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

const specs = await findSpecs(root)
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
    } catch {}
    const failed = rows.filter(r => r.validation_status !== 'PASS')
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
}
console.log(
  `\n${results.length} documents, ${lost} lost whole; ${ops} operations: ${pass} passed, ${fail} failed`
)
if (out) await writeFile(out, JSON.stringify(results, null, 2))
