/**
 * The action's inputs: names in one enum (a test holds them equal to action.yml), parsed once into a
 * fully validated request, or refused with a typed error. Nothing here half-fails.
 */
import {
  createMergeRequest,
  createRequest,
  DEFAULTS,
  mergeWithConfig,
  parseShard,
  SliceOasError,
  type BatchRequest,
  type BatchRequestInput,
  type MergeRequest
} from '../engine/index.js'

export enum Input {
  Spec = 'spec',
  OutputDir = 'output-dir',
  Include = 'include',
  Exclude = 'exclude',
  FilterType = 'filter-type',
  Methods = 'methods',
  Tags = 'tags',
  OperationIds = 'operation-ids',
  ExcludeDeprecated = 'exclude-deprecated',
  GroupBy = 'group-by',
  PrefixDepth = 'prefix-depth',
  OutputVersion = 'output-version',
  Format = 'format',
  Concurrency = 'concurrency',
  MinPassRate = 'min-pass-rate',
  Index = 'index',
  DryRun = 'dry-run',
  Shard = 'shard',
  RefRoot = 'ref-root',
  AllowRemoteRefs = 'allow-remote-refs',
  UploadArtifact = 'upload-artifact',
  ArtifactName = 'artifact-name',
  RetentionDays = 'retention-days',
  CommentOnPr = 'comment-on-pr',
  GithubToken = 'github-token',
  Merge = 'merge',
  Config = 'config',
  Overlap = 'overlap',
  Orphans = 'orphans',
  BaseSpec = 'base-spec',
  Overwrite = 'overwrite'
}

/** Inputs that only the action has (the CLI has no artifact or pull request to speak of). */
export const ACTION_ONLY_INPUTS: readonly Input[] = [
  Input.UploadArtifact,
  Input.ArtifactName,
  Input.RetentionDays,
  Input.CommentOnPr,
  Input.GithubToken,
  Input.Merge
]

/** An input left at its action.yml default counts as unset, so the config file can set it. */
const DEFAULT_TEXT: Partial<Record<Input, string>> = {
  [Input.OutputDir]: DEFAULTS.outputDir,
  [Input.FilterType]: DEFAULTS.filterType,
  [Input.GroupBy]: DEFAULTS.groupBy,
  [Input.PrefixDepth]: String(DEFAULTS.prefixDepth),
  [Input.OutputVersion]: DEFAULTS.outputVersion,
  [Input.Format]: DEFAULTS.format,
  [Input.Concurrency]: String(DEFAULTS.concurrency),
  [Input.MinPassRate]: String(DEFAULTS.minPassRate),
  [Input.Index]: String(DEFAULTS.index),
  [Input.DryRun]: String(DEFAULTS.dryRun),
  [Input.ExcludeDeprecated]: String(DEFAULTS.excludeDeprecated),
  [Input.AllowRemoteRefs]: String(DEFAULTS.allowRemoteRefs),
  [Input.Overlap]: DEFAULTS.overlap,
  [Input.Orphans]: DEFAULTS.orphans,
  [Input.Overwrite]: String(DEFAULTS.overwrite)
}

export interface ActionInputs {
  /** Shard output folders to merge instead of slicing; empty for a normal run. */
  merge: string[]
  /** The config file named by the config input, if any. */
  configFile?: string
  /** The inputs given explicitly, which override the config file. */
  explicit: Partial<BatchRequestInput>
  uploadArtifact: boolean
  artifactName: string
  retentionDays?: number
  commentOnPr: boolean
  githubToken: string
}

