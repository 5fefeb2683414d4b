#!/usr/bin/env node
// The slice-oas command's entry: everything happens in cli/main.ts; signals are handled in cli/signals.ts.
import { handleSignals } from './cli/signals.js'

// Read through a variable: ncc would otherwise take `new URL('…', import.meta.url)` for an asset to copy.
const bundle = import.meta.url
// Signals are handled from the start: loading the rest of the CLI takes a while on a busy machine.
const interruption = handleSignals(process, process.stderr)
const { main } = await import('./cli/main.js')
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: interruption.signal,
  onSlicingStarted: interruption.slicingStarted,
  // dist/cli/index.js → dist/worker/index.js
  workers: { url: new URL('../worker/index.js', bundle) }
})
interruption.dispose()
