/**
 * The port through which the batch writes. The default writes atomically (a temporary file in the same
 * folder, then rename), so a killed run never leaves a half-written file and no write follows a symlink
 * out of the output folder. Tests inject faults here.
 *
 * Slice files are written and read with the synchronous calls: the thread that makes a slice also
 * writes it, and every core already makes slices, so handing the kernel's share of the work to libuv's
 * threads frees nothing, while each asynchronous call costs this thread several times the synchronous
 * one (docs/performance.md). Each call blocks for microseconds.
 */
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import type { WriteStream } from 'node:fs'
import { access, constants, mkdir, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { entryPath } from './file-names.js'

export interface FileSink {
  /** Creates the folder if needed and proves it can be written. */
  prepareDir(dir: string): Promise<void>
  writeAtomic(file: string, content: string): Promise<void>
  /** The file's text, or undefined when it does not exist. */
  readText(file: string): Promise<string | undefined>
  remove(file: string): Promise<void>
  /** Leftover temporary files of an interrupted run. */
  listTemporary(dir: string): Promise<string[]>
  /** A stream into a temporary file beside `file`, which `commit` renames into place. */
  openAtomicStream(file: string): AtomicStream
}

export interface AtomicStream {
  stream: WriteStream
  /** Renames the finished temporary file over `file` (call once the stream has finished). */
  commit(): Promise<void>
  /** Removes the temporary file instead. */
  discard(): Promise<void>
}

export const TEMP_SUFFIX = '.slice-oas-tmp'

export const nodeFileSink: FileSink = {
  async prepareDir(dir) {
    const info = await stat(dir).catch(() => undefined)
    if (info && !info.isDirectory()) {
      const error = new Error(`${dir} is a file`) as NodeJS.ErrnoException
      error.code = 'ENOTDIR'
      throw error
    }
    await mkdir(dir, { recursive: true })
    await access(dir, constants.W_OK)
  },
  async writeAtomic(file, content) {
    writeAtomicSync(file, content)
  },
  readText: async file => readTextSync(file),
  remove: file => rm(file, { force: true }),
  async listTemporary(dir) {
    const names = await readdir(dir).catch(() => [] as string[])
    return names.filter(name => name.endsWith(TEMP_SUFFIX)).map(name => path.join(dir, name))
  },
  openAtomicStream(file) {
    const temporary = temporaryFor(file)
    // wx: a fresh file, never one that is there already (nor what a symlink there points to).
    const stream = fs.createWriteStream(temporary, { flags: 'wx' })
    return {
      stream,
      commit: async () => fs.renameSync(temporary, file),
      discard: () => rm(temporary, { force: true })
    }
  }
}

/**
 * Temporary names are unique to this thread: a random tag drawn once, then a counter (a random draw per
 * file costs more). Each worker thread loads this module anew, with its own tag.
 */
const threadTag = randomBytes(6).toString('hex')
let temporaries = 0

/** Beside the file, in the same folder, so the rename is atomic. */
function temporaryFor(file: string): string {
  const name = `.${path.basename(file)}.${threadTag}-${(temporaries++).toString(36)}${TEMP_SUFFIX}`
  return entryPath(path.dirname(file), name)
}

/**
 * The atomic write itself: the default sink's, and the slice pool workers' (which have no sink). The
 * rename replaces whatever entry `file` is, a symlink included, and never writes through it.
 */
export function writeAtomicSync(file: string, content: string): void {
  const temporary = temporaryFor(file)
  try {
    fs.writeFileSync(temporary, content, { flag: 'wx' })
    fs.renameSync(temporary, file)
  } catch (error) {
    fs.rmSync(temporary, { force: true })
    throw error
  }
}

export function readTextSync(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}
