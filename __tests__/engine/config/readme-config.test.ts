/** Every config file the README shows is one slice-oas reads, and every overlay it shows is valid. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createRequest, loadConfig, runBatch, type BatchRequestInput } from '../../../src/engine/index.js'
import { loadOverlay } from '../../../src/engine/overlay/overlay-file.js'

const dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-readme-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The README's YAML blocks whose first line names the file: `# slice-oas.config.yaml`. */
function blocks(first: RegExp): string[] {
  const text = readFileSync('README.md', 'utf8')
  return [...text.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map(m => m[1])
    .filter(b => first.test(b.split('\n')[0]))
}

describe("the README's examples", () => {
  const configs = blocks(/^# slice-oas\.config\.yaml/)
  const overlays = blocks(/^# .*overlay\.yaml/)

  it('shows config files and overlays', () => {
    expect(configs.length).toBeGreaterThanOrEqual(2)
    expect(overlays.length).toBeGreaterThanOrEqual(1)
  })

  it.each(configs.map((text, i) => [i, text] as const))(
    'config %i is read and makes a valid request',
    async (i, text) => {
      const file = path.join(dir, `config-${i}.yaml`)
      writeFileSync(file, text)
      const { options } = await loadConfig(file)
      await expect(createRequest({ spec: 'x.yaml', ...options } as BatchRequestInput)).resolves.toBeDefined()
    }
  )

  it.each(overlays.map((text, i) => [i, text] as const))(
    'overlay %i is an Overlay 1.0 document',
    async (i, text) => {
      const file = path.join(dir, `overlay-${i}.yaml`)
      writeFileSync(file, text)
      await expect(loadOverlay(file)).resolves.toMatchObject({ actions: expect.any(Array) })
    }
  )

  it('slices the example with the gateway config and its overlay, every slice passing', async () => {
    const config = configs.find(text => text.includes('overlay:'))!
    const overlay = overlays[0]
    const folder = path.join(dir, 'gateway-run')
    mkdirSync(path.join(folder, 'gateway'), { recursive: true })
    for (const service of ['orders', 'users'])
      writeFileSync(
        path.join(folder, 'gateway', `${service}.overlay.yaml`),
        overlay.replaceAll('orders', service)
      )
    writeFileSync(path.join(folder, 'slice-oas.config.yaml'), config)
    const { options } = await loadConfig(path.join(folder, 'slice-oas.config.yaml'))
    // The example flags no audience: the audience options are the README's, not the example's.
    const result = await runBatch({
      ...options,
      spec: path.resolve('examples/store-platform.yaml'),
      outputDir: path.join(folder, 'out'),
      includeExtensions: [],
      failClosed: false,
      orphans: 'warn',
      dryRun: true
    } as BatchRequestInput)
    expect(result.failed).toBe(0)
    expect(result.notes.filter(note => note.code === 'OVERLAY_TARGET_UNMATCHED')).toEqual([])
  })
})
