/** docs/targets.md lists every rule of every profile, with its verdict and source, and no other. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { ruleTable } from '../../../src/engine/target/profiles.js'

const doc = readFileSync('docs/targets.md', 'utf8')

/** Each table row of the doc: its gateway section, rule id, verdict and source URL. */
function documented(): string[][] {
  const rows: string[][] = []
  let target = ''
  for (const line of doc.split('\n')) {
    const heading = /^## `([a-z-]+)`/.exec(line)
    if (heading) target = heading[1]
    const cells = line.split('|').map(cell => cell.trim())
    const id = /^`([a-z0-9-]+)`$/.exec(cells[1] ?? '')?.[1]
    if (id) rows.push([target, id, cells[4], /^<(.*)>$/.exec(cells[6])?.[1] ?? cells[6]])
  }
  return rows
}

describe('docs/targets.md', () => {
  it('lists exactly the rules of the code, each with its verdict and source, under its gateway', () => {
    const code = ruleTable().map(rule => [rule.target, rule.id, rule.verdict, rule.source])
    expect(documented()).toEqual(code)
  })

  it('gives every rule a vendor documentation page as its source', () => {
    for (const rule of ruleTable())
      expect([rule.id, rule.source]).toEqual([rule.id, expect.stringMatching(/^https:\/\//)])
  })

  it('names each rule id once', () => {
    const ids = ruleTable().map(rule => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
