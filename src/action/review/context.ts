/** What a review names besides the result: which spec, which commit, which run, which artifact. */
import path from 'node:path'
import type { UploadedArtifact } from '../artifact.js'
import { code } from './markdown.js'

export interface ReviewContext {
  /** The spec path as the user gave it (workspace-relative). */
  spec: string
  /** The commit reviewed: the pull request's head on pull_request events, else GITHUB_SHA. */
  sha?: string
  /** `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}` */
  runUrl?: string
  artifact?: UploadedArtifact
  /** Why no artifact was uploaded, when it was not. */
  artifactNote?: string
}

/** "Spec `api.yaml` · commit `1a2b3c4` · [run](…)": the line under every verdict. */
export function contextLine(context: ReviewContext): string {
  const parts = context.spec ? [`Spec ${code(context.spec)}`] : []
  if (context.sha) parts.push(`commit ${code(context.sha.slice(0, 7))}`)
  if (context.runUrl) parts.push(`[run](${context.runUrl})`)
  return parts.join(' · ')
}

export function artifactLine(context: ReviewContext): string | undefined {
  const { artifact, artifactNote } = context
  if (artifact) {
    const files = `${artifact.files} ${artifact.files === 1 ? 'file' : 'files'}`
    return artifact.url
      ? `📦 Artifact: [${artifact.name}](${artifact.url}) (${files})`
      : `📦 Artifact: ${code(artifact.name)} (${files})`
  }
  return artifactNote ? `📦 ${artifactNote}` : undefined
}

/** A file as the workflow's reader knows it: relative to the workspace the job runs in. */
export function workspaceFile(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative && !relative.startsWith('..') ? relative : path.basename(file)
}
