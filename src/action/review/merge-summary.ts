/** The merge job's summary: the verdict first, like a run's, then what the shards came to. */
import type { MergeResult } from '../../engine/index.js'
import { artifactLine, contextLine, type ReviewContext } from './context.js'
import { count, table } from './markdown.js'

export function buildMergeSummary(result: MergeResult, context: ReviewContext): string {
  const shards = count(result.shards, 'shard')
  const rate = `pass rate ${result.passRate}%`
  const heading = result.meetsMinimum
    ? result.failed > 0
      ? `## ⚠️ slice-oas passed with ${count(result.failed, 'failure')}: merged ${shards}, ${rate}, minimum ${result.minPassRate}%`
      : `## ✅ slice-oas passed: merged ${shards}, ${count(result.files, 'file')}, ${rate}`
    : `## ❌ slice-oas: merged ${shards}, ${rate} is below the minimum of ${result.minPassRate}% (${count(result.failed, 'operation')} failed)`
  const n = (value: number) => value.toLocaleString('en-US')
  const named = contextLine(context)
  const parts = [
    heading,
    ...(named ? [named] : []),
    table(
      ['Shards', 'Files', 'Operations', 'Passed', 'Failed', 'Pass rate'],
      [
        [
          n(result.shards),
          n(result.files),
          n(result.operations),
          n(result.passed),
          n(result.failed),
          `${result.passRate}%`
        ]
      ],
      ['right', 'right', 'right', 'right', 'right', 'right']
    )
  ]
  const artifact = artifactLine(context)
  if (artifact) parts.push(artifact)
  return parts.join('\n\n') + '\n'
}
