/**
 * The body of a slice-pool worker thread. It starts at the beginning of the run and, when it can, loads
 * and converts the document itself, beside the batch's own load (on another core, so nearly for free);
 * otherwise it is sent the document. It builds its own index and validators, then makes one slice per
 * message: build, validate, serialise, hash and, when it passes, write the file atomically. It answers
 * with plain data; the file's text stays here.
 */
import { deserialize } from 'node:v8'
import { parentPort, workerData } from 'node:worker_threads'
import { convertDocument } from '../convert/convert-document.js'
import type { JsonObject } from '../json-value.js'
import { loadSpec } from '../load/load-spec.js'
import { enumerateOperations, type OperationInfo } from '../openapi/operations.js'
import { readTextSync, writeAtomicSync } from '../output/file-sink.js'
import { withRetrySync } from '../output/retry.js'
import type { BatchRequest, OutputFormat } from '../request.js'
import { SpecIndex } from '../slice/spec-index.js'
import { sliceOne, type SliceProduct } from './slice-one.js'

/** What a worker needs to load the document itself: a local file, refs resolved on disk only. */
export type WorkerBoot = Pick<BatchRequest, 'spec' | 'refRoot' | 'outputVersion'>

export interface WorkerSetup {
  kind: 'setup'
  /** The digest of what the batch loaded: a worker that loaded anything else must not slice. */
  digest: string
  /** The document as structured-clone bytes, when the worker could not load it itself. */
  doc?: SharedArrayBuffer
  outputVersion: '3.0' | '3.1'
  format: OutputFormat
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
}

/** A write that failed, as the batch's thread needs it to classify the error. */
export interface WriteFailure {
  code?: string
  message: string
}

export type WorkerReply =
  { id: number; product: SliceProduct; writeFailure?: WriteFailure } | { id: number; error: string }

interface Loaded {
  setup: WorkerSetup
  index: SpecIndex
  byKey: Map<string, OperationInfo>
}

export function serveSlices(): void {
  const port = parentPort
  if (!port) throw new Error('serveSlices runs in a worker thread of the slice pool')
  const boot = workerData as WorkerBoot | undefined
  const own = boot ? loadOwn(boot) : undefined
  own?.catch(() => undefined)
  let ready: Promise<Loaded> | undefined
  port.on('message', async (message: WorkerSetup | WorkerTask) => {
    if (message.kind === 'setup') {
      ready = prepare(message, own)
      ready.catch(error =>
        port.postMessage({ unusable: error instanceof Error ? error.message : String(error) })
      )
      return
    }
    let loaded: Loaded | undefined
    try {
      loaded = await ready
    } catch {
      return
    }
    port.postMessage(answer(message, loaded))
  })
}

async function loadOwn(boot: WorkerBoot): Promise<{ digest: string; doc: JsonObject }> {
  // The batch checks the same bytes (the digests are compared before any slice is made).
  const spec = await loadSpec(boot.spec, { refRoot: boot.refRoot, allowRemoteRefs: false, checked: true })
  return { digest: spec.digest, doc: convertDocument(spec.doc, spec.version, boot.outputVersion).doc }
}

async function prepare(
  setup: WorkerSetup,
  own: Promise<{ digest: string; doc: JsonObject }> | undefined
): Promise<Loaded> {
  let doc: JsonObject
  if (setup.doc) doc = deserialize(new Uint8Array(setup.doc)) as JsonObject
  else {
    if (!own) throw new Error('the worker was given neither the document nor where to load it')
    const loaded = await own
    if (loaded.digest !== setup.digest) throw new Error('the input changed while the run was loading it')
    doc = loaded.doc
  }
  const byKey = new Map(enumerateOperations(doc).map(operation => [operation.key, operation]))
  return { setup, index: new SpecIndex(doc), byKey }
}

function answer(task: WorkerTask, loaded: Loaded | undefined): WorkerReply {
  let product: SliceProduct
  try {
    if (!loaded) throw new Error('the worker was given a slice before the document')
    const operations = task.keys.map(key => {
      const operation = loaded.byKey.get(key)
      if (!operation) throw new Error(`the operation ${key} is not in the document`)
      return operation
    })
    product = sliceOne(loaded.index, operations, loaded.setup.outputVersion, loaded.setup.format)
  } catch (error) {
    return { id: task.id, error: error instanceof Error ? error.message : String(error) }
  }
  const { content, ...rest } = product
  const reply = { id: task.id, product: { ...rest, content: '' } }
  if (!task.file || product.failures.length > 0) return reply
  const file = task.file
  try {
    if (task.priorSha !== product.sha256 || readTextSync(file) !== content)
      withRetrySync(() => writeAtomicSync(file, content))
  } catch (error) {
    const failure = error as NodeJS.ErrnoException
    return { ...reply, writeFailure: { code: failure?.code, message: String(failure?.message ?? error) } }
  }
  return reply
}
