/**
 * Spreads slicing over every core: the batch's own thread slices too, and one worker thread per other
 * core takes slices whenever it has room. The document is serialised once (structured clone, so shared
 * subtrees, -0 and infinities survive) into shared memory, and each worker deserialises it and builds its
 * own index and validators.
 *
 * A worker that dies takes only its slices in flight with it: their promises reject with
 * `WorkerLostError`, the batch makes those slices on its own thread, and later slices go to the workers
 * still alive (or stay on the batch's thread when none is).
 */
import { serialize } from 'node:v8'
import { Worker } from 'node:worker_threads'
import type { JsonObject } from '../json-value.js'
import type { OperationInfo } from '../openapi/operations.js'
import type { SliceProduct } from './slice-one.js'
import type { WorkerReply, WorkerSetup, WorkerTask, WriteFailure } from './slice-worker.js'
import type { SliceTarget } from '../target/check-target.js'

/** Where the worker entry is, given by the front end (the bundle's `dist/worker/index.js`). */
export interface WorkerScript {
  url: URL
  /** Node options for the worker thread (tests load TypeScript sources this way). */
  execArgv?: string[]
  /** Overrides the number of cores the pool plans for, the batch's thread included (tests). */
  cores?: number
  /** Overrides the fewest slices a run needs to start workers (tests). */
  minSlices?: number
}

/** A slice to make: its operations, and where to write it when it passes. */
export interface PoolTask {
  operations: readonly OperationInfo[]
  file?: string
  priorSha?: string
  target?: SliceTarget
}

export interface PoolOutcome {
  /** Its `content` is empty: the worker wrote the file. */
  product: SliceProduct
  writeFailure?: WriteFailure
}

/** The worker making a slice stopped before answering; the slice must be made elsewhere. */
export class WorkerLostError extends Error {}

interface Task {
  resolve(outcome: PoolOutcome): void
  reject(error: Error): void
}

interface Member {
  worker: Worker
  tasks: Map<number, Task>
  alive: boolean
  answered: number
}

export class SlicePool {
  private readonly members: Member[] = []
  private nextId = 0
  private closing = false
  /** Why the first worker was lost, for the run's notes. */
  lostReason: string | undefined

  /**
   * Slices queued per worker. This thread slices too, and a worker must not run dry while it does (a
   * large slice takes this thread a few milliseconds): with six, the worker stayed busy throughout
   * GitHub's run with the pool forced on, where two left it idle a fifth of the time or more.
   */
  static readonly DEPTH = 6

  /** Starts `size` workers and sends each the document the slices are cut from. */
  constructor(
    script: WorkerScript,
    size: number,
    doc: JsonObject,
    options: Omit<WorkerSetup, 'kind' | 'doc'>
  ) {
    const bytes = serialize(doc)
    const shared = new SharedArrayBuffer(bytes.length)
    new Uint8Array(shared).set(bytes)
    const setup: WorkerSetup = { kind: 'setup', doc: shared, ...options }
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script.url, { execArgv: script.execArgv })
      const member: Member = { worker, tasks: new Map(), alive: true, answered: 0 }
      worker.on('message', (reply: WorkerReply) => {
        const task = member.tasks.get(reply.id)
        if (!task) return
        member.tasks.delete(reply.id)
        member.answered++
        if ('product' in reply) task.resolve({ product: reply.product, writeFailure: reply.writeFailure })
        else task.reject(new Error(reply.error))
      })
      worker.on('error', error => this.lose(member, error.message))
      worker.on('exit', code => this.lose(member, `it exited with code ${code}`))
      worker.postMessage(setup)
      this.members.push(member)
    }
  }

  /** Whether a live worker can take a slice now; when none can, the batch makes it on its own thread. */
  hasRoom(): boolean {
    return this.members.some(member => member.alive && member.tasks.size < SlicePool.DEPTH)
  }

  get size(): number {
    return this.members.length
  }

  /** Workers that made at least one slice. */
  get workersUsed(): number {
    return this.members.filter(member => member.answered > 0).length
  }

  /** Makes one slice on the least busy live worker (check `hasRoom` first). */
  run(task: PoolTask): Promise<PoolOutcome> {
    const member = this.members
      .filter(candidate => candidate.alive)
      .reduce<Member | undefined>(
        (best, candidate) => (!best || candidate.tasks.size < best.tasks.size ? candidate : best),
        undefined
      )
    if (!member) return Promise.reject(new WorkerLostError('no slice worker is running'))
    const id = this.nextId++
    return new Promise<PoolOutcome>((resolve, reject) => {
      member.tasks.set(id, { resolve, reject })
      const message: WorkerTask = {
        kind: 'slice',
        id,
        keys: task.operations.map(operation => operation.key),
        file: task.file,
        priorSha: task.priorSha,
        target: task.target
      }
      member.worker.postMessage(message)
    })
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.members.map(member => member.worker.terminate()))
  }

  private lose(member: Member, reason: string): void {
    if (!member.alive) return
    member.alive = false
    if (!this.closing) this.lostReason ??= reason
    for (const task of member.tasks.values()) task.reject(new WorkerLostError(reason))
    member.tasks.clear()
    if (!this.closing) void member.worker.terminate()
  }
}
