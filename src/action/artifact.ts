/**
 * Uploads the slices and index.csv as one workflow artifact. Outside a workflow run (no runtime token)
 * the upload is skipped with a notice, never a failure.
 */
import { ArtifactNotFoundError, DefaultArtifactClient } from '@actions/artifact'
import path from 'node:path'
import { SliceOasError, type BatchResult } from '../engine/index.js'

/** The input that replaces this run's artifact of the same name, as upload-artifact's `overwrite`. */
export const OVERWRITE_ARTIFACT = 'overwrite-artifact'

export interface UploadOptions {
  name: string
  retentionDays?: number
  /** Delete this workflow run's artifact of the same name first. */
  replace?: boolean
}

export interface UploadedArtifact {
  id: number
  name: string
  url: string
  files: number
}

export type ArtifactOutcome = { uploaded: UploadedArtifact } | { skipped: string }

export interface ArtifactEnv {
  ACTIONS_RUNTIME_TOKEN?: string
  GITHUB_SERVER_URL?: string
  GITHUB_REPOSITORY?: string
  GITHUB_RUN_ID?: string
}

/** Exactly the files the run produced: the slices that passed, and the index. */
export function artifactFiles(result: BatchResult): string[] {
  const files = result.files.map(name => path.join(result.outputDir, name))
  if (result.indexPath) files.push(result.indexPath)
  if (result.changesPath) files.push(result.changesPath)
  return files
}

export async function uploadSlices(
  result: BatchResult,
  options: UploadOptions,
  env: ArtifactEnv
): Promise<ArtifactOutcome> {
  return uploadFiles(artifactFiles(result), result.outputDir, options, env)
}

/** Uploads files (paths inside rootDir) as one artifact; skipped, with the reason, outside a workflow run. */
export async function uploadFiles(
  files: string[],
  rootDir: string,
  options: UploadOptions,
  env: ArtifactEnv
): Promise<ArtifactOutcome> {
  if (!env.ACTIONS_RUNTIME_TOKEN) {
    return { skipped: 'The artifact upload was skipped: this is not a workflow run (no runtime token).' }
  }
  if (files.length === 0) return { skipped: 'The artifact upload was skipped: no slice was written.' }
  const { name, retentionDays } = options
  const client = new DefaultArtifactClient()
  if (options.replace) await deleteIfPresent(client, name)
  let response: { id?: number }
  try {
    response = await client.uploadArtifact(name, files, rootDir, retentionDays ? { retentionDays } : {})
  } catch (error) {
    if (isConflict(error)) throw nameTaken(name)
    throw error
  }
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  const url =
    env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${response.id}`
      : ''
  return { uploaded: { id: response.id ?? 0, name, url, files: files.length } }
}

async function deleteIfPresent(client: DefaultArtifactClient, name: string): Promise<void> {
  try {
    await client.deleteArtifact(name)
  } catch (error) {
    if (!(error instanceof ArtifactNotFoundError)) throw error
  }
}

/** The results service answers a second artifact of one name in a workflow run with 409 Conflict. */
export function isConflict(error: unknown): boolean {
  return error instanceof Error && /\(409\)/.test(error.message)
}

export function nameTaken(name: string): SliceOasError {
  return new SliceOasError(
    'ARTIFACT_NAME_TAKEN',
    `This workflow run already has an artifact named "${name}" (another step or job uploaded it). Set overwrite-artifact: true to replace it, or give this step its own artifact-name, e.g. one with the matrix value such as ${name}-\${{ matrix.shard }}.`
  )
}
