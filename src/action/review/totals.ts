/**
 * The run in numbers: one narrow table (numbers right-aligned), the files of the output folder compared
 * with the previous run, and the run's mechanics (threads, speed) collapsed out of the way.
 */
import path from 'node:path'
import type { BatchResult } from '../../engine/index.js'
import { code, count, details, table } from './markdown.js'

const number = (n: number) => n.toLocaleString('en-US')

export function totalsTable(result: BatchResult): string {
  const seconds = result.elapsedMs / 1000
  return table(
    [
      'Operations',
      'Slices',
      result.dryRun ? 'Would be written' : 'Written',
      'Failed',
      'Skipped',
      'Pass rate',
      'Time'
    ],
    [
      [
        number(result.operations),
        number(result.total),
        number(result.extracted),
        number(result.failed),
        number(result.skipped),
        `${result.passRate}%`,
        `${seconds.toFixed(1)} s`
      ]
    ],
    Array(7).fill('right')
  )
}

/** Threads and speed: how the run went, not what it found. */
export function runDetails(result: BatchResult): string {
  const seconds = result.elapsedMs / 1000
  const lines = [
    `- Threads: ${number(result.threads)}`,
    `- Slices per second: ${seconds > 0 ? (result.total / seconds).toFixed(0) : '—'}`,
    `- Minimum pass rate: ${result.minPassRate}%`,
    `- Output folder: ${code(workspacePath(result.outputDir))}`
  ]
  if (result.indexPath) lines.push(`- Index: ${code(workspacePath(result.indexPath))}`)
  return details('Run details', lines.join('\n'))
}

/** "Files in the output folder: 3 new, 1 rewritten, 0 deleted, 815 unchanged." */
export function filesLine(result: BatchResult): string | undefined {
  if (result.dryRun) return undefined
  const { added, changed, removed, unchanged } = result
  const counts = `${number(added.length)} new, ${number(changed.length)} rewritten, ${number(removed.length)} deleted, ${count(unchanged.length, 'unchanged file')}`
  return `Files in the output folder: ${counts}.`
}

/** The file names behind the counts, each list capped. */
export function fileNames(result: BatchResult, cap: number): string | undefined {
  if (result.dryRun || !result.hasPreviousRun) return undefined
  const lists: [string, string[]][] = [
    ['New', result.added],
    ['Rewritten', result.changed],
    ['Deleted', result.removed]
  ]
  const lines = lists
    .filter(([, names]) => names.length > 0)
    .map(([label, names]) => `- ${label} (${number(names.length)}): ${nameList(names, cap)}`)
  return lines.length > 0
    ? details('Files new, rewritten or deleted since the previous run', lines.join('\n'))
    : undefined
}

function nameList(names: string[], cap: number): string {
  const shown = names.slice(0, cap).map(code).join(', ')
  return names.length > cap ? `${shown} and ${number(names.length - cap)} more` : shown
}

/** A folder or file as the workflow's reader knows it: relative to the workspace when inside it. */
function workspacePath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file
}
