/**
 * Reads the document a `$ref` names, under the same rules as the bundler: local files only under the
 * ref root (symlinks resolved), http(s) only when allowed and within the remote limits, no other scheme.
 * Everything goes through the injected reader.
 */
import path from 'node:path'
import { SliceOasError } from '../errors.js'
import { DEFAULT_REMOTE_LIMITS, type RemoteLimits } from './bundle.js'
import type { SpecReader } from './spec-reader.js'

export interface RefSandbox {
  rootFile: string
  refRoot: string
  allowRemoteRefs: boolean
  remoteLimits?: RemoteLimits
  reader: SpecReader
}

export function isRemoteLocation(location: string): boolean {
  return /^https?:\/\//i.test(location)
}

/** The text at `location`, undefined when it cannot be read; refusals throw. */
export async function readConfined(location: string, sandbox: RefSandbox): Promise<string | undefined> {
  const { rootFile, refRoot, reader } = sandbox
  if (isRemoteLocation(location)) {
    if (!sandbox.allowRemoteRefs) {
      throw new SliceOasError(
        'REF_REMOTE_REFUSED',
        `A $ref points at a remote document (${location}); remote refs are refused unless allow-remote-refs is true.`,
        { file: rootFile }
      )
    }
    try {
      return await reader.fetchText(location, sandbox.remoteLimits ?? DEFAULT_REMOTE_LIMITS)
    } catch (cause) {
      throw new SliceOasError(
        'REF_UNRESOLVED',
        `The remote document ${location} could not be fetched: ${cause instanceof Error ? cause.message : String(cause)}.`,
        { file: rootFile }
      )
    }
  }
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(location)?.[1]
  if (scheme && !/^[a-z]$/i.test(scheme)) {
    throw new SliceOasError(
      'REF_REMOTE_REFUSED',
      `A $ref uses the ${scheme}: scheme (${location}); only files under the spec's folder and, when allowed, http(s) documents can be read.`,
      { file: rootFile }
    )
  }
  const realRoot = await reader.realpath(refRoot).catch(() => refRoot)
  const real = await reader.realpath(location).catch(() => path.resolve(location))
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
    throw new SliceOasError(
      'REF_OUTSIDE_ROOT',
      `A $ref reaches outside the spec's folder (${location}); refs may only read files under ${refRoot}. Move the file inside, or set ref-root.`,
      { file: rootFile }
    )
  }
  // A file that cannot be read is left as a dangling ref, as the bundler does: only its users fail.
  return reader.readFile(real).then(
    bytes => bytes.toString('utf8'),
    () => undefined
  )
}
