/** One slice, start to finish in memory: build, validate all seven phases, serialise and hash. */
import { createHash } from 'node:crypto'
import type { Finding } from '../findings.js'
import type { JsonObject } from '../json-value.js'
import { serializeSlice } from '../output/serialize.js'
import type { OutputFormat } from '../request.js'
import type { SliceGroup } from '../select/group.js'
import { buildSlice } from '../slice/build-slice.js'
import type { SpecIndex } from '../slice/spec-index.js'
import type { PhaseFailure } from '../validate/phases.js'
import { validateSlice } from '../validate/validate-slice.js'

export interface SliceProduct {
  document: JsonObject
  content: string
  sha256: string
  failures: PhaseFailure[]
  notes: Finding[]
  units: string[]
}

export function sliceOne(
  index: SpecIndex,
  group: SliceGroup,
  outputVersion: '3.0' | '3.1',
  format: OutputFormat
): SliceProduct {
  const { document, notes, units } = buildSlice(index, group.operations)
  const report = validateSlice({
    slice: document,
    source: index.doc,
    operations: group.operations,
    outputVersion
  })
  const content = serializeSlice(document, format)
  const sha256 = createHash('sha256').update(content).digest('hex')
  return { document, content, sha256, failures: report.failures, notes, units }
}
