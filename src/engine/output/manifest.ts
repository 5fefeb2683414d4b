/**
 * The manifest in the output folder: which files slice-oas owns there, their hashes, and the digests of
 * the input and request that made them. It is written as `running` before any slice (listing every file
 * the run may write), and as `complete` at the end, so an interrupted run never loses track of a file.
 */
import { SliceOasError } from '../errors.js'
import type { Finding } from '../findings.js'
import { isObject } from '../json-value.js'
import { isPlainName } from './file-names.js'

export const MANIFEST_NAME = '.slice-oas-manifest.json'
const FORMAT_VERSION = 1

export interface ManifestEntry {
  /** sha256 of the file's content as last completed; null while not yet written by a completed run. */
  sha256: string | null
  operations: string[]
}

export interface Manifest {
  tool: 'slice-oas'
  formatVersion: number
  state: 'running' | 'complete'
  inputDigest: string
  requestDigest: string
  /** The share of the operations this folder holds, when the run was sharded. */
  shard?: { index: number; count: number }
  files: Record<string, ManifestEntry>
}

export function parseManifest(text: string | undefined): Manifest | undefined {
  if (!text) return undefined
  try {
    const data: unknown = JSON.parse(text)
    if (!isObject(data) || data.tool !== 'slice-oas' || !isObject(data.files)) return undefined
    return data as unknown as Manifest
  } catch {
    return undefined
  }
}

/** What a run finds in the output folder's manifest: one to trust, none, or an unreadable one (noted). */
export interface PreviousManifest {
  manifest?: Manifest
  /** Set when a manifest was there but could not be read: it is rebuilt, and the run says so. */
  note?: Finding
}

/**
 * The manifest a run starts from. An unreadable one is rebuilt with a warning; one that reads but lists
 * a name outside the folder was altered, and is refused with what to do, since nothing it says holds.
 */
export function readManifest(text: string | undefined, file: string): PreviousManifest {
  if (text === undefined) return {}
  const manifest = parseManifest(text)
  if (!manifest) {
    const note: Finding = {
      code: 'MANIFEST_UNREADABLE',
      severity: 'warning',
      message: `The manifest ${file} could not be read (it is not slice-oas's JSON); it was rebuilt, and the files it listed no longer count as slice-oas's own.`
    }
    return { note }
  }
  for (const [name, entry] of Object.entries(manifest.files)) {
    if (isPlainName(name) && isObject(entry) && (entry.sha256 === null || typeof entry.sha256 === 'string'))
      continue
    throw new SliceOasError(
      'MANIFEST_INVALID',
      `The manifest ${file} was altered: it lists ${JSON.stringify(name)}, which is not a file of the output folder (slice-oas only writes plain names inside it). Delete ${file} and run again; without it, files already there count as not slice-oas's, so add overwrite if the run then names them.`
    )
  }
  return { manifest }
}

export function renderManifest(manifest: Omit<Manifest, 'tool' | 'formatVersion'>): string {
  // Keyed by file names, which are data: no prototype for a name like __proto__ to reach.
  const files: Record<string, ManifestEntry> = Object.create(null)
  for (const name of Object.keys(manifest.files).sort()) files[name] = manifest.files[name]
  return (
    JSON.stringify({ tool: 'slice-oas', formatVersion: FORMAT_VERSION, ...manifest, files }, null, 2) + '\n'
  )
}