/** Newline- or comma-separated values. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map(item => item.trim())
    .filter(Boolean)
}

function bool(name: string, text: string, fallback: boolean): boolean {
  const value = text.trim().toLowerCase()
  if (value === '') return fallback
  if (['true', 'yes', 'on', '1'].includes(value)) return true
  if (['false', 'no', 'off', '0'].includes(value)) return false
  throw new SliceOasError('REQUEST_INVALID', `The input ${name} must be true or false; got "${text}".`)
}

function num(name: string, text: string): number | undefined {
  const value = text.trim()
  if (value === '') return undefined
  const parsed = Number(value)
  if (!Number.isFinite(parsed))
    throw new SliceOasError('REQUEST_INVALID', `The input ${name} must be a number; got "${text}".`)
  return parsed
}

export function readInputs(get: (name: Input) => string): ActionInputs {
  const text = (name: Input) => (get(name) ?? '').trim()
  /** The input's text, or undefined when it is empty or left at its default. */
  const given = (name: Input) => {
    const value = text(name)
    return value === '' || value === DEFAULT_TEXT[name] ? undefined : value
  }
  const list = (name: Input) => (given(name) === undefined ? undefined : splitList(text(name)))
  const flag = (name: Input) => (given(name) === undefined ? undefined : bool(name, text(name), false))
  const merge = splitList(text(Input.Merge))
  const explicit: Partial<BatchRequestInput> = {
    spec: given(Input.Spec),
    outputDir: given(Input.OutputDir),
    include: list(Input.Include),
    exclude: list(Input.Exclude),
    filterType: given(Input.FilterType) as BatchRequest['filterType'] | undefined,
    methods: list(Input.Methods),
    tags: list(Input.Tags),
    operationIds: list(Input.OperationIds),
    excludeDeprecated: flag(Input.ExcludeDeprecated),
    groupBy: given(Input.GroupBy) as BatchRequest['groupBy'] | undefined,
    prefixDepth: num(Input.PrefixDepth, given(Input.PrefixDepth) ?? ''),
    outputVersion: given(Input.OutputVersion) as BatchRequest['outputVersion'] | undefined,
    format: given(Input.Format) as BatchRequest['format'] | undefined,
    concurrency: num(Input.Concurrency, given(Input.Concurrency) ?? ''),
    minPassRate: num(Input.MinPassRate, given(Input.MinPassRate) ?? ''),
    index: flag(Input.Index),
    dryRun: flag(Input.DryRun),
    shard: given(Input.Shard) ? parseShard(text(Input.Shard)) : undefined,
    refRoot: given(Input.RefRoot),
    allowRemoteRefs: flag(Input.AllowRemoteRefs),
    overlap: given(Input.Overlap) as BatchRequest['overlap'] | undefined,
    orphans: given(Input.Orphans) as BatchRequest['orphans'] | undefined,
    baseSpec: given(Input.BaseSpec),
    overwrite: flag(Input.Overwrite)
  }
  const retentionDays = num(Input.RetentionDays, text(Input.RetentionDays))
  if (
    retentionDays !== undefined &&
    (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 90)
  ) {
    throw new SliceOasError(
      'REQUEST_INVALID',
      `The input retention-days must be a whole number of days from 1 to 90; got "${retentionDays}".`
    )
  }
  const artifactName = text(Input.ArtifactName) || 'openapi-slices'
  if (/[":<>|*?\r\n\\/]/.test(artifactName)) {
    throw new SliceOasError(
      'REQUEST_INVALID',
      `The input artifact-name may not contain any of " : < > | * ? \\ / or line breaks; got "${artifactName}".`
    )
  }
  return {
    merge,
    configFile: given(Input.Config),
    explicit,
    uploadArtifact: bool(Input.UploadArtifact, text(Input.UploadArtifact), true),
    artifactName,
    retentionDays,
    commentOnPr: bool(Input.CommentOnPr, text(Input.CommentOnPr), false),
    githubToken: text(Input.GithubToken)
  }
}

/** The request: the config file's options (if any) under the explicit inputs, validated as a whole. */
export async function requestFrom(
  inputs: ActionInputs,
  config: Partial<BatchRequestInput> | undefined
): Promise<BatchRequest> {
  const merged = mergeWithConfig(config, inputs.explicit)
  return createRequest({ ...merged, spec: merged.spec ?? '' })
}

/** A merge job's request: it slices nothing, so it needs no spec; where it writes and its gate as a run's. */
export function mergeRequestFrom(
  inputs: ActionInputs,
  config: Partial<BatchRequestInput> | undefined
): MergeRequest {
  const merged = mergeWithConfig(config, inputs.explicit)
  return createMergeRequest({
    outputDir: merged.outputDir,
    shardDirs: inputs.merge,
    minPassRate: merged.minPassRate
  })
}
