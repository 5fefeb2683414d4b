/**
 * Reads the files and remote documents that `$ref`s name, inside the sandbox: local files only under the
 * ref root (symlinks resolved), remote documents only when allowed, no other scheme. A refusal stops the
 * run only when a reference needs the file; a `$ref` inside literal data that cannot be read stays data.
 * Every other failure is kept with its reason, so that the refs to it can say why they were not bundled.
 */
import path from 'node:path'
import { SliceOasError } from '../errors.js'
import { decodeSpecText } from './decode.js'
import { parseText, type ParsedText } from './parse-text.js'
import { documentRefs } from '../openapi/walk.js'
import { refLocation, type RefLocation } from './ref-location.js'
import type { SpecReader } from './spec-reader.js'

export interface RemoteLimits {
  timeoutMs: number
  maxBytes: number
}

export const DEFAULT_REMOTE_LIMITS: RemoteLimits = { timeoutMs: 10_000, maxBytes: 20 * 1024 * 1024 }

export interface RefFilesOptions {
  rootFile: string
  refRoot: string
  allowRemoteRefs: boolean
  remoteLimits?: RemoteLimits
  reader: SpecReader
}

/** A file some ref needs; `literal` when only refs inside literal data need it. */
export interface FileNeed {
  location: Exclude<RefLocation, { kind: 'same' }>
  literal: boolean
}

export class RefFiles {
  readonly parsed = new Map<string, ParsedText>()
  readonly texts = new Map<string, string>()
  /** Why a file could not be read or parsed. */
  readonly failed = new Map<string, string>()
  /** Files the sandbox refused, with the error a reference to them stops the run with. */
  readonly refused = new Map<string, SliceOasError>()
  private realRoot: string | undefined

  constructor(private readonly options: RefFilesOptions) {}

  /** Whether the file was tried already (read, or failed). */
  tried(location: string): boolean {
    return this.parsed.has(location) || this.failed.has(location)
  }

  /**
   * Reads every local file that refs name, from `data` on and then from each file read, so that most
   * documents bundle in one pass. Nothing is refused here: a file counts as needed only by a ref in a
   * position that needs it, and the pass that meets such a ref then stops the run with its refusal.
   */
  async preload(from: string, data: unknown): Promise<void> {
    const queue: [string, unknown][] = [[from, data]]
    for (let i = 0; i < queue.length; i++) {
      const [file, content] = queue[i]
      for (const ref of documentRefs(content)) {
        const hash = ref.indexOf('#')
        const location = refLocation(hash < 0 ? ref : ref.slice(0, hash), file)
        if (location.kind !== 'file' || this.tried(location.location)) continue
        await this.load([{ location, literal: true }])
        const parsed = this.parsed.get(location.location)
        if (parsed) queue.push([location.location, parsed.data])
      }
    }
  }

  async load(needs: Iterable<FileNeed>): Promise<void> {
    for (const need of needs) {
      const { location } = need.location
      if (this.tried(location)) continue
      try {
        const text = await this.read(need.location)
        this.texts.set(location, text)
        this.parsed.set(location, await parseText(text, location))
      } catch (error) {
        if (error instanceof Refusal) {
          if (!need.literal) throw error.error
          this.refused.set(location, error.error)
          this.failed.set(location, error.error.message)
        } else {
          this.failed.set(location, readFailure(error))
        }
      }
    }
  }

  private async read(target: FileNeed['location']): Promise<string> {
    const { rootFile, reader } = this.options
    if (target.kind === 'scheme') {
      throw new Refusal(
        'REF_REMOTE_REFUSED',
        `A $ref uses the ${target.scheme}: scheme (${target.location}); only files under the spec's folder and, when allowed, http(s) documents can be read.`,
        rootFile
      )
    }
    if (target.kind === 'remote') return this.fetch(target.location)
    const location = target.location
    this.realRoot ??= await reader.realpath(this.options.refRoot).catch(() => this.options.refRoot)
    const real = await realOrResolved(reader, location)
    if (real !== this.realRoot && !real.startsWith(this.realRoot + path.sep)) {
      throw new Refusal(
        'REF_OUTSIDE_ROOT',
        `A $ref reaches outside the spec's folder (${location}); refs may only read files under ${this.options.refRoot}. Move the file inside, or set ref-root.`,
        rootFile
      )
    }
    return decodeSpecText(await reader.readFile(real), real)
  }

  private async fetch(url: string): Promise<string> {
    const { rootFile, reader } = this.options
    if (!this.options.allowRemoteRefs) {
      throw new Refusal(
        'REF_REMOTE_REFUSED',
        `A $ref points at a remote document (${url}); remote refs are refused unless allow-remote-refs is true.`,
        rootFile
      )
    }
    try {
      return await reader.fetchText(url, this.options.remoteLimits ?? DEFAULT_REMOTE_LIMITS)
    } catch (cause) {
      throw new Refusal(
        'REF_UNRESOLVED',
        `The remote document ${url} could not be fetched: ${cause instanceof Error ? cause.message : String(cause)}.`,
        rootFile
      )
    }
  }
}

/** A read the sandbox refuses: fatal when a reference needs the file. */
class Refusal extends Error {
  readonly error: SliceOasError
  constructor(
    code: 'REF_OUTSIDE_ROOT' | 'REF_REMOTE_REFUSED' | 'REF_UNRESOLVED',
    message: string,
    file: string
  ) {
    super(message)
    this.error = new SliceOasError(code, message, { file })
  }
}

/** The real path; for a file that does not exist, its folder's real path and its name. */
async function realOrResolved(reader: SpecReader, location: string): Promise<string> {
  try {
    return await reader.realpath(location)
  } catch {
    const folder = await reader.realpath(path.dirname(location)).catch(() => path.dirname(location))
    return path.join(folder, path.basename(location))
  }
}

/** Why a file could not be read or parsed, as a plain phrase. */
function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return 'there is no such file'
  if (code === 'EISDIR') return 'it names a folder, not a file'
  if (code === 'ERR_FS_FILE_TOO_LARGE' || error instanceof RangeError)
    return `the file is over ${2 ** 31 - 1} bytes, more than can be read`
  if (code === 'EACCES' || code === 'EPERM') return 'the file may not be read (permission denied)'
  if (error instanceof SliceOasError) {
    const where = error.location?.line ? ` (line ${error.location.line})` : ''
    return `the file could not be parsed${where}: ${error.message}`
  }
  return `the file could not be read: ${error instanceof Error ? error.message : String(error)}`
}
