/**
 * One pull-request comment per spec, created once and then updated in place (found by a hidden marker
 * that names the spec). `comment-on-pr` decides when a comment is created; a comment an earlier run
 * wrote for the spec is updated whatever the mode, so it never shows a stale verdict. A token that
 * cannot write, as on pull requests from forks, is a warning, not a failure.
 */
import * as github from '@actions/github'
import type { CommentMode } from './inputs.js'
import type { PullRequestRef } from './review-context.js'

/** Earlier versions' marker, which named no spec: the first run for any spec adopts that comment. */
export const LEGACY_MARKER = '<!-- slice-oas:summary -->'

/** The hidden first line that keys a comment to its spec; `--` and `>` are escaped to keep it a comment. */
export function commentMarker(spec: string): string {
  const safe = spec
    .replace(/%/g, '%25')
    .replace(/-(?=-)/g, '%2D')
    .replace(/>/g, '%3E')
  return `<!-- slice-oas:summary spec=${safe} -->`
}

export interface PullRequestComment {
  id: number
  body?: string | null
}

/** The comments of one pull request: the GitHub API in a workflow, a fake in tests. */
export interface CommentsApi {
  list(): Promise<PullRequestComment[]>
  create(body: string): Promise<number>
  update(id: number, body: string): Promise<void>
}

export type CommentOutcome =
  { commented: 'created' | 'updated'; id: number } | { skipped: string } | { warning: string }

/** Whether a mode asks for a comment on this run (an existing one is updated regardless). */
export function commentWanted(
  mode: CommentMode | undefined,
  run: { failed: boolean; changed: boolean }
): boolean {
  switch (mode) {
    case 'always':
      return true
    case 'on-failure':
      return run.failed
    case 'on-change':
      return run.failed || run.changed
    case 'never':
      return false
    default:
      // An unreadable mode is itself a failure of the run: say so where the team looks.
      return run.failed
  }
}

export function octokitComments(token: string, pr: PullRequestRef, apiUrl?: string): CommentsApi {
  const octokit = github.getOctokit(token, apiUrl ? { baseUrl: apiUrl } : {})
  const where = { owner: pr.owner, repo: pr.repo }
  return {
    list: () =>
      octokit.paginate(octokit.rest.issues.listComments, {
        ...where,
        issue_number: pr.number,
        per_page: 100
      }),
    create: async body =>
      (await octokit.rest.issues.createComment({ ...where, issue_number: pr.number, body })).data.id,
    update: async (id, body) => {
      await octokit.rest.issues.updateComment({ ...where, comment_id: id, body })
    }
  }
}

/** This spec's comment: keyed by its marker, else one an earlier version wrote without a spec. */
export function findComment(comments: PullRequestComment[], spec: string): PullRequestComment | undefined {
  const marker = commentMarker(spec)
  return (
    comments.find(comment => comment.body?.startsWith(marker)) ??
    comments.find(comment => comment.body?.startsWith(LEGACY_MARKER))
  )
}

/** The comment's text: the marker, then the body, cut below GitHub's limit of 65,536 characters. */
export function commentText(spec: string, body: string): string {
  const text =
    body.length > 60_000 ? body.slice(0, 60_000) + '\n\n… cut short; the job summary has the rest.\n' : body
  return `${commentMarker(spec)}\n${text}`
}

export async function upsertComment(
  api: CommentsApi,
  spec: string,
  body: string,
  create: boolean
): Promise<CommentOutcome> {
  const text = commentText(spec, body)
  try {
    const mine = findComment(await api.list(), spec)
    if (mine) {
      await api.update(mine.id, text)
      return { commented: 'updated', id: mine.id }
    }
    if (!create)
      return {
        skipped: `No pull-request comment was written for ${spec}: comment-on-pr does not ask for one on this run.`
      }
    return { commented: 'created', id: await api.create(text) }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status !== 403 && status !== 404) throw error
    if (!create) return { skipped: `The pull-request comments could not be read (HTTP ${status}).` }
    return {
      warning: `The pull-request comment could not be written (HTTP ${status}): the token cannot write here, as on pull requests from forks. The step's outcome is unchanged.`
    }
  }
}
