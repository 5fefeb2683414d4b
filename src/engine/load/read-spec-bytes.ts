/**
 * The spec's bytes, with a plain error for each way reading fails, and the loader's errors renamed for the
 * file they concern: "The spec" is "The base spec" when the base spec is being loaded.
 */
import { SliceOasError } from '../errors.js'
import { MAX_READ_BYTES, type SpecReader } from './spec-reader.js'

/** The error with its leading "The spec" naming the file as the run knows it. */
export function renamed(error: SliceOasError, subject: string): SliceOasError {
  if (!error.message.startsWith('The spec')) return error
  const message = `The ${subject}${error.message.slice('The spec'.length)}`
  return new SliceOasError(error.code, message, error.location, { cause: error })
}

export async function readSpecBytes(file: string, reader: SpecReader): Promise<Buffer> {
  try {
    if (await reader.isDirectory(file)) {
      throw new SliceOasError(
        'SPEC_IS_DIRECTORY',
        `The spec ${file} is a folder; point at the document file itself.`,
        { file }
      )
    }
    return await reader.readFile(file)
  } catch (error) {
    if (error instanceof SliceOasError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') {
      throw new SliceOasError(
        'SPEC_NOT_FOUND',
        `The spec ${file} does not exist. Check the path (it is relative to the working directory).`,
        { file }
      )
    }
    if (code === 'EISDIR') {
      throw new SliceOasError(
        'SPEC_IS_DIRECTORY',
        `The spec ${file} is a folder; point at the document file itself.`,
        { file }
      )
    }
    if (code === 'ERR_FS_FILE_TOO_LARGE' || error instanceof RangeError) {
      throw new SliceOasError(
        'SPEC_UNREADABLE',
        `The spec ${file} is over the size limit of ${MAX_READ_BYTES} bytes (2 GiB), more than can be read; split it into files joined by $ref.`,
        { file }
      )
    }
    const hint = code === 'EACCES' || code === 'EPERM' ? ' Check its permissions.' : ''
    throw new SliceOasError(
      'SPEC_UNREADABLE',
      `The spec ${file} could not be read (${code ?? 'unknown error'}).${hint}`,
      { file }
    )
  }
}
