/**
 * The body of a slice-pool worker thread. It is sent the document once, builds its own index and
 * validators, then makes one slice per message: build, validate, serialise, hash and, when it passes,
 * write the file atomically. It answers with plain data; the file's text stays here.
 */
import { deserialize } from 'node:v8'
import { parentPort } from 'node:worker_threads'
import type { JsonObject } from '../json-value.js'
import { enumerateOperations, type OperationInfo } from '../openapi/operations.js'
import { readTextSync, writeAtomicSync } from '../output/file-sink.js'
import { withRetrySync } from '../output/retry.js'
import { serializerFor, type Serializer } from '../output/serialize.js'
import type { OutputFormat } from '../request.js'
import type { NumberLiterals } from '../load/number-literals.js'
import { SpecIndex } from '../slice/spec-index.js'
import type { SliceTarget } from '../target/check-target.js'
import { sliceOne, type SliceProduct } from './slice-one.js'
import { writeSlice, type SliceFiles } from './write-slice.js'

export interface WorkerSetup {
  kind: 'setup'
  /** The document as structured-clone bytes, shared by every worker. */
  doc: SharedArrayBuffer
  outputVersion: '3.0' | '3.1' | '3.2'
  /** The document was converted down from 3.2. */
  from32?: boolean
  format: OutputFormat
  /** The loaded spec's number literals (a Map clones to the worker as it is). */
  numberLiterals: NumberLiterals
}

export interface WorkerTask {
  kind: 'slice'
  id: number
  /** The group's operation keys, in order. */
  keys: string[]
  /** Where a passing slice is written; none, not written. */
  file?: string
  /** The hash the manifest holds for the file: when equal, the file is read and rewritten only if it differs. */
  priorSha?: string
  /** The gateway the slice is checked against. */
  target?: SliceTarget
}

/** A write that failed, as the batch's thread needs it to classify the error. */
export interface WriteFailure {
  code?: string
  message: string
}

export type WorkerReply =
  { id: number; product: SliceProduct; writeFailure?: WriteFailure } | { id: number; error: string }

interface Loaded {
  outputVersion: '3.0' | '3.1' | '3.2'
  from32: boolean
  serialize: Serializer
  index: SpecIndex
  byKey: Map<string, OperationInfo>
}

export function serveSlices(): void {
  const port = parentPort
  if (!port) throw new Error('serveSlices runs in a worker thread of the slice pool')
  let loaded: Promise<Loaded> | undefined
  port.on('message', (message: WorkerSetup | WorkerTask) => {
    // A document this thread cannot take rejects here, unhandled, which ends the worker: the pool then
    // leaves its slices to the batch's thread.
    if (message.kind === 'setup') return void (loaded = prepare(message))
    // The pool sends the document before any slice; were it not so, failing here ends the worker and
    // its slices are made on the batch's thread, where answering nothing would leave them waiting.
    if (!loaded) throw new Error('the worker was given a slice before the document')
    void loaded.then(ready => answer(message, ready)).then(reply => port.postMessage(reply))
  })
}

async function prepare(setup: WorkerSetup): Promise<Loaded> {
  const doc = deserialize(new Uint8Array(setup.doc)) as JsonObject
  const byKey = new Map(enumerateOperations(doc).map(operation => [operation.key, operation]))
  // Not the setup itself: it holds the document's bytes, which are not needed once deserialised.
  return {
    outputVersion: setup.outputVersion,
    from32: setup.from32 ?? false,
    serialize: await serializerFor(setup.format, setup.numberLiterals),
    index: new SpecIndex(doc),
    byKey
  }
}

/** The worker's slice files: synchronous calls, as file-sink.ts says why. */
const workerFiles: SliceFiles = {
  read: readTextSync,
  write: (file, content) => withRetrySync(() => writeAtomicSync(file, content))
}

async function answer(task: WorkerTask, loaded: Loaded): Promise<WorkerReply> {
  let product: SliceProduct
  try {
    const operations = task.keys.map(key => {
      const operation = loaded.byKey.get(key)
      if (!operation) throw new Error(`the operation ${key} is not in the document`)
      return operation
    })
    product = sliceOne(loaded.index, operations, loaded.outputVersion, loaded.serialize, {
      from32: loaded.from32,
      target: task.target
    })
  } catch (error) {
    return { id: task.id, error: error instanceof Error ? error.message : String(error) }
  }
  const reply = { id: task.id, product: { ...product, content: '' } }
  const { writeError } = await writeSlice(workerFiles, product, task.file, task.priorSha)
  if (writeError === undefined) return reply
  const failure = writeError as NodeJS.ErrnoException
  return { ...reply, writeFailure: { code: failure?.code, message: String(failure?.message ?? writeError) } }
}
