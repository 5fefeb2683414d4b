// The action's entry: everything happens in action/main.ts, so tests can import run() without side effects.
import { run } from './action/main.js'

await run()
