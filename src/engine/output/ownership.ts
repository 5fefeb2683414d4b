/**
 * What a run may do to the entries already in its output folder. It replaces or removes only regular
 * files the previous manifest owns (and its own index and manifest); anything else there is the user's,
 * and is replaced only with overwrite. A folder where a file goes is never replaced: one at the index's
 * or the manifest's name stops the run here, one at a slice's name fails that slice's write (naming it).
 */
import type { Dirent } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import { SliceOasError } from '../errors.js'
import { entryPath } from './file-names.js'
import { CHANGES_NAME } from './changes-json.js'
import { INDEX_NAME } from './index-csv.js'
import { MANIFEST_NAME, type Manifest } from './manifest.js'

export interface OwnershipInput {
  dir: string
  /** Every file name the run may write: slices, and the index and manifest. */
  targets: readonly string[]
  previous?: Manifest
  /** The previous manifest was there but unreadable, so nothing in the folder is known to be ours. */
  manifestUnreadable: boolean
  overwrite: boolean
}

export interface Ownership {
  /** Files the previous manifest lists that are gone: rewritten, and counted as changed. */
  missing: Set<string>
  /** Files of the previous manifest that are no longer regular files: neither removed nor owned. */
  disowned: Set<string>
}

type Kind = 'file' | 'folder' | 'other'

const LISTED = 10

export async function checkOwnership(input: OwnershipInput): Promise<Ownership> {
  const kindOf = await entryKinds(input.dir)
  const missing = new Set<string>()
  const folders: string[] = []
  const foreign: string[] = []
  for (const name of input.targets) {
    const kind = await kindOf(name)
    if (kind === undefined) {
      if (input.previous?.files[name]) missing.add(name)
    } else if (kind === 'folder') {
      if (name === INDEX_NAME || name === CHANGES_NAME || name === MANIFEST_NAME) folders.push(name)
    } else if (kind === 'other' || !isOwned(name, input.previous)) foreign.push(name)
  }
  if (folders.length > 0) {
    const file = entryPath(input.dir, folders[0])
    throw new SliceOasError(
      'OUTPUT_NOT_WRITABLE',
      `${file} is a folder, where slice-oas writes its file ${folders[0]}; move or rename that folder, or choose another output-dir.`
    )
  }
  if (foreign.length > 0 && !input.overwrite) throw notOursError(input, foreign)
  const disowned = new Set<string>()
  for (const name of Object.keys(input.previous?.files ?? {})) {
    const kind = await kindOf(name)
    if (kind !== undefined && kind !== 'file') disowned.add(name)
  }
  return { missing, disowned }
}

function isOwned(name: string, previous: Manifest | undefined): boolean {
  if (name === MANIFEST_NAME) return true
  if (!previous) return false
  return name === INDEX_NAME || name === CHANGES_NAME || Object.hasOwn(previous.files, name)
}

/**
 * The kind of each entry of the folder (a symlink is 'other'), read with one listing. A name the
 * listing holds only in another case is looked up itself: on a case-insensitive disk it is that entry.
 */
async function entryKinds(dir: string): Promise<(name: string) => Promise<Kind | undefined>> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [] as Dirent[])
  const byName = new Map(entries.map(entry => [entry.name, entry]))
  const lowerNames = new Set(entries.map(entry => entry.name.toLowerCase()))
  return async name => {
    const entry = byName.get(name)
    if (entry) return entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other'
    if (!lowerNames.has(name.toLowerCase())) return undefined
    const info = await lstat(entryPath(dir, name)).catch(() => undefined)
    if (!info) return undefined
    // Another name for the user's entry: never one slice-oas owns under this name.
    return info.isDirectory() ? 'folder' : 'other'
  }
}

function notOursError(input: OwnershipInput, foreign: string[]): SliceOasError {
  const listed = foreign.slice(0, LISTED).join(', ')
  const more = foreign.length > LISTED ? ` and ${foreign.length - LISTED} more` : ''
  const why = input.manifestUnreadable
    ? ' (its manifest could not be read, so slice-oas cannot tell its own files from yours)'
    : ''
  return new SliceOasError(
    'OUTPUT_NOT_OURS',
    `The output folder ${input.dir} holds files slice-oas did not write, which this run would replace${why}: ${listed}${more}. Move them away or choose another output-dir; or set overwrite (--overwrite) to replace them.`
  )
}
