/**
 * One slice, start to finish in memory: build, validate every phase, serialise and hash. Runs on
 * the batch's own thread or in a worker of the slice pool; what it returns is plain data either way.
 */
import { createHash } from 'node:crypto'
import type { Finding } from '../findings.js'
import type { OperationInfo } from '../openapi/operations.js'
import type { Serializer } from '../output/serialize.js'
import { buildSlice } from '../slice/build-slice.js'
import type { SpecIndex } from '../slice/spec-index.js'
import { nameService, type SliceTarget } from '../target/check-target.js'
import type { PhaseFailure } from '../validate/phases.js'
import { validateSlice } from '../validate/validate-slice.js'
import { sliceFacts, type SliceFacts } from './index-facts.js'

export interface SliceProduct {
  /** The file's text; empty when the slice failed validation (it is not written). */
  content: string
  /** The content's size in bytes (UTF-8). */
  bytes: number
  sha256: string
  failures: PhaseFailure[]
  notes: Finding[]
  units: string[]
  facts: SliceFacts
}

export function sliceOne(
  index: SpecIndex,
  operations: readonly OperationInfo[],
  outputVersion: '3.0' | '3.1',
  serialize: Serializer,
  target?: SliceTarget
): SliceProduct {
  const { document, notes, units } = buildSlice(index, operations)
  if (target) notes.push(...nameService(document, target))
  // Serialised once: the target phase's size rules read it, and a passing slice is written with it.
  let content: string | undefined
  const bytes = () => Buffer.byteLength((content ??= serialize(document)))
  const report = validateSlice({
    slice: document,
    source: index.doc,
    operations,
    outputVersion,
    ...(target ? { target: { target, bytes } } : {})
  })
  notes.push(...report.findings)
  const facts = sliceFacts(document, operations)
  if (report.failures.length > 0)
    return { content: '', bytes: 0, sha256: '', failures: report.failures, notes, units, facts }
  content ??= serialize(document)
  const sha256 = createHash('sha256').update(content).digest('hex')
  return { content, bytes: Buffer.byteLength(content), sha256, failures: [], notes, units, facts }
}
