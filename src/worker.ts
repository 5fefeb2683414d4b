// The slice pool's worker-thread entry (bundled on its own as dist/worker/index.js): everything happens
// in engine/batch/slice-worker.ts.
import { serveSlices } from './engine/index.js'

serveSlices()
