/**
 * The manifest in the output folder: which files slice-oas owns there, their hashes, and the digests of
 * the input and request that made them. It is written as `running` before any slice (listing every file
 * the run may write), and as `complete` at the end, so an interrupted run never loses track of a file.
 */
import { isObject } from '../json-value.js'

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

export function renderManifest(manifest: Omit<Manifest, 'tool' | 'formatVersion'>): string {
  const files: Record<string, ManifestEntry> = {}
  for (const name of Object.keys(manifest.files).sort()) files[name] = manifest.files[name]
  return (
    JSON.stringify({ tool: 'slice-oas', formatVersion: FORMAT_VERSION, ...manifest, files }, null, 2) + '\n'
  )
}
