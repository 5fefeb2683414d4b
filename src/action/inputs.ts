/**
 * The action's inputs: names in one enum (a test holds them equal to action.yml), parsed once into a
 * fully validated request, or refused with a typed error. Nothing here half-fails.
 */
import { createRequest, parseShard, SliceOasError, type BatchRequest } from '../engine/index.js'

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
  Merge = 'merge'
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

export interface ActionInputs {
  /** Shard output folders to merge instead of slicing; empty for a normal run. */
  merge: string[]
  request: BatchRequest
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
  const optional = (name: Input) => text(name) || undefined
  const merge = splitList(text(Input.Merge))
  const request = createRequest({
    // A merge job slices nothing: it needs no spec.
    spec: text(Input.Spec) || (merge.length > 0 ? '(merge)' : ''),
    outputDir: optional(Input.OutputDir),
    include: splitList(text(Input.Include)),
    exclude: splitList(text(Input.Exclude)),
    filterType: optional(Input.FilterType) as BatchRequest['filterType'] | undefined,
    methods: splitList(text(Input.Methods)),
    tags: splitList(text(Input.Tags)),
    operationIds: splitList(text(Input.OperationIds)),
    excludeDeprecated: bool(Input.ExcludeDeprecated, text(Input.ExcludeDeprecated), false),
    groupBy: optional(Input.GroupBy) as BatchRequest['groupBy'] | undefined,
    prefixDepth: num(Input.PrefixDepth, text(Input.PrefixDepth)),
    outputVersion: optional(Input.OutputVersion) as BatchRequest['outputVersion'] | undefined,
    format: optional(Input.Format) as BatchRequest['format'] | undefined,
    concurrency: num(Input.Concurrency, text(Input.Concurrency)),
    minPassRate: num(Input.MinPassRate, text(Input.MinPassRate)),
    index: bool(Input.Index, text(Input.Index), true),
    dryRun: bool(Input.DryRun, text(Input.DryRun), false),
    shard: text(Input.Shard) ? parseShard(text(Input.Shard)) : undefined,
    refRoot: optional(Input.RefRoot),
    allowRemoteRefs: bool(Input.AllowRemoteRefs, text(Input.AllowRemoteRefs), false)
  })
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
    request,
    uploadArtifact: bool(Input.UploadArtifact, text(Input.UploadArtifact), true),
    artifactName,
    retentionDays,
    commentOnPr: bool(Input.CommentOnPr, text(Input.CommentOnPr), false),
    githubToken: text(Input.GithubToken)
  }
}
