/** The README names every validation phase, in order, and no count of them that could go stale. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { PHASES } from '../../../src/engine/validate/phases.js'

const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ')

describe('PHASES in the README', () => {
  it('lists exactly the validation phases, in the order they run', () => {
    const list = /by every validation phase: ([^.]+)\./.exec(readme)?.[1] ?? ''
    const named = list.split(/, | and /).map(item => item.split(' ')[0])
    expect(named).toEqual([...PHASES])
  })

  it('does not say how many phases there are', () => {
    expect(readme).not.toMatch(
      /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[ -](?:validation )?phases?\b/i
    )
  })
})
