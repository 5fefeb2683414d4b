#!/usr/bin/env node
// The slice-oas command's entry: everything happens in cli/main.ts.
import { main } from './cli/main.js'

// Read through a variable: ncc would otherwise take `new URL('…', import.meta.url)` for an asset to copy.
const bundle = import.meta.url
const controller = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (controller.signal.aborted) process.exit(130)
    controller.abort()
  })
}
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: controller.signal,
  // dist/cli/index.js → dist/worker/index.js
  workers: { url: new URL('../worker/index.js', bundle) }
})
