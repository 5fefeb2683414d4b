/** The console progress of a run that stops early: its last line has the true count, and ends. */
import { describe, expect, it } from '@jest/globals'
import { ConsoleProgress } from '../../src/cli/progress.js'
import type { BatchStart } from '../../src/engine/index.js'

const start: BatchStart = {
  total: 100,
  operations: 100,
  spec: { file: 'api.yaml', sourceVersion: '3.0.3', format: 'yaml' },
  outputVersion: '3.0'
}

function progress(isTTY: boolean) {
  let text = ''
  let now = 0
  const bar = new ConsoleProgress({ write: chunk => void (text += chunk), isTTY }, () => (now += 10))
  bar.start(start)
  return { bar, text: () => text }
}

describe('console progress', () => {
  it('ends a stopped run on its last count, marked stopped, on a terminal', () => {
    const { bar, text } = progress(true)
    for (let done = 1; done <= 42; done++) bar.update(done)
    bar.finish()
    const last = text().split('\r').at(-1)
    expect(last).toMatch(/^.\[2K42\/100 \(42%\) · [\d.]+ slices\/s · stopped\n$/)
  })

  it('ends a stopped run on its last count in a log', () => {
    const { bar, text } = progress(false)
    for (let done = 1; done <= 42; done++) bar.update(done)
    bar.finish()
    const lines = text().trimEnd().split('\n')
    expect(lines.at(-1)).toMatch(/^42\/100 \(42%\) · [\d.]+ slices\/s · stopped$/)
    expect(lines.filter(line => line.startsWith('42/100'))).toHaveLength(1)
  })

  it('adds nothing to a finished run', () => {
    const { bar, text } = progress(true)
    for (let done = 1; done <= 100; done++) bar.update(done)
    const before = text()
    bar.finish()
    expect(text()).toBe(before)
    expect(before).toMatch(/100\/100 \(100%\) · [\d.]+ slices\/s · ETA 0s\n$/)
  })

  it('shows no rate over a near-zero time: a dry run of 100 slices in a millisecond is not 100000 slices/s', () => {
    let text = ''
    let now = 0
    const bar = new ConsoleProgress({ write: chunk => void (text += chunk), isTTY: false }, () => now)
    bar.start(start)
    now = 1
    for (let done = 1; done <= 100; done++) bar.update(done)
    bar.finish()
    expect(text).toContain('100/100 (100%)')
    expect(text).not.toMatch(/slices\/s|ETA/)
  })

  it('ends a stopped run with the slices it skipped, never at 100%', () => {
    const { bar, text } = progress(false)
    for (let done = 1; done <= 42; done++) bar.update(done)
    bar.finish({ skipped: 58 })
    expect(text().trimEnd().split('\n').at(-1)).toMatch(
      /^42\/100 \(42%\) · [\d.]+ slices\/s · stopped, 58 skipped$/
    )
  })

  it('ends a run stopped before its first slice on 0, with what it skipped', () => {
    const { bar, text } = progress(false)
    bar.finish({ skipped: 100 })
    expect(text().trimEnd().split('\n').at(-1)).toMatch(/^0\/100 \(0%\) · .*stopped, 100 skipped$/)
  })

  it('says a dry run validates, in plain plurals', () => {
    let text = ''
    const bar = new ConsoleProgress({ write: chunk => void (text += chunk), isTTY: false })
    bar.start({ ...start, total: 1, operations: 1, dryRun: true })
    expect(text).toBe('Validating 1 slice from 1 operation of api.yaml (OpenAPI 3.0.3 → 3.0)\n')
  })
})
