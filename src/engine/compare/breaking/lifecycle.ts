/** Deprecation and `x-sunset`: an operation deprecated, reactivated, or removed before or after its sunset. */
import type { JsonObject } from '../../json-value.js'
import { record, type OperationPair } from './operation-pair.js'

/** The `x-sunset` date of a deprecated operation (an RFC 3339 date or date-time), if it has a valid one. */
export function sunsetOf(operation: JsonObject): Date | undefined {
  const value = operation['x-sunset']
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** The rule for a base operation the head no longer has; `pathGone` when its whole path went with it. */
export function removalRule(
  operation: JsonObject,
  now: Date,
  pathGone: boolean
): { rule: string; what: string } {
  const prefix = pathGone ? 'api-path-removed' : 'api-removed'
  const subject = pathGone ? 'removed with its path' : 'removed'
  if (operation.deprecated !== true)
    return { rule: `${prefix}-without-deprecation`, what: `${subject} without deprecation` }
  const sunset = sunsetOf(operation)
  if (sunset && sunset.getTime() > now.getTime()) {
    const day = sunset.toISOString().slice(0, 10)
    return { rule: `${prefix}-before-sunset`, what: `${subject} before its sunset date ${day}` }
  }
  return { rule: `${prefix}-with-deprecation`, what: `${subject} after deprecation` }
}

export function compareLifecycle(pair: OperationPair): void {
  const b = pair.base.operation
  const h = pair.head.operation
  const bo = b.node as JsonObject
  const ho = h.node as JsonObject
  const bd = bo.deprecated === true
  const hd = ho.deprecated === true
  if (!bd && hd) {
    const sunset = sunsetOf(ho)
    if (sunset)
      record(
        pair,
        'endpoint-deprecated-with-sunset',
        `deprecated, with sunset date ${sunset.toISOString().slice(0, 10)}`,
        b,
        h
      )
    else record(pair, 'endpoint-deprecated', 'deprecated', b, h)
  }
  if (bd && !hd) record(pair, 'endpoint-reactivated', 'no longer deprecated', b, h)
  const before = sunsetOf(bo)
  const after = sunsetOf(ho)
  if (bd && hd && before && after && after.getTime() < before.getTime()) {
    const what = `sunset date moved earlier, from ${before.toISOString().slice(0, 10)} to ${after.toISOString().slice(0, 10)}`
    record(pair, 'api-sunset-date-changed-too-small', what, b, h)
  }
}
