/** `slice-oas merge` gates the merged pass rate as a run does: the same rule, the same exit codes. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { main } from '../../src/cli/main.js'
import { passGate } from '../../src/engine/batch/pass-gate.js'
import { mergeShards, runBatch } from '../../src/engine/index.js'

let dir: string
const shards: string[] = []
const ok = { '200': { description: 'ok' } }

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-merge-gate-'))
  const paths: Record<string, object> = {}
  for (let i = 0; i < 8; i++) paths[`/r${i}`] = { get: { responses: ok } }
  // One operation of eight refers to a schema that does not exist, so its slice fails.
  paths['/r3'] = {
    get: {
      responses: {
        '200': {
          description: 'ok',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Missing' } } }
        }
      }
    }
  }
  const spec = path.join(dir, 'api.json')
  writeFileSync(spec, JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths }))
  for (const index of [1, 2]) {
    const outputDir = path.join(dir, `shard${index}`)
    await runBatch({ spec, outputDir, shard: { index, count: 2 }, minPassRate: 0 })
    shards.push(outputDir)
  }
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {
    stdout: { write: text => void (stdout += text) },
    stderr: { write: text => void (stderr += text) },
    env: {}
  })
  return { code, stdout, stderr }
}

describe('the gate of a merge', () => {
  it('exits 1 when the merged shards fail below the minimum, 100 by default', async () => {
    const { code, stdout, stderr } = await cli('merge', '--output-dir', path.join(dir, 'm1'), ...shards)
    expect(stdout).toContain('1 failed · pass rate 87.5% (minimum 100%)')
    expect(stdout).toMatch(/^Merged 2 shards: \d+ files, 8 operations, 1 failed/)
    expect(stderr).toContain('below the minimum of 100%: 1 operation failed.')
    expect(stderr).toContain('pass rate of the merged shards is 87.5%, below the minimum of 100%')
    expect(code).toBe(1)
  })

  it('takes --min-pass-rate, or the config file minimum', async () => {
    expect(
      (await cli('merge', '--min-pass-rate', '80', '--output-dir', path.join(dir, 'm2'), ...shards)).code
    ).toBe(0)
    expect(
      (await cli('merge', '--min-pass-rate', '90', '--output-dir', path.join(dir, 'm3'), ...shards)).code
    ).toBe(1)
    const config = path.join(dir, 'gate.yaml')
    writeFileSync(config, 'min-pass-rate: 50\n')
    expect(
      (await cli('merge', '--config', config, '--output-dir', path.join(dir, 'm4'), ...shards)).code
    ).toBe(0)
  })

  it('refuses a minimum that is not a rate, and unknown flags, as usage errors', async () => {
    for (const rate of ['abc', '101']) {
      const { code, stderr } = await cli(
        'merge',
        '--min-pass-rate',
        rate,
        '--output-dir',
        path.join(dir, 'm5'),
        ...shards
      )
      expect(code).toBe(2)
      expect(stderr).toMatch(/min-pass-rate/)
    }
    expect((await cli('merge', '--nope', '--output-dir', path.join(dir, 'm6'), ...shards)).code).toBe(2)
  })

  it('is the same rule as a run: the result says whether the minimum is met', async () => {
    const merged = await mergeShards({
      outputDir: path.join(dir, 'm7'),
      shardDirs: shards,
      minPassRate: 87.5
    })
    expect(merged).toMatchObject({ passRate: 87.5, minPassRate: 87.5, meetsMinimum: true })
    expect(passGate({ passed: 7, failed: 1, minPassRate: 87.5 })).toEqual({ passRate: 87.5, passed: true })
    expect(passGate({ passed: 7, failed: 1, minPassRate: 87.5, stopped: true }).passed).toBe(false)
    expect(passGate({ passed: 0, failed: 0, minPassRate: 100 })).toEqual({ passRate: 100, passed: true })
    expect(passGate({ passed: 2, failed: 1, minPassRate: 66.67 })).toEqual({ passRate: 66.66, passed: false })
  })
})
