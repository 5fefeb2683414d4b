/** The action's outputs: names in one enum (a test holds them equal to action.yml), set from the result. */
import { breakingOperations, breakingServices, type BatchResult, type MergeResult } from '../engine/index.js'
import type { UploadedArtifact } from './artifact.js'

export enum Output {
  Total = 'total',
  Extracted = 'extracted',
  Failed = 'failed',
  PassRate = 'pass-rate',
  OutputDir = 'output-dir',
  IndexPath = 'index-path',
  ArtifactId = 'artifact-id',
  ArtifactUrl = 'artifact-url',
  /** Deprecated: new-files. */
  Added = 'added',
  /** Deprecated: rewritten-files. */
  Changed = 'changed',
  /** Deprecated: deleted-files. */
  Removed = 'removed',
  ChangedServices = 'changed-services',
  ChangedOperations = 'changed-operations',
  NewFiles = 'new-files',
  RewrittenFiles = 'rewritten-files',
  DeletedFiles = 'deleted-files',
  BreakingServices = 'breaking-services',
  BreakingOperations = 'breaking-operations'
}

export function outputValues(
  result: BatchResult,
  artifact: UploadedArtifact | undefined
): Record<Output, string> {
  return {
    [Output.Total]: String(result.total),
    [Output.Extracted]: String(result.extracted),
    [Output.Failed]: String(result.failed),
    [Output.PassRate]: String(result.passRate),
    [Output.OutputDir]: result.outputDir,
    [Output.IndexPath]: result.indexPath ?? '',
    [Output.ArtifactId]: artifact ? String(artifact.id) : '',
    [Output.ArtifactUrl]: artifact?.url ?? '',
    // The output folder against the previous run: files, not operations.
    [Output.NewFiles]: String(result.added.length),
    [Output.RewrittenFiles]: String(result.changed.length),
    [Output.DeletedFiles]: String(result.removed.length),
    [Output.Added]: String(result.added.length),
    [Output.Changed]: String(result.changed.length),
    [Output.Removed]: String(result.removed.length),
    // JSON arrays, for `fromJSON` in a later matrix; empty without a base spec.
    [Output.ChangedServices]: JSON.stringify(result.comparison?.changedServices ?? []),
    [Output.ChangedOperations]: JSON.stringify(result.comparison?.changedOperations ?? []),
    [Output.BreakingServices]: JSON.stringify(breakingServices(result.comparison?.breaking)),
    [Output.BreakingOperations]: JSON.stringify(breakingOperations(result.comparison?.breaking))
  }
}

/** The outputs of a merge job: the same names, from the merged shards. */
export function mergeOutputValues(
  result: MergeResult,
  artifact: UploadedArtifact | undefined
): Partial<Record<Output, string>> {
  return {
    [Output.Total]: String(result.operations),
    [Output.Extracted]: String(result.passed),
    [Output.Failed]: String(result.failed),
    [Output.PassRate]: String(result.passRate),
    [Output.OutputDir]: result.outputDir,
    [Output.IndexPath]: result.indexPath,
    ...(artifact ? { [Output.ArtifactId]: String(artifact.id), [Output.ArtifactUrl]: artifact.url } : {})
  }
}
