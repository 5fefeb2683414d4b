#!/usr/bin/env node
/**
 * Slices each description with two builds of the CLI and compares every file they write, byte for
 * byte: `index.csv` with its extraction_time_ms column left out, and created_at fixed by
 * SOURCE_DATE_EPOCH. For a restructuring that must not change what users get.
 * Usage: node scripts/corpus/compare-builds.mjs --before DIST --after DIST [--group-by tag] SPEC_OR_DIR...
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parse as parseCsv } from 'csv-parse/sync'

const { values, positionals } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string' },
    'group-by': { type: 'string', default: 'operation' },
    'output-version': { type: 'string', default: 'auto' }
  },
  allowPositionals: true
})
if (!values.before || !values.after || positionals.length === 0) {
  console.error('usage: compare-builds.mjs --before DIST --after DIST SPEC_OR_DIR...')
  process.exit(2)
}

function specsUnder(target) {
  if (statSync(target).isFile()) return [target]
  const found = []
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    const full = path.join(target, entry.name)
    if (entry.isDirectory()) found.push(...specsUnder(full))
    else if (/^(openapi|swagger)\.(ya?ml|json)$/.test(entry.name)) found.push(full)
  }
  return found.sort()
}

function slice(dist, spec, out) {
  const run = spawnSync(
    process.execPath,
    [
      path.join(dist, 'cli', 'index.js'),
      '--spec',
      spec,
      '--output-dir',
      out,
      '--min-pass-rate',
      '0',
      '--group-by',
      values['group-by'],
      '--output-version',
      values['output-version']
    ],
    { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } }
  )
  return run.status
}

/** The index without the one column that measures time (a CSV parse: quoted fields may hold commas). */
function stableIndex(text) {
  const rows = parseCsv(text, { relax_column_count: true })
  const column = rows[0]?.indexOf('extraction_time_ms') ?? -1
  if (column >= 0) for (const row of rows.slice(1)) row[column] = ''
  return JSON.stringify(rows)
}

let differing = 0
let compared = 0
for (const target of positionals) {
  for (const spec of specsUnder(target)) {
    const dir = mkdtempSync(path.join(tmpdir(), 'compare-builds-'))
    const a = path.join(dir, 'before')
    const b = path.join(dir, 'after')
    const codes = [slice(values.before, spec, a), slice(values.after, spec, b)]
    const names = new Set([...safeList(a), ...safeList(b)])
    const diffs = []
    if (codes[0] !== codes[1]) diffs.push(`exit ${codes[0]} → ${codes[1]}`)
    for (const name of [...names].sort()) {
      const x = safeRead(path.join(a, name))
      const y = safeRead(path.join(b, name))
      const same = name === 'index.csv' ? stableIndex(x ?? '') === stableIndex(y ?? '') : x === y
      if (!same) diffs.push(name)
    }
    compared++
    if (diffs.length > 0) {
      differing++
      console.log(
        `DIFF ${spec}: ${diffs.slice(0, 5).join(', ')}${diffs.length > 5 ? ` … ${diffs.length - 5} more` : ''}`
      )
    }
    rmSync(dir, { recursive: true, force: true })
  }
}
console.log(`${compared} descriptions compared, ${differing} with differences`)
process.exit(differing === 0 ? 0 : 1)

function safeList(dir) {
  try {
    return readdirSync(dir).filter(name => name !== '.slice-oas.lock')
  } catch {
    return []
  }
}
function safeRead(file) {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}
