/**
 * The batch request: every option a front end can set, its defaults, and its validation. A request is
 * checked once, up front, and is either fully valid or refused with a typed error.
 */
import { createHash } from 'node:crypto'
import type { OutputVersion } from './convert/convert-document.js'
import { SliceOasError } from './errors.js'
import { HTTP_METHODS } from './openapi/kinds.js'
import type { GroupBy } from './select/group.js'
import { compilePattern, loadRegexEngine } from './select/patterns.js'
import type { Selection } from './select/select-operations.js'
import type { ServiceDefinition } from './select/services.js'
import type { OutputFormat } from './output/serialize.js'
import { parseShard, type Shard } from './shard/shard.js'

export type { OutputFormat, Shard }
export { parseShard }

/** What to slice and how; the selection fields (include, exclude, methods, tags…) come from Selection. */
export interface BatchRequest extends Selection {
  spec: string
  outputDir: string
  groupBy: GroupBy
  /** The service map: which operations make each service. */
  services: ServiceDefinition[]
  /** An operation claimed by two services: an error, or it goes into both. */
  overlap: 'error' | 'allow'
  /** Operations no service claims: listed as a warning, or the run fails. */
  orphans: 'warn' | 'fail'
  /** The same API at the base revision, to report what each service gained, lost or changed. */
  baseSpec?: string
  /** Segments per group with group-by path-prefix. */
  prefixDepth: number
  outputVersion: OutputVersion
  format: OutputFormat
  concurrency: number
  /** 0–100. */
  minPassRate: number
  index: boolean
  dryRun: boolean
  shard?: Shard
  refRoot?: string
  allowRemoteRefs: boolean
  /** Replace files in the output folder that slice-oas did not write; otherwise the run refuses. */
  overwrite: boolean
  /** The config file the options came from, which the output must never replace. */
  configFile?: string
}

export type BatchRequestInput = Partial<BatchRequest> & Pick<BatchRequest, 'spec'>

export const DEFAULTS = {
  outputDir: 'slices',
  filterType: 'glob',
  groupBy: 'operation',
  prefixDepth: 1,
  outputVersion: 'auto',
  format: 'yaml',
  concurrency: 4,
  minPassRate: 100,
  index: true,
  dryRun: false,
  excludeDeprecated: false,
  allowRemoteRefs: false,
  overlap: 'error',
  orphans: 'warn',
  overwrite: false
} as const

export const MAX_CONCURRENCY = 16

function invalid(message: string): SliceOasError {
  return new SliceOasError('REQUEST_INVALID', message)
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw invalid(`${name} must be one of ${allowed.join(', ')}; got "${value}".`)
  return value as T
}

export async function createRequest(input: BatchRequestInput): Promise<BatchRequest> {
  if (typeof input.spec !== 'string' || input.spec.trim() === '')
    throw invalid('spec is required: the path of the OpenAPI document to slice.')
  const request: BatchRequest = {
    spec: input.spec,
    outputDir: input.outputDir?.trim() || DEFAULTS.outputDir,
    include: (input.include ?? []).filter(Boolean),
    exclude: (input.exclude ?? []).filter(Boolean),
    filterType: oneOf('filter-type', input.filterType ?? DEFAULTS.filterType, ['glob', 'regex']),
    methods: (input.methods ?? []).map(m => m.toLowerCase()).filter(Boolean),
    tags: (input.tags ?? []).filter(Boolean),
    operationIds: (input.operationIds ?? []).filter(Boolean),
    excludeDeprecated: input.excludeDeprecated ?? DEFAULTS.excludeDeprecated,
    groupBy: oneOf('group-by', input.groupBy ?? DEFAULTS.groupBy, [
      'operation',
      'tag',
      'path-prefix',
      'service'
    ]),
    services: input.services ?? [],
    overlap: oneOf('overlap', input.overlap ?? DEFAULTS.overlap, ['error', 'allow']),
    orphans: oneOf('orphans', input.orphans ?? DEFAULTS.orphans, ['warn', 'fail']),
    baseSpec: input.baseSpec || undefined,
    prefixDepth: input.prefixDepth ?? DEFAULTS.prefixDepth,
    outputVersion: oneOf('output-version', input.outputVersion ?? DEFAULTS.outputVersion, [
      'auto',
      '3.0',
      '3.1'
    ]),
    format: oneOf('format', input.format ?? DEFAULTS.format, ['yaml', 'json']),
    concurrency: input.concurrency ?? DEFAULTS.concurrency,
    minPassRate: input.minPassRate ?? DEFAULTS.minPassRate,
    index: input.index ?? DEFAULTS.index,
    dryRun: input.dryRun ?? DEFAULTS.dryRun,
    shard: input.shard,
    refRoot: input.refRoot,
    allowRemoteRefs: input.allowRemoteRefs ?? DEFAULTS.allowRemoteRefs,
    overwrite: input.overwrite ?? DEFAULTS.overwrite,
    configFile: input.configFile
  }
  for (const method of request.methods) oneOf('methods', method, HTTP_METHODS)
  if (
    !Number.isInteger(request.concurrency) ||
    request.concurrency < 1 ||
    request.concurrency > MAX_CONCURRENCY
  ) {
    throw invalid(
      `concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}; got ${request.concurrency}.`
    )
  }
  if (!Number.isFinite(request.minPassRate) || request.minPassRate < 0 || request.minPassRate > 100) {
    throw invalid(`min-pass-rate must be a number from 0 to 100; got ${request.minPassRate}.`)
  }
  if (!Number.isInteger(request.prefixDepth) || request.prefixDepth < 1 || request.prefixDepth > 16) {
    throw invalid(`prefix-depth must be a whole number from 1 to 16; got ${request.prefixDepth}.`)
  }
  if (request.shard) parseShard(`${request.shard.index}/${request.shard.count}`)
  if (request.groupBy === 'service' && request.services.length === 0) {
    throw invalid(
      'group-by service needs a service map: define services in slice-oas.config.yaml (or the file named by config).'
    )
  }
  // Compile every pattern now, so a bad one is refused before anything is read or written.
  if (request.filterType === 'regex') await loadRegexEngine()
  for (const pattern of [...request.include, ...request.exclude]) compilePattern(pattern, request.filterType)
  for (const service of request.services) {
    for (const pattern of [...service.include, ...service.exclude])
      compilePattern(pattern, request.filterType)
  }
  return request
}

/**
 * A digest of everything that decides the output: not concurrency, dry run, where it goes, the shard,
 * overwrite nor where the config was read, so every shard of one job carries the same digest and can be
 * merged.
 */
export function requestDigest(request: BatchRequest): string {
  const {
    outputDir: _o,
    concurrency: _c,
    dryRun: _d,
    minPassRate: _m,
    shard: _s,
    overwrite: _w,
    configFile: _f,
    ...deciding
  } = request
  return createHash('sha256').update(JSON.stringify(deciding)).digest('hex')
}
