/** action.yml, the input/output enums and the CLI flags say the same thing. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { OPTIONS } from '../../src/cli/args.js'
import { ACTION_ONLY_INPUTS, Input } from '../../src/action/inputs.js'
import { Output } from '../../src/action/outputs.js'
import { DEFAULTS } from '../../src/engine/index.js'

const action = parse(readFileSync('action.yml', 'utf8'))

describe('action.yml', () => {
  it('declares exactly the inputs the action reads, each described, with a string default', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Input).sort())
    for (const [name, input] of Object.entries<Record<string, unknown>>(action.inputs)) {
      expect([name, typeof input.description]).toEqual([name, 'string'])
      if (name !== Input.Spec) expect([name, typeof input.default]).toEqual([name, 'string'])
    }
    expect(action.inputs.spec.required).toBe(true)
  })

  it('declares exactly the outputs the action sets, each described', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Output).sort())
    for (const output of Object.values<Record<string, unknown>>(action.outputs))
      expect(typeof output.description).toBe('string')
  })

  it('runs on node24 from the bundle and carries name, description, author and branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    for (const key of ['name', 'description', 'author', 'branding']) expect(action[key]).toBeTruthy()
  })

  it('has defaults equal to the engine and CLI defaults', () => {
    const defaults = (name: Input) => action.inputs[name].default
    expect(defaults(Input.OutputDir)).toBe(DEFAULTS.outputDir)
    expect(defaults(Input.FilterType)).toBe(DEFAULTS.filterType)
    expect(defaults(Input.GroupBy)).toBe(DEFAULTS.groupBy)
    expect(defaults(Input.PrefixDepth)).toBe(String(DEFAULTS.prefixDepth))
    expect(defaults(Input.OutputVersion)).toBe(DEFAULTS.outputVersion)
    expect(defaults(Input.Format)).toBe(DEFAULTS.format)
    expect(defaults(Input.Concurrency)).toBe(String(DEFAULTS.concurrency))
    expect(defaults(Input.MinPassRate)).toBe(String(DEFAULTS.minPassRate))
    expect(defaults(Input.Index)).toBe(String(DEFAULTS.index))
    expect(defaults(Input.DryRun)).toBe(String(DEFAULTS.dryRun))
    expect(defaults(Input.ExcludeDeprecated)).toBe(String(DEFAULTS.excludeDeprecated))
    expect(defaults(Input.AllowRemoteRefs)).toBe(String(DEFAULTS.allowRemoteRefs))
    expect(defaults(Input.Overwrite)).toBe(String(DEFAULTS.overwrite))
  })

  it('every input but the action-only ones is a CLI flag of the same name (index as --no-index)', () => {
    const flags = new Set(Object.keys(OPTIONS))
    for (const input of Object.values(Input)) {
      if (ACTION_ONLY_INPUTS.includes(input)) continue
      expect([input, flags.has(input === Input.Index ? 'no-index' : input)]).toEqual([input, true])
    }
  })
})
