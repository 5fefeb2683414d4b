// The slice pool's worker-thread entry (bundled on its own as dist/worker/index.js): everything happens
// in engine/batch/slice-worker.ts. It imports that module alone, not the engine's index, so a worker
// loads only what making a slice needs (not loading, selection, the index writer or their libraries).
import { serveSlices } from './engine/batch/slice-worker.js'

serveSlices()
