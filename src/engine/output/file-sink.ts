/**
 * The port through which the batch writes. The default writes atomically (a temporary file in the same
 * folder, then rename), so a killed run never leaves a half-written slice. Tests inject faults here.
 *
 * Slice files go through the callback API rather than `fs/promises`: it skips the FileHandle each
 * promise call opens, and, unlike the synchronous calls, leaves the kernel's share of the work (file
 * creation can cost a millisecond a file on a busy disk) to libuv's threads while this thread goes on.
 */
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import type { WriteStream } from 'node:fs'
import { access, constants, mkdir, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

export interface FileSink {
  /** Creates the folder if needed and proves it can be written. */
  prepareDir(dir: string): Promise<void>
  writeAtomic(file: string, content: string): Promise<void>
  /** The file's text, or undefined when it does not exist. */
  readText(file: string): Promise<string | undefined>
  remove(file: string): Promise<void>
  /** Leftover temporary files of an interrupted run. */
  listTemporary(dir: string): Promise<string[]>
  openStream(file: string): WriteStream
}

const writeFile = promisify(fs.writeFile)
const rename = promisify(fs.rename)
const unlink = promisify(fs.unlink)
const readFile = promisify(fs.readFile)

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
    const temporary = temporaryFor(file)
    try {
      await writeFile(temporary, content)
      await rename(temporary, file)
    } catch (error) {
      await unlink(temporary).catch(() => undefined)
      throw error
    }
  },
  readText: file => readFile(file, 'utf8').catch(() => undefined),
  remove: file => rm(file, { force: true }),
  async listTemporary(dir) {
    const names = await readdir(dir).catch(() => [] as string[])
    return names.filter(name => name.endsWith(TEMP_SUFFIX)).map(name => path.join(dir, name))
  },
  openStream: file => fs.createWriteStream(file)
}

function temporaryFor(file: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`
  )
}

/**
 * The same atomic write, synchronous, for the slice pool's worker threads: there it runs beside other
 * workers' slicing, and the synchronous calls cost a fraction of the asynchronous ones.
 */
export function writeAtomicSync(file: string, content: string): void {
  const temporary = temporaryFor(file)
  try {
    fs.writeFileSync(temporary, content)
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
