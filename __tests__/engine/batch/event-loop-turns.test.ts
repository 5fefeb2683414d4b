/** The batch's turns of the event loop between slices. */
import { describe, expect, it } from '@jest/globals'
import { setTimeout as sleep } from 'node:timers/promises'
import { eventLoopTurns } from '../../../src/engine/batch/event-loop-turns.js'

describe('eventLoopTurns', () => {
  it('with 0 ms, takes a whole turn on every call', async () => {
    const turn = eventLoopTurns(0)
    for (let i = 0; i < 3; i++) {
      let ranBetween = false
      setImmediate(() => (ranBetween = true))
      await turn()
      expect(ranBetween).toBe(true)
    }
  })

  it('otherwise skips the turn until the time has passed since the last one ended', async () => {
    const turn = eventLoopTurns(10_000)
    const first = turn()
    expect(first).toBeDefined()
    // Calls made before that turn ends (several slices in flight) wait for a turn too.
    expect(turn()).toBeDefined()
    await first
    expect(turn()).toBeUndefined()
    expect(turn()).toBeUndefined()

    const soon = eventLoopTurns(5)
    await soon()
    await sleep(20)
    expect(soon()).toBeDefined()
  })
})
