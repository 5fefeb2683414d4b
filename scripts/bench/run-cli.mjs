// Runs the built CLI in this process and, at exit, reports its peak RSS on stderr as one JSON line.
process.on('exit', () =>
  process.stderr.write(`\nBENCH ${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`)
)
process.argv = [process.argv[0], 'slice-oas', ...process.argv.slice(2)]
await import('../../dist/cli/index.js')
