/**
 * What a run will do, before it touches the output folder: the spec loaded and converted, its
 * operations enumerated and selected, their services, the groups (this shard's share) and their file
 * names. The base comparison loads its spec and assigns services with the same steps.
 */
import { SliceOasError } from '../errors.js'
import type { Finding } from '../findings.js'
import type { LoadedSpec } from '../load/load-spec.js'
import type { SpecReader } from '../load/spec-reader.js'
import type { JsonObject } from '../json-value.js'
import { defineLazy, enumerateOperations, type OperationInfo } from '../openapi/operations.js'
import { shadowedMethods } from '../openapi/shadowed-methods.js'
import { assignFileNames } from '../output/file-names.js'
import { extensionFor, serializerFor, type Serializer } from '../output/serialize.js'
import type { BatchRequest } from '../request.js'
import { groupOperations, type SliceGroup } from '../select/group.js'
import { unmatchedFlags } from '../select/extension-filters.js'
import { selectOperations } from '../select/select-operations.js'
import type { Comparison } from '../compare/compare-base.js'
import { compareAgainstBase } from '../compare/load-base.js'
import { reviewNotes } from '../compare/review-changes.js'
import { shardOf } from '../shard/shard.js'
import { SpecIndex } from '../slice/spec-index.js'
import { ServiceOverlays } from '../overlay/service-overlays.js'
import { runLevelNotes } from '../convert/group-notes.js'
import { RunTargets, targetOutputVersion } from '../target/run-targets.js'
import { loadConverted, serviceLookup, type ConvertedSpec } from './plan-steps.js'

export interface RunPlan {
  spec: LoadedSpec
  converted: ConvertedSpec
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
  /** The service map's overlays, applied to the slices of their services. */
  overlays: ServiceOverlays
  /** The operations no service of the map claims (keys). */
  orphans: string[]
  /** Each slice's gateway, the collisions across its service and, with target-fix, its shaped source. */
  targets: RunTargets
}

export async function planRun(request: BatchRequest, reader: SpecReader | undefined): Promise<RunPlan> {
  const version = targetOutputVersion(request)
  const { spec, converted } = await loadConverted(request.spec, request, version, reader)
  const index = new SpecIndex(converted.doc)
  const serialize = await serializerFor(request.format, spec.numberLiterals)
  const enumerated = enumerateOperations(converted.doc, spec.locate)
  if (enumerated.length === 0 && converted.notes.some(note => note.code === 'CONVERT_WEBHOOK_DROPPED'))
    throw new SliceOasError(
      'SELECTION_EMPTY',
      'Every operation of the spec is a webhook, which OpenAPI 3.0 cannot express. Slice it as 3.1 (output-version 3.1 or auto).'
    )
  const flagNotes = unmatchedFlags(converted.doc, enumerated, request)
  const operations = selectOperations(enumerated, request, converted.doc)
  const { assignment, servicesOf = () => [] } = serviceLookup(operations, request)
  const overlays = await ServiceOverlays.load(request.services, reader)
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
  notes.push(...runLevelNotes(converted.notes), ...flagNotes)
  notes.push(...leftOutExtensions(index, spec), ...renamedFiles(allGroups, names, request))
  if (typeof converted.doc.$self === 'string') notes.push(selfLeftOut(spec))
  notes.push(...leftOutMethods(converted.doc, spec))
  if (version !== request.outputVersion && converted.version !== spec.version)
    notes.push({
      code: 'TARGET_FIX_CONVERTED',
      severity: 'info',
      message: `With target-fix, slices are OpenAPI ${converted.version}, the version the target gateway reads.`
    })
  const shard = request.shard
  const groups = shard ? allGroups.filter(group => shardOf(group.id, shard.count) === shard.index) : allGroups
  const plan = { spec, converted, index, serialize, operations, servicesOf, allGroups, groups, names }
  const orphans = assignment?.orphans.map(operation => operation.key) ?? []
  const targets = new RunTargets(request, plan)
  return { ...plan, notes, serviceCounts, comparison, overlays, orphans, targets }
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

function leftOutMethods(doc: JsonObject, spec: LoadedSpec): Finding[] {
  return shadowedMethods(doc).map(tokens => {
    const note: Finding = {
      code: 'CUSTOM_METHOD_LEFT_OUT',
      severity: 'warning',
      message: `The additionalOperations entry ${tokens[3]} of ${tokens[1]} names a method that a fixed field holds, which OpenAPI 3.2 forbids; it is no operation of its own and is left out of the slices.`
    }
    defineLazy(note, 'location', () => spec.locate(tokens))
    return note
  })
}

/** A slice is not the document `$self` names: it would claim the source's identity, so it has no `$self`. */
function selfLeftOut(spec: LoadedSpec): Finding {
  const note: Finding = {
    code: 'SELF_LEFT_OUT',
    severity: 'info',
    message: `The spec's $self (${String(spec.doc.$self)}) names the source document; slices are other documents, so they have no $self.`
  }
  defineLazy(note, 'location', () => spec.locate(['$self']))
  return note
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
