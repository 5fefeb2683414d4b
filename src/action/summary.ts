/**
 * The review a team reads, as Markdown: the job summary (everything, every list capped so it stays
 * under the runner's 1 MiB) and the pull-request comment (compact, linking to the summary for what it
 * cuts). Both open with the verdict, then the spec, the commit and the run.
 */
import type { BatchResult } from '../engine/index.js'
import { baseDetails, baseHeadline } from './review/base-review.js'
import {
  breakingSection,
  COMMENT_BREAKING,
  SUMMARY_BREAKING,
  type BreakingBudget
} from './review/breaking.js'
import { artifactLine, contextLine, type ReviewContext } from './review/context.js'
import { failureParts } from './review/failures.js'
import { orphanParts, serviceTable } from './review/services.js'
import { shapingParts } from './review/shaping.js'
import { fileNames, filesLine, runDetails, totalsTable } from './review/totals.js'
import { verdictHeading } from './review/verdict.js'

export type { ReviewContext } from './review/context.js'
export { buildFailureReport } from './review/failure-report.js'

export const SUMMARY_LIMIT_BYTES = 1024 * 1024
/** GitHub refuses comments over 65,536 characters; the comment keeps well under. */
export const COMMENT_LIMIT_CHARS = 60_000

interface Budget {
  /**
   * Failure causes, service rows, operations listed under a cause or as orphans, changed operations
   * in all and per service.
   */
  causes: number
  services: number
  listed: number
  operations: number
  perService: number
  /** File names per list (summary only). */
  names?: number
  /** Where the reader finds what a list cut (Markdown). */
  rest: string
  breaking: BreakingBudget
}

function review(result: BatchResult, context: ReviewContext, budget: Budget): string {
  const parts = [verdictHeading(result), contextLine(context)]
  if (result.comparison)
    parts.push(baseHeadline(result.comparison), ...breakingSection(result, budget.breaking))
  parts.push(totalsTable(result))
  parts.push(...optional(filesLine(result)))
  parts.push(...failureParts(result, budget))
  parts.push(...orphanParts(result, budget.listed, budget.rest))
  parts.push(...shapingParts(result, budget.services))
  if (result.comparison) parts.push(...baseDetails(result.comparison, budget))
  parts.push(...optional(serviceTable(result, budget.services, budget.rest)))
  if (budget.names !== undefined) parts.push(...optional(fileNames(result, budget.names)), runDetails(result))
  parts.push(...optional(artifactLine(context)))
  return parts.join('\n\n') + '\n'
}

const optional = (part: string | undefined) => (part === undefined ? [] : [part])

/** The first budget whose Markdown fits; the last is cut short at a line if even it does not. */
function fitted(
  make: (budget: Budget) => string,
  budgets: Budget[],
  fits: (text: string) => boolean
): string {
  let text = ''
  for (const budget of budgets) {
    text = make(budget)
    if (fits(text)) return text
  }
  // Cut at a line, close the blocks left open, and say where the rest is.
  const cut = text.slice(0, text.lastIndexOf('\n', 50_000))
  const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length
  const close = '\n\n</details>'.repeat(Math.max(0, open))
  return `${cut}${close}\n\n… cut short; ${budgets.at(-1)!.rest}.\n`
}

function summaryRest(result: BatchResult, context: ReviewContext): string {
  if (result.dryRun) return 'a run without `dry-run` lists every one in `index.csv`'
  const url = context.artifact?.url
  return url ? `\`index.csv\` in the [artifact](${url}) lists every one` : '`index.csv` lists every one'
}

export function buildSummary(result: BatchResult, context: ReviewContext): string {
  const rest = summaryRest(result, context)
  const budgets: Budget[] = [
    {
      causes: 100,
      services: 100,
      listed: 50,
      operations: 1000,
      perService: 1000,
      names: 50,
      rest,
      breaking: SUMMARY_BREAKING
    },
    {
      causes: 20,
      services: 20,
      listed: 10,
      operations: 100,
      perService: 20,
      names: 10,
      rest,
      breaking: COMMENT_BREAKING
    }
  ]
  return fitted(
    budget => review(result, context, budget),
    budgets,
    text => Buffer.byteLength(text) < SUMMARY_LIMIT_BYTES
  )
}

export function buildComment(result: BatchResult, context: ReviewContext): string {
  const summary = context.runUrl ? `the [job summary](${context.runUrl})` : 'the job summary'
  const rest = `${summary} lists every one`
  const budgets: Budget[] = [
    {
      causes: 10,
      services: 30,
      listed: 20,
      operations: 300,
      perService: 10,
      rest,
      breaking: COMMENT_BREAKING
    },
    {
      causes: 5,
      services: 10,
      listed: 5,
      operations: 30,
      perService: 3,
      rest,
      breaking: { ...COMMENT_BREAKING, services: 5, causes: 3, operations: 3 }
    }
  ]
  return fitted(
    budget => review(result, context, budget),
    budgets,
    text => text.length < COMMENT_LIMIT_CHARS
  )
}
