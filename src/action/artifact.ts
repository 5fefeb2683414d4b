/**
 * Uploads the slices and index.csv as one workflow artifact. Outside a workflow run (no runtime token)
 * the upload is skipped with a notice, never a failure.
 */
import { DefaultArtifactClient } from '@actions/artifact'
import path from 'node:path'
import type { BatchResult } from '../engine/index.js'

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
  name: string,
  retentionDays: number | undefined,
  env: ArtifactEnv
): Promise<ArtifactOutcome> {
  return uploadFiles(artifactFiles(result), result.outputDir, name, retentionDays, env)
}

/** Uploads files (paths inside rootDir) as one artifact; skipped, with the reason, outside a workflow run. */
export async function uploadFiles(
  files: string[],
  rootDir: string,
  name: string,
  retentionDays: number | undefined,
  env: ArtifactEnv
): Promise<ArtifactOutcome> {
  if (!env.ACTIONS_RUNTIME_TOKEN) {
    return { skipped: 'The artifact upload was skipped: this is not a workflow run (no runtime token).' }
  }
  if (files.length === 0) return { skipped: 'The artifact upload was skipped: no slice was written.' }
  const client = new DefaultArtifactClient()
  const response = await client.uploadArtifact(name, files, rootDir, retentionDays ? { retentionDays } : {})
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  const url =
    env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${response.id}`
      : ''
  return { uploaded: { id: response.id ?? 0, name, url, files: files.length } }
}
