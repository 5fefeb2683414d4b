/**
 * The port through which the batch writes. The default writes atomically (a temporary file in the same
 * folder, then rename), so a killed run never leaves a half-written slice. Tests inject faults here.
 */
import { randomBytes } from 'node:crypto'
import { createWriteStream, type WriteStream } from 'node:fs'
import {
  access,
  constants,
  mkdir,
  readFile,
  readdir,
  rename,
  rm,
  stat,
  unlink,
  writeFile
} from 'node:fs/promises'
import path from 'node:path'

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
    const temporary = path.join(
      path.dirname(file),
      `.${path.basename(file)}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`
    )
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
  openStream: file => createWriteStream(file)
}
