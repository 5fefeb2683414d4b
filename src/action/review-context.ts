/**
 * What every summary and comment names: the spec, the commit reviewed and the run, read from the
 * runner's environment and event payload; and the pull request a comment goes to, if any.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

export interface RunEnv {
  GITHUB_EVENT_NAME?: string
  GITHUB_EVENT_PATH?: string
  GITHUB_REPOSITORY?: string
  GITHUB_SERVER_URL?: string
  GITHUB_RUN_ID?: string
  GITHUB_SHA?: string
  GITHUB_WORKSPACE?: string
}

export interface PullRequestRef {
  owner: string
  repo: string
  number: number
}

interface PullRequestPayload {
  pull_request?: { number?: number; head?: { sha?: string } }
}

function eventPayload(env: RunEnv): PullRequestPayload {
  if (!env.GITHUB_EVENT_PATH) return {}
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as PullRequestPayload
  } catch {
    return {}
  }
}

function isPullRequestEvent(env: RunEnv): boolean {
  return (env.GITHUB_EVENT_NAME ?? '').startsWith('pull_request')
}

/** The pull request of a pull_request (or pull_request_target) event; undefined for any other run. */
export function pullRequestOf(env: RunEnv): PullRequestRef | undefined {
  const number = eventPayload(env).pull_request?.number
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!isPullRequestEvent(env) || typeof number !== 'number' || !owner || !repo) return undefined
  return { owner, repo, number }
}

/** The commit reviewed: the PR head on pull_request events (GITHUB_SHA is then a merge commit). */
export function reviewedSha(env: RunEnv): string | undefined {
  const head = isPullRequestEvent(env) ? eventPayload(env).pull_request?.head?.sha : undefined
  return head || env.GITHUB_SHA || undefined
}

export function runUrl(env: RunEnv): string | undefined {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
}

/** The spec as the workflow names it: relative to the workspace, with forward slashes. */
export function workspaceSpec(spec: string, env: RunEnv): string {
  if (!spec) return ''
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd()
  const absolute = path.resolve(workspace, spec)
  const relative = path.relative(workspace, absolute)
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : spec
  return shown.split(path.sep).join('/')
}
