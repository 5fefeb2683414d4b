/**
 * Merges the output folders of a sharded job (`shard: i/n` on n runners) into one folder with one sorted
 * index.csv. It verifies the shards belong together (same input, same request), that every shard of
 * 1..n is there exactly once, and that no file or operation appears twice; the pass rate is
 * recomputed from the shards' rows, and gated as a run's is.
 */
import path from 'node:path'
import { passGate } from '../batch/pass-gate.js'
import { SliceOasError } from '../errors.js'
import { resolveInside } from '../output/file-names.js'
import { nodeFileSink, type FileSink } from '../output/file-sink.js'
import { INDEX_NAME, readIndex, renderIndex, type IndexRow } from '../output/index-csv.js'
import {
  MANIFEST_NAME,
  parseManifest,
  renderManifest,
  type Manifest,
  type ManifestEntry
} from '../output/manifest.js'
import { outputError, writeAtomicWithRetry } from '../output/retry.js'
import { createMergeRequest, type MergeRequestInput } from './merge-request.js'

export interface MergeResult {
  outputDir: string
  indexPath: string
  shards: number
  files: number
  /** The merged slice files' names, in name order. */
  fileNames: string[]
  operations: number
  passed: number
  failed: number
  /** PASS rows over PASS and FAIL rows, 0–100. */
  passRate: number
  minPassRate: number
  /** Whether the pass rate reaches the minimum: the same gate as a run's. */
  meetsMinimum: boolean
}

interface ShardOutput {
  dir: string
  manifest: Manifest
  rows: IndexRow[]
}

/** The files and rows of every shard, each once. */
interface Collected {
  files: Map<string, { dir: string; name: string; entry: ManifestEntry }>
  rows: IndexRow[]
}

function invalid(message: string): SliceOasError {
  return new SliceOasError('MERGE_INVALID', message)
}

export async function mergeShards(
  input: MergeRequestInput,
  sink: FileSink = nodeFileSink
): Promise<MergeResult> {
  const request = createMergeRequest(input)
  const shards: ShardOutput[] = []
  for (const dir of request.shardDirs.map(d => path.resolve(d))) shards.push(await readShard(sink, dir))
  checkShardsBelong(shards)
  const collected = collect(shards)
  const outputDir = path.resolve(request.outputDir)
  const { indexPath, fileNames } = await writeMerged(sink, outputDir, shards[0].manifest, collected)
  const { rows } = collected
  const passed = rows.filter(row => row.validation_status === 'PASS').length
  const failed = rows.filter(row => row.validation_status === 'FAIL').length
  const gate = passGate({ passed, failed, minPassRate: request.minPassRate })
  return {
    outputDir,
    indexPath,
    shards: shards.length,
    files: collected.files.size,
    fileNames,
    operations: rows.length,
    passed,
    failed,
    passRate: gate.passRate,
    minPassRate: request.minPassRate,
    meetsMinimum: gate.passed
  }
}

async function readShard(sink: FileSink, dir: string): Promise<ShardOutput> {
  const manifest = parseManifest(await sink.readText(path.join(dir, MANIFEST_NAME)))
  if (!manifest) throw invalid(`${dir} holds no slice-oas manifest: is it a shard's output folder?`)
  if (manifest.state !== 'complete')
    throw invalid(`The shard in ${dir} did not finish; run it again before merging.`)
  const text = await sink.readText(path.join(dir, INDEX_NAME))
  if (text === undefined) throw invalid(`${dir} has no ${INDEX_NAME}; shards must be run with the index on.`)
  const index = await readIndex(text)
  if (!index.hasEveryColumn) throw invalid(`${dir}/${INDEX_NAME} does not have the index columns.`)
  return { dir, manifest, rows: index.rows as IndexRow[] }
}

/** Same input, same request, and every shard of 1..n exactly once. */
function checkShardsBelong(shards: readonly ShardOutput[]): void {
  const first = shards[0].manifest
  const count = first.shard?.count ?? 1
  const seen = new Map<number, string>()
  for (const { dir, manifest } of shards) {
    if (manifest.inputDigest !== first.inputDigest || manifest.requestDigest !== first.requestDigest) {
      throw invalid(
        `The shard in ${dir} was sliced from another input or with other options than ${shards[0].dir}.`
      )
    }
    const index = manifest.shard?.index ?? 1
    if ((manifest.shard?.count ?? 1) !== count)
      throw invalid(`The shard in ${dir} is one of ${manifest.shard?.count ?? 1}, not of ${count}.`)
    if (seen.has(index))
      throw invalid(`Shard ${index}/${count} appears twice: ${seen.get(index)} and ${dir}.`)
    seen.set(index, dir)
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter(index => !seen.has(index))
  if (missing.length > 0)
    throw invalid(
      `Shard(s) ${missing.map(i => `${i}/${count}`).join(', ')} are missing: every operation must be covered.`
    )
}

/** Every shard's files and rows; a file or an operation in two shards is refused. */
function collect(shards: readonly ShardOutput[]): Collected {
  const files: Collected['files'] = new Map()
  const operations = new Map<string, string>()
  const rows: IndexRow[] = []
  for (const { dir, manifest, rows: shardRows } of shards) {
    for (const [name, entry] of Object.entries(manifest.files)) {
      const other = files.get(name.toLowerCase())
      if (other) throw invalid(`The file ${name} is in two shards: ${other.dir} and ${dir}.`)
      files.set(name.toLowerCase(), { dir, name, entry })
    }
    for (const row of shardRows) {
      const key = `${row.method} ${row.path}`
      if (operations.has(key))
        throw invalid(`The operation ${key} is in two shards: ${operations.get(key)} and ${dir}.`)
      operations.set(key, dir)
      rows.push(row)
    }
  }
  return { files, rows }
}

/** Copies the shards' files, then writes the sorted index and the manifest. */
async function writeMerged(
  sink: FileSink,
  outputDir: string,
  first: Manifest,
  { files, rows }: Collected
): Promise<{ indexPath: string; fileNames: string[] }> {
  const write = (file: string, content: string) => writeAtomicWithRetry(sink, file, content)
  try {
    await sink.prepareDir(outputDir)
  } catch (error) {
    throw outputError(error, outputDir)
  }
  const merged: Record<string, ManifestEntry> = {}
  for (const { dir, name, entry } of files.values()) {
    const content = await sink.readText(path.join(dir, name))
    if (content === undefined) throw invalid(`The shard in ${dir} lists ${name}, which is not there.`)
    await write(resolveInside(outputDir, name), content)
    merged[name] = entry
  }
  const indexPath = path.join(outputDir, INDEX_NAME)
  await write(indexPath, renderIndex(rows))
  await write(
    path.join(outputDir, MANIFEST_NAME),
    renderManifest({
      state: 'complete',
      inputDigest: first.inputDigest,
      requestDigest: first.requestDigest,
      files: merged
    })
  )
  return { indexPath, fileNames: Object.keys(merged).sort() }
}
