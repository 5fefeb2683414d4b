// What a run keeps alive: slices a document on one thread and, after a forced garbage collection,
// prints the live heap and the RSS when the run starts slicing, at a few points, and at the end.
//   node --expose-gc --import ./scripts/ts-loader.mjs scripts/bench/live-heap.ts SPEC OUTDIR [json|yaml]
import { runBatch } from '../../src/engine/batch/run-batch.js'

const [spec, outputDir, format = 'json'] = process.argv.slice(2) as [string, string, 'json' | 'yaml']
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with node --expose-gc')
const live = (label: string) => {
  gc()
  const { heapUsed, rss } = process.memoryUsage()
  console.log(`${label}: live heap ${Math.round(heapUsed / 1e6)} MB, RSS ${Math.round(rss / 1e6)} MB`)
}
let marks: Set<number> = new Set()
await runBatch(
  { spec, outputDir, concurrency: 1, format },
  {
    onStart: ({ total }) => {
      marks = new Set([1, 0.25, 0.5, 0.75, 0.99].map(share => Math.max(1, Math.floor(total * share))))
      live(`start (${total} slices)`)
    },
    onSlice: (_result, done) => {
      if (marks.has(done)) live(`after ${done} slices`)
    }
  }
)
live('end')
