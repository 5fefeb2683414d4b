import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { main } from '../../../src/cli/main.js'
import { mergeShards, runBatch } from '../../../src/engine/index.js'
import { syntheticSpec } from '../../helpers/synthetic-spec.js'

let dir: string
const fixed = () => new Date('2026-03-04T05:06:07Z')
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-merge-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function folder(name: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const file of readdirSync(path.join(dir, name)).sort())
    files[file] = readFileSync(path.join(dir, name, file), 'utf8')
  // extraction_time_ms is the one column that may differ between runs.
  files['index.csv'] = files['index.csv'].replace(/,\d+,([0-9a-f]{64}|),/g, ',_,$1,')
  return files
}

describe('sharding and merge', () => {
  it('four shards merged give the same files and the same index as one unsharded run', async () => {
    const spec = path.join(dir, 'api.json')
    writeFileSync(spec, JSON.stringify(syntheticSpec(200)))
    await runBatch({ spec, outputDir: path.join(dir, 'whole') }, {}, { now: fixed })
    const shardDirs: string[] = []
    const covered: string[] = []
    for (let index = 4; index >= 1; index--) {
      const outputDir = path.join(dir, `shard-${index}`)
      const result = await runBatch({ spec, outputDir, shard: { index, count: 4 } }, {}, { now: fixed })
      expect(result.total).toBeGreaterThan(0)
      covered.push(...result.files)
      shardDirs.push(outputDir)
    }
    expect(new Set(covered).size).toBe(200)
    const merged = await mergeShards({ outputDir: path.join(dir, 'merged'), shardDirs })
    expect(merged).toMatchObject({
      shards: 4,
      files: 200,
      operations: 200,
      passed: 200,
      failed: 0,
      passRate: 100
    })
    const whole = folder('whole')
    const together = folder('merged')
    delete whole['.slice-oas-manifest.json']
    delete together['.slice-oas-manifest.json']
    expect(together).toEqual(whole)
  })

  it('refuses gaps, duplicates and shards of another input', async () => {
    const spec = path.join(dir, 'api.json')
    writeFileSync(spec, JSON.stringify(syntheticSpec(40)))
    const run = (index: number, name = `s${index}`) =>
      runBatch({ spec, outputDir: path.join(dir, name), shard: { index, count: 3 } }, {}, { now: fixed })
    await run(1)
    await run(2)
    await expect(
      mergeShards({
        outputDir: path.join(dir, 'm1'),
        shardDirs: [path.join(dir, 's1'), path.join(dir, 's2')]
      })
    ).rejects.toMatchObject({ code: 'MERGE_INVALID', message: expect.stringContaining('3/3 are missing') })
    await run(1, 's1-again')
    await expect(
      mergeShards({
        outputDir: path.join(dir, 'm2'),
        shardDirs: [path.join(dir, 's1'), path.join(dir, 's1-again'), path.join(dir, 's2')]
      })
    ).rejects.toMatchObject({ message: expect.stringContaining('Shard 1/3 appears twice') })
    writeFileSync(spec, JSON.stringify(syntheticSpec(45)))
    await run(3)
    await expect(
      mergeShards({ outputDir: path.join(dir, 'm3'), shardDirs: [1, 2, 3].map(i => path.join(dir, `s${i}`)) })
    ).rejects.toMatchObject({ message: expect.stringContaining('another input') })
  })

  it('is the CLI subcommand slice-oas merge', async () => {
    const spec = path.join(dir, 'api.json')
    writeFileSync(spec, JSON.stringify(syntheticSpec(20)))
    for (const index of [1, 2])
      await runBatch(
        { spec, outputDir: path.join(dir, `c${index}`), shard: { index, count: 2 } },
        {},
        { now: fixed }
      )
    let stdout = ''
    const code = await main(
      ['merge', '--output-dir', path.join(dir, 'cm'), path.join(dir, 'c1'), path.join(dir, 'c2')],
      { stdout: { write: t => void (stdout += t) }, stderr: { write: () => {} }, env: {} }
    )
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Merged 2 shards: 20 files, 20 operations, 0 failed · pass rate 100%/)
  })
})
