// The action's entry: everything happens in action/main.ts, so tests can import run() without side effects.
import { run } from './action/main.js'

// Read through a variable: ncc would otherwise take `new URL('…', import.meta.url)` for an asset to copy.
const bundle = import.meta.url
// dist/index.js → dist/worker/index.js
await run(process.env, { url: new URL('./worker/index.js', bundle) })
