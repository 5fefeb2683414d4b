/**
 * One pull-request comment with the summary, created once and then updated in place (found by a hidden
 * marker). A token that cannot write, as on pull requests from forks, is a warning, not a failure.
 */
import * as github from '@actions/github'

export const COMMENT_MARKER = '<!-- slice-oas:summary -->'

export type CommentOutcome =
  { commented: 'created' | 'updated'; id: number } | { skipped: string } | { warning: string }

export async function upsertPullRequestComment(token: string, body: string): Promise<CommentOutcome> {
  const context = github.context
  const number = context.payload.pull_request?.number
  if (!context.eventName.startsWith('pull_request') || number === undefined) {
    return { skipped: 'comment-on-pr is on, but this run is not for a pull request; no comment was written.' }
  }
  if (!token)
    return { warning: 'comment-on-pr is on, but no github-token was given; no comment was written.' }
  const octokit = github.getOctokit(token)
  const { owner, repo } = context.repo
  // GitHub refuses comments over 65,536 characters.
  const text = `${COMMENT_MARKER}\n${body.length > 60_000 ? body.slice(0, 60_000) + '\n\n… cut short; the job summary has the rest.' : body}`
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: number,
      per_page: 100
    })
    const mine = comments.find(comment => comment.body?.includes(COMMENT_MARKER))
    if (mine) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: text })
      return { commented: 'updated', id: mine.id }
    }
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: text })
    return { commented: 'created', id: created.data.id }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) {
      return {
        warning: `The pull-request comment could not be written (HTTP ${status}): the token cannot write here, as on pull requests from forks. The step still passes.`
      }
    }
    throw error
  }
}
