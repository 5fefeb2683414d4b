import { describe, expect, it } from '@jest/globals'
import type { JsonObject } from '../../../../src/engine/json-value.js'
import { classify } from './fixture.js'
import { randomSpec, schemasOf, seeded, widenings } from './random-schemas.js'

const CASES = 200
const clone = (doc: JsonObject): JsonObject => structuredClone(doc)

describe('classification on random schemas', () => {
  it('finds nothing when a spec is compared with itself', () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const doc = randomSpec(seeded(seed))
      expect({ seed, changes: classify(doc, clone(doc)) }).toEqual({ seed, changes: [] })
    }
  })

  it('never calls a widened request schema an error', () => {
    let widened = 0
    for (let seed = 1; seed <= CASES; seed++) {
      const random = seeded(seed)
      const base = randomSpec(random)
      const head = clone(base)
      const candidates = schemasOf(head).flatMap(schema => widenings(schema))
      if (candidates.length === 0) continue
      const [what, widen] = candidates[Math.floor(random() * candidates.length)]
      widen()
      widened++
      const errors = classify(base, head).filter(change => change.level === 'error')
      expect({ seed, what, errors: errors.map(e => e.message) }).toEqual({ seed, what, errors: [] })
    }
    expect(widened).toBeGreaterThan(CASES * 0.9)
  })

  it('calls the same change narrowing, the other way round, something', () => {
    let found = 0
    for (let seed = 1; seed <= CASES; seed++) {
      const random = seeded(seed)
      const base = randomSpec(random)
      const head = clone(base)
      const candidates = schemasOf(head).flatMap(schema => widenings(schema))
      if (candidates.length === 0) continue
      candidates[Math.floor(random() * candidates.length)][1]()
      if (classify(head, base).length > 0) found++
    }
    expect(found).toBeGreaterThan(CASES * 0.9)
  })
})
