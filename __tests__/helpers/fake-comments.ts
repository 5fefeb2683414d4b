import type { CommentsApi, PullRequestComment } from '../../src/action/pr-comment.js'

/** A pull request's comments in memory, as the GitHub API keeps them. */
export function fakeComments(initial: PullRequestComment[] = []): CommentsApi & {
  comments: PullRequestComment[]
} {
  const comments = [...initial]
  let next = 100
  return {
    comments,
    list: async () => comments.map(comment => ({ ...comment })),
    create: async body => {
      comments.push({ id: next, body })
      return next++
    },
    update: async (id, body) => {
      comments.find(comment => comment.id === id)!.body = body
    }
  }
}
