import { describe, expect, it } from '@jest/globals'
import { changeGate } from '../../../src/engine/batch/pass-gate.js'
import type { BreakingReview, ReviewedChange } from '../../../src/engine/compare/review-changes.js'
import type { ChangeLevel } from '../../../src/engine/compare/breaking/types.js'

function change(level: ChangeLevel, service: string): ReviewedChange {
  return {
    rule: `rule-${level}`,
    level,
    message: 'm',
    operation: { key: `GET /${service}`, method: 'get', path: `/${service}` },
    cause: `#/paths/~1${service}/get`,
    fingerprint: '0123456789abcdef',
    services: [service]
  }
}

function review(...changes: ReviewedChange[]): BreakingReview {
  const causes = changes.map(c => ({ ...c, services: c.services, changes: [c] }))
  return { changes, causes, byService: [], ignored: 0, unmatchedAccepted: [] }
}

describe('fail-on-change', () => {
  const mixed = review(change('warning', 'users'), change('info', 'orders'))

  it('fails on a change at the threshold or above, naming the services and how to accept one', () => {
    expect(changeGate(mixed, 'warning')).toEqual({
      passed: false,
      failing: 1,
      message: expect.stringMatching(
        /^fail-on-change is warning: 1 cause of change at warning level or above since the base spec, in users\. .*accepted-changes/
      )
    })
    expect(changeGate(mixed, 'info')).toMatchObject({ passed: false, failing: 2 })
  })

  it('passes below the threshold, with none, and without a base spec', () => {
    expect(changeGate(mixed, 'error')).toEqual({ passed: true, failing: 0 })
    expect(changeGate(review(change('error', 'users')), 'none')).toEqual({ passed: true, failing: 0 })
    expect(changeGate(undefined, 'error')).toEqual({ passed: true, failing: 0 })
  })
})
