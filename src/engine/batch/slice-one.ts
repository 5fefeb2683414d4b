/**
 * One slice, start to finish in memory: build, validate every phase, serialise and hash. Runs on
 * the batch's own thread or in a worker of the slice pool; what it returns is plain data either way.
 */
import { createHash } from 'node:crypto'
import type { Finding } from '../findings.js'
import type { OperationInfo } from '../openapi/operations.js'
import { applyOverlay, copyJson } from '../overlay/apply-overlay.js'
import { blameOverlays } from '../overlay/overlay-blame.js'
import type { Overlay } from '../overlay/overlay-file.js'
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
  /** Per overlay applied, per action: whether its target selected anything in this slice. */
  overlayMatches?: boolean[][]
}

/** What shapes a slice beyond its cut: a conversion down from 3.2, its services' overlays. */
export interface SliceShaping {
  /** The source is 3.2 and the slice a lower version: the version phase excuses no 3.2 construct. */
  from32?: boolean
  overlays?: readonly Overlay[]
  /** The gateway the slice is for (its target phase and, for Kong, its service's name). */
  target?: SliceTarget
}

export function sliceOne(
  index: SpecIndex,
  operations: readonly OperationInfo[],
  outputVersion: '3.0' | '3.1' | '3.2',
  serialize: Serializer,
  shaping: SliceShaping = {}
): SliceProduct {
  const { from32 = false, overlays = [], target } = shaping
  const { document: cut, notes, units } = buildSlice(index, operations)
  if (target) notes.push(...nameService(cut, target))
  // The overlay changes a copy: the cut slice stays as the proof of fidelity to the source.
  const document = overlays.length > 0 ? copyJson(cut) : cut
  const overlayMatches = overlays.map(overlay => applyOverlay(document, overlay))
  // Serialised once: the target phase's size rules read it, and a passing slice is written with it.
  let content: string | undefined
  const bytes = () => Buffer.byteLength((content ??= serialize(document)))
  const report = validateSlice({
    slice: cut,
    ...(overlays.length > 0 ? { overlaid: document } : {}),
    source: index.doc,
    operations,
    outputVersion,
    from32,
    ...(target ? { target: { target, bytes } } : {})
  })
  notes.push(...report.findings)
  if (overlays.length > 0 && report.failures.length > 0) {
    const cutOnly = validateSlice({ slice: cut, source: index.doc, operations, outputVersion, from32 })
    blameOverlays(report.failures, cutOnly.failures, overlays)
  }
  const facts = sliceFacts(document, operations)
  const made = { notes, units, facts, ...(overlays.length > 0 ? { overlayMatches } : {}) }
  if (report.failures.length > 0)
    return { content: '', bytes: 0, sha256: '', failures: report.failures, ...made }
  content ??= serialize(document)
  const sha256 = createHash('sha256').update(content).digest('hex')
  return { content, bytes: Buffer.byteLength(content), sha256, failures: [], ...made }
}
