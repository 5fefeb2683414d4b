/**
 * A run's targets: which gateway each slice is for (its service's `target`, else the run's), the
 * operationId collisions across each service, and, with target-fix, the shaped document each target's
 * slices are cut from.
 */
import type { Finding } from '../findings.js'
import type { JsonObject } from '../json-value.js'
import type { OperationInfo } from '../openapi/operations.js'
import type { SliceGroup } from '../select/group.js'
import type { ServiceDefinition } from '../select/services.js'
import { SpecIndex } from '../slice/spec-index.js'
import { NotesByPlace } from '../batch/notes-within.js'
import type { SliceTarget } from './check-target.js'
import { operationIdCollisions, planRenames, type ScopesOf } from './collisions.js'
import { PROFILES } from './profiles.js'
import { linkedOperationIds, shapeSource } from './shape-source.js'
import type { TargetChoice, TargetName } from './target-rule.js'

export interface TargetRequest {
  target?: TargetChoice
  targetFix: boolean
  services: readonly ServiceDefinition[]
  outputVersion: 'auto' | '3.0' | '3.1' | '3.2'
}

/** Every target the run may check slices against. */
export function targetsInUse(request: TargetRequest): TargetName[] {
  const names = [request.target, ...request.services.map(service => service.target)]
  return [...new Set(names.filter((name): name is TargetName => name !== undefined && name !== 'none'))]
}

/** The output version target-fix asks for: 3.0 when a target in use does not read 3.1. */
export function targetOutputVersion(request: TargetRequest): TargetRequest['outputVersion'] {
  if (!request.targetFix || request.outputVersion !== 'auto') return request.outputVersion
  return targetsInUse(request).some(name => !PROFILES[name].reads.includes('3.1')) ? '3.0' : 'auto'
}

interface Shaped {
  index: SpecIndex
  notes: NotesByPlace
  collisions: Map<string, string>
}

export class RunTargets {
  private readonly shaped = new Map<TargetName, Shaped>()
  private readonly groupOf = new Map<string, SliceGroup>()
  private readonly scopesOf: ScopesOf

  constructor(
    private readonly request: TargetRequest,
    private readonly plan: {
      index: SpecIndex
      converted: { doc: JsonObject }
      operations: readonly OperationInfo[]
      allGroups: readonly SliceGroup[]
      servicesOf(operation: OperationInfo): string[]
    }
  ) {
    for (const group of plan.allGroups) for (const op of group.operations) this.groupOf.set(op.key, group)
    this.scopesOf = op => {
      const services = plan.servicesOf(op)
      if (services.length > 0) return services.map(name => `the service ${name}`)
      const group = this.groupOf.get(op.key)
      return [group ? `the slice ${group.label}` : 'the run']
    }
  }

  /** Whether slices may be made on worker threads: target-fix shapes documents only this thread holds. */
  get allowsPool(): boolean {
    return !this.request.targetFix || targetsInUse(this.request).length === 0
  }

  /** The gateway a group's slice is for: its first service's target, else the run's. */
  targetOf(group: SliceGroup): TargetName | undefined {
    const own = group.operations
      .flatMap(op => this.plan.servicesOf(op))
      .map(name => this.request.services.find(service => service.name === name)?.target)
      .find(target => target !== undefined)
    const choice = own ?? this.request.target
    return choice === 'none' ? undefined : choice
  }

  /** What the group's slice needs for its target phase; undefined when it has no target. */
  sliceTarget(group: SliceGroup): SliceTarget | undefined {
    const name = this.targetOf(group)
    if (!name) return undefined
    const collisions = this.prepare(name).collisions
    const service = group.operations.flatMap(op => this.plan.servicesOf(op))[0]
    return {
      name,
      collisions: group.operations.flatMap(op => {
        const message = collisions.get(op.key)
        return message ? [{ key: op.key, message }] : []
      }),
      ...(this.request.targetFix ? { fixService: service ?? group.label } : {})
    }
  }

  /** The index the group's slice is cut from: with target-fix, the document shaped for its target. */
  indexFor(group: SliceGroup): SpecIndex {
    const name = this.targetOf(group)
    return name ? this.prepare(name).index : this.plan.index
  }

  /** The shaping findings inside one slice: each rename, and one count per dropped keyword. */
  fixNotes(group: SliceGroup, units: readonly string[]): Finding[] {
    const name = this.targetOf(group)
    if (!name || !this.request.targetFix) return []
    const within = this.prepare(name).notes.within(group.operations, units)
    const dropped = within.filter(note => note.code === 'TARGET_FIX_KEYWORD_DROPPED')
    const notes = within.filter(note => note.code !== 'TARGET_FIX_KEYWORD_DROPPED')
    if (dropped.length > 0)
      notes.push({
        code: 'TARGET_FIX_KEYWORD_DROPPED',
        severity: 'info',
        message: `${dropped.length} \`${PROFILES[name].ignoredKeywords?.join('`, `')}\` keyword${dropped.length === 1 ? ' was' : 's were'} dropped: ${PROFILES[name].title} ignores ${dropped.length === 1 ? 'it' : 'them'}.`
      })
    return notes
  }

  private prepare(name: TargetName): Shaped {
    const known = this.shaped.get(name)
    if (known) return known
    const profile = PROFILES[name]
    const { operations } = this.plan
    const naming = profile.naming
    let renames = new Map<string, string>()
    if (this.request.targetFix && naming)
      renames = planRenames(operations, this.scopesOf, naming, linkedOperationIds(this.plan.converted.doc))
    const shaped = this.request.targetFix
      ? shapeSource(this.plan.converted.doc, profile, operations, renames)
      : { doc: this.plan.converted.doc, notes: [] }
    const idOf = (op: OperationInfo) => renames.get(op.key) ?? op.operationId
    const made: Shaped = {
      index: shaped.doc === this.plan.converted.doc ? this.plan.index : new SpecIndex(shaped.doc),
      notes: new NotesByPlace(shaped.notes),
      collisions: naming ? operationIdCollisions(operations, this.scopesOf, naming, idOf) : new Map()
    }
    this.shaped.set(name, made)
    return made
  }
}
