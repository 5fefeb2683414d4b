/**
 * Where a run's review goes: the job summary always, and the pull-request comment for its spec when
 * the mode asks or an earlier comment exists. Reporting never fails the step itself: a problem
 * writing either is a warning, so the step's outcome stays the run's own.
 */
import type { CommentMode } from './inputs.js'
import type { ActionLog } from './log.js'
import { commentWanted, octokitComments, upsertComment, type CommentsApi } from './pr-comment.js'
import { pullRequestOf, type PullRequestRef, type RunEnv } from './review-context.js'

export interface Review {
  summary: string
  comment: string
  spec: string
  /** The step fails. */
  failed: boolean
  /** A base comparison found operations added, removed or changed. */
  changed: boolean
}

export interface PublishPorts {
  log: ActionLog
  writeSummary(markdown: string): Promise<void>
  /** The comments API of a pull request; the GitHub API unless a test gives another. */
  comments?: (token: string, pr: PullRequestRef) => CommentsApi
}

export interface CommentSettings {
  /** Undefined when the input itself could not be read. */
  mode?: CommentMode
  token: string
}

export async function publish(
  review: Review,
  settings: CommentSettings,
  env: RunEnv & { GITHUB_API_URL?: string },
  ports: PublishPorts
): Promise<void> {
  const { log } = ports
  try {
    await ports.writeSummary(review.summary)
  } catch (error) {
    log.warning(`The job summary could not be written: ${(error as Error).message}`, {
      title: 'slice-oas: job summary'
    })
  }
  const wanted = commentWanted(settings.mode, review)
  const pr = pullRequestOf(env)
  if (!pr) {
    if (wanted && settings.mode) log.info('This run is not for a pull request; no comment was written.')
    return
  }
  if (!settings.token) {
    if (wanted) log.warning('No github-token was given; no pull-request comment was written.', COMMENT)
    return
  }
  const api = (ports.comments ?? ((token, ref) => octokitComments(token, ref, env.GITHUB_API_URL)))(
    settings.token,
    pr
  )
  try {
    const outcome = await upsertComment(api, review.spec, review.comment, wanted)
    if ('warning' in outcome) log.warning(outcome.warning, COMMENT)
    else if ('skipped' in outcome) log.debug(outcome.skipped)
    else log.info(`The pull-request comment for ${review.spec} was ${outcome.commented}.`)
  } catch (error) {
    log.warning(`The pull-request comment could not be written: ${(error as Error).message}`, COMMENT)
  }
}

const COMMENT = { title: 'slice-oas: pull-request comment' }
