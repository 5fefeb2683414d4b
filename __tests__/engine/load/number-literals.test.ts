import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadSpec } from '../../../src/engine/load/load-spec.js'
import { isLossyNumber, numberKey } from '../../../src/engine/load/number-literals.js'
import { parseText } from '../../../src/engine/load/parse-text.js'

const cases = [
  ['9007199254740993', '9007199254740992'],
  ['-0', '-0 (written as 0 in JSON)'],
  ['12345678901234567890123', '1.2345678901234568e+22'],
  ['0.12345678901234567890', '0.12345678901234568'],
  ['1e400', 'Infinity (written as null in JSON)']
]

describe('numbers a double cannot hold as written', () => {
  it.each([
    ['9007199254740993', true],
    ['9007199254740992', false],
    ['-0', true],
    ['-0.0e5', true],
    ['0', false],
    ['12345678901234567890123', true],
    ['1.0000000000000000', false],
    ['1e22', false],
    ['100000000000000000000000.5', true],
    ['0.1', false],
    ['1.5E-7', false],
    ['1e400', true],
    ['1e-400', true],
    ['0x1FFFFFFFFFFFFF', false],
    ['0x20000000000001', true]
  ])('%s is lossy: %s', (source, lossy) => {
    expect(isLossyNumber(source, Number(source))).toBe(lossy)
  })

  it.each([
    ['JSON', 'api.json', (n: string) => `{"openapi": "3.1.0",\n "x": {\n  "max": ${n}},\n "y": [1, ${n}]}`],
    ['YAML', 'api.yaml', (n: string) => `openapi: 3.1.0\nx:\n  max: ${n}\ny: [1, ${n}]\n`]
  ])('%s: warns per number, naming the pointer, the place and both values', async (_, file, make) => {
    // js-yaml reads 1e400 as the string it is written as, so YAML has nothing to warn of there.
    for (const [source, read] of file === 'api.yaml' ? cases.slice(0, -1) : cases) {
      const { notes, numberLiterals } = await parseText(make(source), file)
      expect(notes.map(note => [note.code, note.severity, note.pointer, note.location?.line])).toEqual([
        ['SPEC_NUMBER_PRECISION', 'warning', '/x/max', 3],
        ['SPEC_NUMBER_PRECISION', 'warning', '/y/1', 4]
      ])
      expect(notes[0].message).toBe(
        `The number ${source} at /x/max cannot be held exactly as a JavaScript number; it is read as ${read}.`
      )
      const finite = !source.includes('e400')
      expect(numberLiterals.get(numberKey(Number(source)))).toBe(finite ? source : undefined)
    }
  })

  it('keeps no literal for a value that two literals give, and says nothing of plain numbers', async () => {
    const both = await parseText('{"a": 9007199254740993, "b": 9007199254740992, "c": 1.5}', 'api.json')
    expect(both.notes).toHaveLength(1)
    expect(both.numberLiterals.size).toBe(0)
    const plain = await parseText('a: 1\nb: -1.25\nc: 0\nd: 1e3\n', 'api.yaml')
    expect(plain.notes).toEqual([])
  })

  it('hands the warnings on with the loaded spec', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-numbers-'))
    try {
      const file = path.join(dir, 'api.yaml')
      writeFileSync(
        file,
        'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\nx-max: 9007199254740993\n'
      )
      const spec = await loadSpec(file)
      expect(spec.notes).toMatchObject([
        { code: 'SPEC_NUMBER_PRECISION', location: { file, line: 4, pointer: '/x-max' } }
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
