/** Engine defects a real document shows today, held to exactly what they are until fixed. */
import { expect } from '@jest/globals'
import type { CorpusResult } from './slice-corpus.js'

export interface KnownDefect {
  /** Why it fails: the engine's defect, not the document's. */
  reason: string
  /** Operations (`METHOD /path`) that fail validation. */
  failing?: string[]
  /** `operation: error` lines a consumer gives on a slice and not on the source. */
  consumerErrors?: string[]
  /** The document gives no operation at all. */
  noOperations?: boolean
}

/**
 * Nothing fails and no consumer error is new, except the known defects; and each known defect still
 * shows, so that the test fails once the engine is fixed and the entry can go.
 */
export function expectOnlyKnownDefects(result: CorpusResult, known: KnownDefect | undefined): void {
  const failingKeys = result.failures.map(failure => failure.slice(0, failure.indexOf(': ')))
  const consumerErrors = result.consumers.flatMap(c => c.notInSource)
  if (known?.noOperations) expect(result.operations).toBe(0)
  expect(result.failures.filter((_, i) => !known?.failing?.includes(failingKeys[i]))).toEqual([])
  expect(consumerErrors.filter(error => !known?.consumerErrors?.includes(error))).toEqual([])
  expect([...new Set(failingKeys)].filter(key => known?.failing?.includes(key))).toEqual(known?.failing ?? [])
  expect(consumerErrors.filter(error => known?.consumerErrors?.includes(error))).toEqual(
    known?.consumerErrors ?? []
  )
}
