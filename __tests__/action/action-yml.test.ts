/** action.yml, the input/output enums and the CLI flags say the same thing. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { cliFlags } from '../../src/cli/args.js'
import { defaultText } from '../../src/action/inputs.js'
import { Output } from '../../src/action/outputs.js'
import { DEFAULTS, OPTION_TABLE, optionsFor, type OptionRow } from '../../src/engine/index.js'

const action = parse(readFileSync('action.yml', 'utf8'))

describe('action.yml', () => {
  it('declares exactly the option rows that apply to the action, each described, with its default', () => {
    const rows = optionsFor('action')
    expect(Object.keys(action.inputs).sort()).toEqual(rows.map(row => row.name).sort())
    for (const row of rows) {
      const input = action.inputs[row.name] as Record<string, unknown>
      expect([row.name, typeof input.description]).toEqual([row.name, 'string'])
      if (row.name === 'spec') continue
      expect([row.name, input.default]).toEqual([row.name, defaultText(row)])
    }
    expect(action.inputs.spec.required).toBe(true)
    expect(action.inputs.spec.default).toBeUndefined()
  })

  it('declares exactly the outputs the action sets, each described', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Output).sort())
    for (const output of Object.values<Record<string, unknown>>(action.outputs))
      expect(typeof output.description).toBe('string')
  })

  it('names the two meanings apart: files of the output folder, and the old names as deprecated', () => {
    for (const [old, current] of [
      ['added', 'new-files'],
      ['changed', 'rewritten-files'],
      ['removed', 'deleted-files']
    ]) {
      expect(action.outputs[old].description).toBe(`Deprecated: use ${current} (the same count).`)
      expect(action.outputs[current].description).toMatch(/files?\b/)
    }
  })

  it('describes every comment-on-pr mode, and the legacy true and false', () => {
    const text = action.inputs['comment-on-pr'].description as string
    for (const mode of ['always', 'on-failure', 'on-change', 'never', 'true means always', 'false never'])
      expect([mode, text.includes(mode)]).toEqual([mode, true])
  })

  it('runs on node24 from the bundle and carries name, description, author and branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    for (const key of ['name', 'description', 'author', 'branding']) expect(action[key]).toBeTruthy()
  })

  it('has defaults equal to the engine defaults', () => {
    for (const [field, value] of Object.entries(DEFAULTS)) {
      const row = OPTION_TABLE.find(candidate => candidate.field === field)
      expect([field, action.inputs[row?.name ?? field]?.default]).toEqual([field, String(value)])
    }
  })

  it('every input but the action-only ones is a CLI flag of the same name (index as --no-index)', () => {
    const flags = new Set(Object.keys(cliFlags()))
    for (const row of optionsFor('action')) {
      if (!row.applies.includes('cli')) continue
      const flag = row.name === 'index' ? 'no-index' : row.name
      expect([row.name, flags.has(flag)]).toEqual([row.name, true])
    }
  })
})

/** The README's option table: one row per option, as | `name` | applies | flags | default |. */
function readmeRows(): string[][] {
  const text = readFileSync('README.md', 'utf8')
  const start = text.indexOf('<!-- options:')
  const lines = text.slice(start).split('\n').slice(1)
  const table = lines.slice(lines.findIndex(line => line.startsWith('|')))
  const rows = table.slice(
    0,
    table.findIndex(line => !line.startsWith('|'))
  )
  return rows.slice(2).map(line =>
    line
      .split('|')
      .slice(1, -1)
      .map(cell => cell.trim())
  )
}

function readmeRowOf(row: OptionRow): string[] {
  const flags = [row.negated ? `no-${row.name}` : row.name, ...(row.aliases ?? [])].map(
    name => `\`--${name}\``
  )
  if (row.short) flags.push(`\`-${row.short}\``)
  const fallback = row.name === 'spec' ? 'required' : ''
  return [
    `\`${row.name}\``,
    row.applies.join(', '),
    row.applies.includes('cli') ? flags.join(', ') : '',
    row.default === undefined ? fallback : `\`${String(row.default)}\``
  ]
}

describe('README', () => {
  it('lists every option of the table, and only those, with where it applies, its flag and default', () => {
    expect(readmeRows()).toEqual(OPTION_TABLE.map(readmeRowOf))
  })

  it('does not claim that every input has a default: spec is required', () => {
    const text = readFileSync('README.md', 'utf8')
    expect(text).not.toMatch(/Every input has a default/)
    expect(text).toMatch(/`spec` is required/)
  })
})
