/**
 * The built CLI bundle (dist/cli/index.js) run as a user runs it: on the shipped example, and killed
 * mid-run with SIGKILL and SIGTERM, then resumed to the same result as an uninterrupted run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { syntheticSpec } from '../helpers/synthetic-spec.js'

const cli = path.resolve('dist/cli/index.js')
let dir: string
// Without colour: jest gives its workers FORCE_COLOR=1 when run on a terminal.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  SOURCE_DATE_EPOCH: '1700000000',
  NODE_OPTIONS: '',
  NO_COLOR: '1'
}
delete env.FORCE_COLOR

function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of readdirSync(folder).sort()) {
    if (name === '.slice-oas-manifest.json') continue
    files[name] = readFileSync(path.join(folder, name), 'utf8')
  }
  // extraction_time_ms is the only column allowed to differ between runs.
  files['index.csv'] = files['index.csv'].replace(/,\d+,([0-9a-f]{64}|),/g, ',_,$1,')
  return files
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-e2e-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the built slice-oas bundle', () => {
  it('slices the shipped example at a 100% pass rate', () => {
    expect(existsSync(cli)).toBe(true)
    const out = path.join(dir, 'example')
    const run = spawnSync(
      process.execPath,
      [cli, '--spec', 'examples/store-platform.yaml', '--output-dir', out],
      { env, encoding: 'utf8' }
    )
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('pass rate 100%')
    expect(readdirSync(out).filter(name => name.endsWith('.yaml')).length).toBeGreaterThanOrEqual(100)
  })

  // Swagger 2.0 conversion and multi-file bundling load their libraries from chunks beside the bundle.
  it('slices a Swagger 2.0 document and a multi-file spec, whose libraries it loads on demand', () => {
    const swagger = path.join(dir, 'swagger.json')
    writeFileSync(
      swagger,
      JSON.stringify({
        swagger: '2.0',
        info: { title: 't', version: '1' },
        paths: { '/a': { get: { responses: { 200: { description: 'ok', schema: { type: 'string' } } } } } }
      })
    )
    writeFileSync(
      path.join(dir, 'pet.yaml'),
      'Pet:\n  type: object\n  properties:\n    name: {type: string}\n'
    )
    const multi = path.join(dir, 'multi.yaml')
    writeFileSync(
      multi,
      'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n' +
        '        "200":\n          description: ok\n          content:\n            application/json:\n' +
        '              schema: {$ref: "./pet.yaml#/Pet"}\n'
    )
    for (const [spec, expected] of [
      [swagger, 'type: string'],
      [multi, "$ref: '#/components/schemas/pet_Pet'"]
    ]) {
      const out = path.join(dir, `${path.basename(spec)}-out`)
      const run = spawnSync(process.execPath, [cli, '--spec', spec, '--output-dir', out], {
        env,
        encoding: 'utf8'
      })
      expect(run.stderr).not.toMatch(/\n\s+at /)
      expect(run.status).toBe(0)
      expect(readFileSync(path.join(out, 'a_GET.yaml'), 'utf8')).toContain(expected)
    }
  })

  it.each(['SIGKILL', 'SIGTERM'] as const)(
    'is killed with %s mid-run and resumes to the same result',
    async signal => {
      const spec = path.join(dir, `big-${signal}.json`)
      writeFileSync(spec, JSON.stringify(syntheticSpec(3000)))
      const reference = path.join(dir, `reference-${signal}`)
      const interrupted = path.join(dir, `interrupted-${signal}`)
      const args = (out: string) => [cli, '--spec', spec, '--output-dir', out, '--concurrency', '2']
      const full = spawnSync(process.execPath, args(reference), { env, encoding: 'utf8' })
      expect(full.status).toBe(0)
      // Concurrency 2: this thread and, with a second core, one worker thread from dist/worker.
      if (availableParallelism() > 1) expect(full.stdout).toContain('on 2 threads')

      const child = spawn(process.execPath, args(interrupted), { env, stdio: 'ignore' })
      const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)))
      // Kill at a random point of the run (printed, so a failure can be replayed), well before its end.
      const killAfter = 20 + Math.floor(Math.random() * 1500)
      process.stdout.write(`${signal} after ${killAfter} slices\n`)
      for (let waited = 0; waited < 60_000; waited += 10) {
        if (
          existsSync(interrupted) &&
          readdirSync(interrupted).filter(name => name.endsWith('.yaml')).length >= killAfter
        )
          break
        await new Promise(resolve => setTimeout(resolve, 10))
      }
      child.kill(signal)
      const code = await exited
      if (signal === 'SIGTERM') expect(code).toBe(75)
      const partial = readdirSync(interrupted)
      expect(partial.filter(name => name.endsWith('.yaml')).length).toBeLessThan(3000)
      // A graceful stop finishes its writes; a hard kill may leave a hidden temporary file, never a slice.
      if (signal === 'SIGTERM') expect(partial.filter(name => name.includes('slice-oas-tmp'))).toEqual([])
      for (const name of partial.filter(name => name.includes('slice-oas-tmp')))
        expect(name.startsWith('.')).toBe(true)
      for (const name of partial.filter(name => name.endsWith('.yaml'))) {
        expect(readFileSync(path.join(interrupted, name), 'utf8')).toBe(
          readFileSync(path.join(reference, name), 'utf8')
        )
      }
      const manifest = JSON.parse(readFileSync(path.join(interrupted, '.slice-oas-manifest.json'), 'utf8'))
      expect(manifest.state).toBe('running')
      expect(Object.keys(manifest.files)).toHaveLength(3000)

      const resumed = spawnSync(process.execPath, args(interrupted), { env, encoding: 'utf8' })
      expect(resumed.status).toBe(0)
      expect(snapshot(interrupted)).toEqual(snapshot(reference))
      expect(readdirSync(interrupted).filter(name => name.includes('slice-oas-tmp'))).toEqual([])
    }
  )
})
