/**
 * One run at a time per output folder: a lock file made with exclusive create, holding who took it. A
 * second run waits a bounded time for it, then refuses. A lock whose process is gone from this host is
 * stale and is taken over; one from another host is left for the user to judge.
 */
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import { hostname } from 'node:os'
import path from 'node:path'
import { SliceOasError } from '../errors.js'

export const LOCK_NAME = '.slice-oas.lock'
/** How long a run waits for another run's lock before it refuses. */
export const LOCK_WAIT_MS = 60_000
const POLL_MS = 100

export interface LockOwner {
  pid: number
  hostname: string
  startedAt: string
}

export interface OutputLock {
  file: string
  /** Removes the lock file; safe to call more than once. */
  release(): void
}

/** Locks held by this process, released when it exits however it exits (process.exit on a second ^C). */
const held = new Set<OutputLock>()
const releaseAll = () => {
  for (const lock of [...held]) lock.release()
}

/** Takes the folder's lock, waiting up to `waitMs` for another run's; `onWait` hears once that it waits. */
export async function acquireOutputLock(
  dir: string,
  waitMs = LOCK_WAIT_MS,
  onWait?: (file: string) => void
): Promise<OutputLock> {
  const file = path.join(dir, LOCK_NAME)
  const me: LockOwner = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() }
  const text = JSON.stringify(me) + '\n'
  const deadline = Date.now() + waitMs
  for (let waited = false; ; waited = true) {
    if (tryCreate(file, text)) return hold(file, text)
    const owner = readOwner(file)
    if (owner && isStale(owner)) {
      breakStale(file, owner)
      continue
    }
    if (Date.now() >= deadline) throw lockedError(file, owner)
    if (!waited) onWait?.(file)
    await new Promise(resolve => setTimeout(resolve, POLL_MS))
  }
}

function tryCreate(file: string, text: string): boolean {
  try {
    // wx: fails when any entry is there, a symlink included, so two runs never both create it.
    fs.writeFileSync(file, text, { flag: 'wx' })
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}

function hold(file: string, text: string): OutputLock {
  const lock: OutputLock = {
    file,
    release() {
      if (!held.delete(lock)) return
      if (held.size === 0) process.removeListener('exit', releaseAll)
      // Only our own lock: a user may have cleared it and another run taken the folder since.
      if (readText(file) === text) fs.rmSync(file, { force: true })
    }
  }
  if (held.size === 0) process.on('exit', releaseAll)
  held.add(lock)
  return lock
}

function readText(file: string): string | undefined {
  try {
    if (!fs.lstatSync(file).isFile()) return undefined
    return fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/** Who holds the lock, when the file says so; undefined for anything else (left for the user). */
export function readOwner(file: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readText(file) ?? '') as Partial<LockOwner>
    if (typeof owner.pid !== 'number' || typeof owner.hostname !== 'string') return undefined
    return { pid: owner.pid, hostname: owner.hostname, startedAt: String(owner.startedAt ?? '') }
  } catch {
    return undefined
  }
}

/** A lock taken on this host by a process that no longer runs. */
function isStale(owner: LockOwner): boolean {
  if (owner.hostname !== hostname()) return false
  try {
    process.kill(owner.pid, 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/**
 * Removes a stale lock. It is moved aside first and checked, so that of two runs breaking it at once,
 * the later one never removes the lock the earlier one has just taken: that one is put back.
 */
function breakStale(file: string, owner: LockOwner): void {
  const aside = `${file}.${randomBytes(6).toString('hex')}.stale`
  try {
    fs.renameSync(file, aside)
  } catch {
    return
  }
  const moved = readOwner(aside)
  if (moved && moved.pid === owner.pid && moved.startedAt === owner.startedAt) {
    fs.rmSync(aside, { force: true })
    return
  }
  try {
    fs.linkSync(aside, file)
  } catch {
    // A third run has taken the folder meanwhile; the lock moved aside is then simply dropped.
  }
  fs.rmSync(aside, { force: true })
}

function lockedError(file: string, owner: LockOwner | undefined): SliceOasError {
  const who = owner
    ? `another slice-oas run (process ${owner.pid} on ${owner.hostname}, started ${owner.startedAt})`
    : 'another slice-oas run'
  return new SliceOasError(
    'OUTPUT_LOCKED',
    `The output folder is in use by ${who}: its lock file ${file} is there. Wait for that run to finish and run again; if no run is writing there any more, delete ${file} and run again.`
  )
}
