/**
 * The batch request: every option a front end can set, its defaults, and its validation. A request is
 * checked once, up front, and is either fully valid or refused with a typed error.
 */
import { createHash } from 'node:crypto'
import type { OutputVersion } from './convert/convert-document.js'
import { SliceOasError } from './errors.js'
import { hasOwn } from './json-value.js'
import { HTTP_METHODS, METHOD_TOKEN } from './openapi/kinds.js'
import { OPTION_TABLE, optionRow, requestDefaults } from './options/option-table.js'
import type { GroupBy } from './select/group.js'
import { compilePattern, loadRegexEngine } from './select/patterns.js'
import { checkExtensionSelection } from './select/extension-filters.js'
import type { Selection } from './select/select-operations.js'
import type { ServiceDefinition } from './select/services.js'
import type { OutputFormat } from './output/serialize.js'
import { parseShard, type Shard } from './shard/shard.js'
import { checkMinPassRate } from './batch/pass-gate.js'
import type { TargetChoice } from './target/target-rule.js'
import type { AcceptedChange, RuleSetting } from './config/review-config.js'

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
  /** The API gateway every slice is checked against (a service's own target overrides it). */
  target: TargetChoice
  /** Apply the changes that keep meaning for the target gateway, each recorded as a finding. */
  targetFix: boolean
  /** The config file the options came from, which the output must never replace. */
  configFile?: string
  /** Fail the run on a change since the base spec of this level or above. */
  failOnChange: 'error' | 'warning' | 'info' | 'none'
  /** Per-rule levels of the base comparison (config file only). */
  breakingRules?: Record<string, RuleSetting>
  /** Changes accepted in review, by fingerprint (config file only). */
  acceptedChanges?: AcceptedChange[]
}

export type BatchRequestInput = Partial<BatchRequest> & Pick<BatchRequest, 'spec'>

/** The fields the engine reads defaults of by name; every other row's default is applied by the table. */
type RequestDefaults = Pick<
  BatchRequest,
  | 'outputDir'
  | 'filterType'
  | 'groupBy'
  | 'prefixDepth'
  | 'outputVersion'
  | 'format'
  | 'concurrency'
  | 'minPassRate'
  | 'index'
  | 'dryRun'
  | 'excludeDeprecated'
  | 'allowRemoteRefs'
  | 'overlap'
  | 'orphans'
>

/** The request's defaults, from the option table. */
export const DEFAULTS = requestDefaults() as Readonly<RequestDefaults & Record<string, unknown>>

export const MAX_CONCURRENCY = 16

function invalid(message: string): SliceOasError {
  return new SliceOasError('REQUEST_INVALID', message)
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly string[]): T {
  if (!allowed.includes(value)) throw invalid(`${name} must be one of ${allowed.join(', ')}; got "${value}".`)
  return value as T
}

/** An enum option's value, checked against its row's allowed values. */
function choice<T extends string>(name: string, value: string): T {
  return oneOf<T>(name, value, optionRow(name).values ?? [])
}

/** Options set only by their table row: the input's value, or the row's default. */
function addTableOnlyFields(request: Record<string, unknown>, input: BatchRequestInput): void {
  for (const row of OPTION_TABLE) {
    if (!row.field || hasOwn(request, row.field)) continue
    const value = (input as Record<string, unknown>)[row.field]
    if (row.kind === 'enum' && value !== undefined) oneOf(row.name, String(value), row.values ?? [])
    request[row.field] = value ?? row.default
  }
}

export async function createRequest(input: BatchRequestInput): Promise<BatchRequest> {
  if (typeof input.spec !== 'string' || input.spec.trim() === '')
    throw invalid('spec is required: the path of the OpenAPI document to slice.')
  const request: BatchRequest = {
    spec: input.spec,
    outputDir: input.outputDir?.trim() || DEFAULTS.outputDir,
    include: (input.include ?? []).filter(Boolean),
    exclude: (input.exclude ?? []).filter(Boolean),
    filterType: choice('filter-type', input.filterType ?? DEFAULTS.filterType),
    methods: (input.methods ?? []).map(m => m.toLowerCase()).filter(Boolean),
    tags: (input.tags ?? []).filter(Boolean),
    operationIds: (input.operationIds ?? []).filter(Boolean),
    excludeDeprecated: input.excludeDeprecated ?? DEFAULTS.excludeDeprecated,
    groupBy: choice('group-by', input.groupBy ?? DEFAULTS.groupBy),
    services: input.services ?? [],
    overlap: choice('overlap', input.overlap ?? DEFAULTS.overlap),
    orphans: choice('orphans', input.orphans ?? DEFAULTS.orphans),
    baseSpec: input.baseSpec || undefined,
    prefixDepth: input.prefixDepth ?? DEFAULTS.prefixDepth,
    outputVersion: choice('output-version', input.outputVersion ?? DEFAULTS.outputVersion),
    format: choice('format', input.format ?? DEFAULTS.format),
    concurrency: input.concurrency ?? DEFAULTS.concurrency,
    minPassRate: input.minPassRate ?? DEFAULTS.minPassRate,
    index: input.index ?? DEFAULTS.index,
    dryRun: input.dryRun ?? DEFAULTS.dryRun,
    shard: input.shard,
    refRoot: input.refRoot,
    allowRemoteRefs: input.allowRemoteRefs ?? DEFAULTS.allowRemoteRefs,
    configFile: input.configFile
  } as BatchRequest
  addTableOnlyFields(request as unknown as Record<string, unknown>, input)
  for (const method of request.methods) {
    if (!METHOD_TOKEN.test(method))
      throw invalid(
        `methods must be HTTP method names (${HTTP_METHODS.join(', ')}, or another such as link); got "${method}".`
      )
  }
  if (
    !Number.isInteger(request.concurrency) ||
    request.concurrency < 1 ||
    request.concurrency > MAX_CONCURRENCY
  ) {
    throw invalid(
      `concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}; got ${request.concurrency}.`
    )
  }
  checkMinPassRate(request.minPassRate)
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
  checkExtensionSelection(request)
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
    failOnChange: _g,
    ...deciding
  } = request
  return createHash('sha256').update(JSON.stringify(deciding)).digest('hex')
}
