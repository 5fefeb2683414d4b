/** The finding catalogue: the README lists it, the code raises it, and consumers ask it what a code is. */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { FINDING_CODES, isConversionNote, type FindingCode } from '../../src/engine/finding-codes.js'
import { readmeTable } from '../helpers/readme-table.js'

const codes = Object.keys(FINDING_CODES) as FindingCode[]
const RANK = { info: 0, warning: 1, error: 2 } as const

/** Every TypeScript source of the engine and adapters, but the catalogue and the generated validators. */
function sources(dir = 'src'): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(file)
    if (!file.endsWith('.ts') || file.endsWith('finding-codes.ts')) return []
    return [{ file, text: readFileSync(file, 'utf8') }]
  })
}

describe('FINDING_CODES', () => {
  it('is the README list of finding codes, in both directions', () => {
    const listed = codes.map(code => [
      code,
      FINDING_CODES[code].family,
      FINDING_CODES[code].severity,
      FINDING_CODES[code].meaning
    ])
    expect(readmeTable('## Finding codes')).toEqual(listed)
  })

  it('has no code that the source never raises', () => {
    const text = sources()
      .map(source => source.text)
      .join('\n')
    expect(codes.filter(code => !text.includes(`'${code}'`))).toEqual([])
  })

  it('gives each code a severity no lower than any place that raises it says', () => {
    const raised = [
      /code: '([A-Z0-9_]+)',\s*severity: '(\w+)'/g,
      /this\.note\(\s*'([A-Z0-9_]+)',\s*'(\w+)'/g,
      /note\(\s*'([A-Z0-9_]+)',\s*(?:`[^`]*`|'[^']*'),\s*'(\w+)'\s*\)/g
    ]
    const above: string[] = []
    let seen = 0
    for (const { file, text } of sources())
      for (const pattern of raised)
        for (const [, code, severity] of text.matchAll(pattern)) {
          seen++
          const entry = FINDING_CODES[code as FindingCode]
          if (!entry || RANK[severity as keyof typeof RANK] > RANK[entry.severity])
            above.push(`${file}: ${code} ${severity}`)
        }
    expect(seen).toBeGreaterThan(30)
    expect(above).toEqual([])
  })

  it('calls conversion notes exactly the CONVERT_ codes, which index.csv lists as conversion_notes', () => {
    expect(codes.filter(isConversionNote)).toEqual(codes.filter(code => code.startsWith('CONVERT_')))
    expect(isConversionNote('CONVERT_LOSSY')).toBe(true)
    expect(isConversionNote('BUNDLE_NAME_SUFFIXED')).toBe(false)
  })
})
