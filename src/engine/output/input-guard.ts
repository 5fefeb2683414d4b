/**
 * A run never writes over, nor removes, the files it reads: its spec, its base spec and its config file.
 * Entries are compared by identity (device and inode), so a symlink, another spelling of the folder or
 * another case of the name on a case-insensitive disk is seen for what it is.
 */
import type { Stats } from 'node:fs'
import { lstat, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { SliceOasError } from '../errors.js'
import { entryPath } from './file-names.js'
import { INDEX_NAME } from './index-csv.js'

export interface RunInput {
  /** What the file is to the run, as the message names it: "spec", "base spec", "config file". */
  role: string
  file: string
}

/**
 * The files a run reads: its spec, its base spec (a file, or a folder read through its index), config
 * and the service map's overlays.
 */
export function runInputs(files: {
  spec: string
  baseSpec?: string
  configFile?: string
  services?: readonly { overlay?: string }[]
}): RunInput[] {
  const inputs: RunInput[] = [{ role: 'spec', file: files.spec }]
  if (files.baseSpec) {
    inputs.push({ role: 'base spec', file: files.baseSpec })
    inputs.push({ role: 'base spec', file: path.join(files.baseSpec, INDEX_NAME) })
  }
  if (files.configFile) inputs.push({ role: 'config file', file: files.configFile })
  for (const service of files.services ?? [])
    if (service.overlay) inputs.push({ role: 'overlay', file: service.overlay })
  return inputs
}

const identity = (info: Stats) => `${info.dev}:${info.ino}`

/** Refuses the run when one of `names` (entries of `dir` it would write or remove) is one of `inputs`. */
export async function refuseOverwritingInputs(
  dir: string,
  names: readonly string[],
  inputs: readonly RunInput[]
): Promise<void> {
  const dirInfo = await stat(dir).catch(() => undefined)
  if (!dirInfo) return
  for (const input of inputs) {
    const absolute = path.resolve(input.file)
    const real = await realpath(absolute).catch(() => undefined)
    const ids = new Set<string>()
    for (const info of [
      await lstat(absolute).catch(() => undefined),
      await stat(absolute).catch(() => undefined)
    ])
      if (info) ids.add(identity(info))
    // The entries that could be the input: its own name and its real name, where their folder is `dir`.
    const candidates = new Set<string>()
    for (const where of [absolute, real]) {
      if (!where) continue
      const folder = await stat(path.dirname(where)).catch(() => undefined)
      if (!folder || identity(folder) !== identity(dirInfo)) continue
      const base = path.basename(where).toLowerCase()
      for (const name of names) if (name.toLowerCase() === base) candidates.add(name)
    }
    for (const name of candidates) {
      const entry = await lstat(entryPath(dir, name)).catch(() => undefined)
      if (entry && ids.has(identity(entry))) throw overwritesInput(input, name, dir)
    }
  }
}

function overwritesInput(input: RunInput, name: string, dir: string): SliceOasError {
  return new SliceOasError(
    'OUTPUT_OVERWRITES_INPUT',
    `This run would replace or remove its own ${input.role} ${input.file}: it is ${name} in the output folder ${dir}, where slice-oas writes its own files. Choose another output-dir, or move the ${input.role} out of it.`
  )
}
