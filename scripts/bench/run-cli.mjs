// Runs the built CLI in this process (or the one BENCH_CLI names, a baseline build's) and, at exit,
// reports its peak RSS and its CPU time (all threads) on stderr as one JSON line.
import { pathToFileURL } from 'node:url'

process.on('exit', () => {
  const usage = process.resourceUsage()
  const bench = {
    maxRssKb: usage.maxRSS,
    userMs: usage.userCPUTime / 1000,
    systemMs: usage.systemCPUTime / 1000
  }
  process.stderr.write(`\nBENCH ${JSON.stringify(bench)}\n`)
})
process.argv = [process.argv[0], 'slice-oas', ...process.argv.slice(2)]
await import(process.env.BENCH_CLI ? pathToFileURL(process.env.BENCH_CLI).href : '../../dist/cli/index.js')
