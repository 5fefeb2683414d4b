import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readInputs } from '../../../src/action/inputs.js'
import { helpText, parseCliArgs } from '../../../src/cli/args.js'
import { loadConfig } from '../../../src/engine/config/load-config.js'
import { nodeSpecReader } from '../../../src/engine/load/spec-reader.js'
import { createRequest, DEFAULTS, OPTION_TABLE, type OptionRow } from '../../../src/engine/index.js'
import { requestDefaults } from '../../../src/engine/options/option-table.js'

/** An option the table does not have: one row, and nothing else, added. */
const EXTRA: OptionRow = {
  name: 'example-gate',
  field: 'exampleGate',
  kind: 'enum',
  values: ['error', 'warning', 'info', 'none'],
  default: 'none',
  applies: ['action', 'cli', 'config'],
  help: ['fail on changes of this level or above (default: {default})']
}
const TABLE = [...OPTION_TABLE, EXTRA]

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-options-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('the option table', () => {
  it('names each option once, in kebab-case, with the field and kind it sets', () => {
    const names = OPTION_TABLE.map(row => row.name)
    expect(new Set(names).size).toBe(names.length)
    for (const row of OPTION_TABLE) {
      expect([row.name, /^[a-z]+(-[a-z]+)*$/.test(row.name)]).toEqual([row.name, true])
      if (row.kind === 'enum')
        expect([row.name, row.values?.includes(String(row.default))]).toEqual([row.name, true])
    }
  })

  it('is where the request defaults come from', () => {
    expect(DEFAULTS).toEqual(requestDefaults())
    expect(DEFAULTS).toMatchObject({
      outputDir: 'slices',
      concurrency: 4,
      minPassRate: 100,
      overwrite: false
    })
  })

  it('a row alone makes an option a CLI flag, a --help line, an action input, a config key and a default', async () => {
    const cli = parseCliArgs(['--spec', 'a.yaml', '--example-gate', 'error'], TABLE)
    expect(cli.request).toMatchObject({ spec: 'a.yaml', exampleGate: 'error' })
    expect(parseCliArgs(['--spec', 'a.yaml'], TABLE).request).toHaveProperty('exampleGate', undefined)
    expect(helpText(TABLE)).toMatch(
      /\n {2}--example-gate error\|warning\|info\|none {3}fail on changes of this level or above \(default: none\)\n/
    )
    const inputs = { spec: 'a.yaml', 'example-gate': 'warning' } as Record<string, string>
    expect(readInputs(name => inputs[name] ?? '', TABLE).explicit).toMatchObject({ exampleGate: 'warning' })
    // Left at its default, the input counts as unset, so the config file can set it.
    inputs['example-gate'] = 'none'
    expect(readInputs(name => inputs[name] ?? '', TABLE).explicit).toHaveProperty('exampleGate', undefined)
    const file = path.join(dir, 'slice-oas.config.yaml')
    writeFileSync(file, 'example-gate: info\n')
    expect((await loadConfig(file, nodeSpecReader, TABLE)).options).toMatchObject({ exampleGate: 'info' })
    expect(requestDefaults(TABLE)).toMatchObject({ exampleGate: 'none' })
    // Without the row, none of them knows it.
    expect(() => parseCliArgs(['--example-gate', 'error'])).toThrow(/Unknown option '--example-gate'/)
    await expect(loadConfig(file)).rejects.toThrow(/unknown key "example-gate"/)
  })

  it('overwrite comes from its row alone: no front end names it, and the request has its default', async () => {
    for (const file of ['src/cli/args.ts', 'src/action/inputs.ts', 'src/engine/config/load-config.ts'])
      expect([file, /overwrite/i.test(readFileSync(file, 'utf8'))]).toEqual([file, false])
    expect((await createRequest({ spec: 'a.yaml' })).overwrite).toBe(false)
    expect((await createRequest({ spec: 'a.yaml', overwrite: true })).overwrite).toBe(true)
    expect(parseCliArgs(['--overwrite']).request.overwrite).toBe(true)
    expect(readInputs(name => ({ overwrite: 'yes' })[name as string] ?? '').explicit.overwrite).toBe(true)
  })
})
