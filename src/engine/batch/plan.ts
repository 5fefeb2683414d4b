/**
 * What a run will do, before it touches the output folder: the spec loaded and converted, its
 * operations enumerated and selected, their services, the groups (this shard's share) and their file
 * names. The base comparison loads its spec and assigns services with the same steps.
 */
import type { ConvertedDocument } from '../convert/convert-document.js'
import { SliceOasError } from '../errors.js'
import type { Finding } from '../findings.js'
import type { LoadedSpec } from '../load/load-spec.js'
import type { SpecReader } from '../load/spec-reader.js'
import { defineLazy, enumerateOperations, type OperationInfo } from '../openapi/operations.js'
import { assignFileNames } from '../output/file-names.js'
import { extensionFor, serializerFor, type Serializer } from '../output/serialize.js'
import type { BatchRequest } from '../request.js'
import { groupOperations, type SliceGroup } from '../select/group.js'
import { selectOperations } from '../select/select-operations.js'
import type { Comparison } from '../compare/compare-base.js'
import { compareAgainstBase } from '../compare/load-base.js'
import { reviewNotes } from '../compare/review-changes.js'
import { shardOf } from '../shard/shard.js'
import { SpecIndex } from '../slice/spec-index.js'
import { loadConverted, serviceLookup } from './plan-steps.js'

export interface RunPlan {
  spec: LoadedSpec
  converted: ConvertedDocument
  index: SpecIndex
  serialize: Serializer
  operations: OperationInfo[]
  servicesOf(operation: OperationInfo): string[]
  /** Every group of the selection; `groups` is this shard's share of them. */
  allGroups: SliceGroup[]
  groups: SliceGroup[]
  /** Each group's file name, by group id. */
  names: Map<string, string>
  /** Findings of the plan: the spec's, the service map's, root extensions left out, renamed files. */
  notes: Finding[]
  serviceCounts: { service: string; operations: number }[]
  comparison?: Comparison
}

export async function planRun(request: BatchRequest, reader: SpecReader | undefined): Promise<RunPlan> {
  const { spec, converted } = await loadConverted(request.spec, request, request.outputVersion, reader)
  const index = new SpecIndex(converted.doc)
  const serialize = await serializerFor(request.format, spec.numberLiterals)
  const enumerated = enumerateOperations(converted.doc, spec.locate)
  if (enumerated.length === 0 && converted.notes.some(note => note.code === 'CONVERT_WEBHOOK_DROPPED'))
    throw new SliceOasError(
      'SELECTION_EMPTY',
      'Every operation of the spec is a webhook, which OpenAPI 3.0 cannot express. Slice it as 3.1 (output-version 3.1 or auto).'
    )
  const operations = selectOperations(enumerated, request)
  const { assignment, servicesOf = () => [] } = serviceLookup(operations, request)
  const allGroups = groupOperations(operations, request.groupBy, request.prefixDepth, servicesOf)
  const comparison = request.baseSpec
    ? await compareAgainstBase(
        request,
        converted.version,
        { index, operations, servicesOf, serialize, spec },
        reader
      )
    : undefined
  const serviceCounts = request.services.map(service => ({
    service: service.name,
    operations: operations.filter(operation => servicesOf(operation).includes(service.name)).length
  }))
  const names = assignFileNames(
    allGroups.map(group => ({ id: group.id, stem: group.stem })),
    extensionFor(request.format)
  )
  const notes: Finding[] = [...spec.notes, ...(assignment?.notes ?? []), ...reviewNotes(comparison?.breaking)]
  notes.push(...leftOutExtensions(index, spec), ...renamedFiles(allGroups, names, request))
  const shard = request.shard
  const groups = shard ? allGroups.filter(group => shardOf(group.id, shard.count) === shard.index) : allGroups
  const plan = { spec, converted, index, serialize, operations, servicesOf, allGroups, groups, names }
  return { ...plan, notes, serviceCounts, comparison }
}

function leftOutExtensions(index: SpecIndex, spec: LoadedSpec): Finding[] {
  return index.leftOutRootExtensions().map(extension => {
    const note: Finding = {
      code: 'ROOT_EXTENSION_LEFT_OUT',
      severity: 'warning',
      message: `The root extension ${extension} belongs to no selected operation (it holds $refs, or webhook path items); slices leave it out rather than carry what no operation of theirs uses.`
    }
    defineLazy(note, 'location', () => spec.locate([extension]))
    return note
  })
}

function renamedFiles(
  groups: readonly SliceGroup[],
  names: ReadonlyMap<string, string>,
  request: BatchRequest
): Finding[] {
  const notes: Finding[] = []
  for (const group of groups) {
    const name = names.get(group.id)!
    if (name !== group.stem + extensionFor(request.format)) {
      notes.push({
        code: 'FILE_NAME_COLLISION',
        severity: 'warning',
        message: `${group.label} would share a file name with another slice (case-insensitively or once made safe); it was written as ${name}.`,
        location: group.operations[0].location
      })
    }
  }
  return notes
}
