/**
 * Where a `$ref` leads: the value it designates in the root or a file read, or why it leads nowhere.
 * A file not read yet is listed as a need (it is read before the next pass); a file the sandbox refused
 * stops the run, unless only literal data names it.
 */
import path from 'node:path'
import type { Finding } from '../findings.js'
import type { FindingCode } from '../finding-codes.js'
import type { JsonObject } from '../json-value.js'
import { getAt, parsePointer, pointerText, type PointerTokens } from '../pointer.js'
import type { FileNeed, RefFiles } from './ref-files.js'
import { refLocation } from './ref-location.js'

export interface ResolveContext {
  rootFile: string
  rootData: JsonObject
  files: RefFiles
}

export interface Target {
  file: string
  tokens: PointerTokens
  value: unknown
}
export type Resolution = { target: Target } | { pending: true } | { missing: string }

export function resolveRef(
  ctx: ResolveContext,
  needs: Map<string, FileNeed>,
  { ref, file, literal }: { ref: string; file: string; literal: boolean }
): Resolution {
  const hash = ref.indexOf('#')
  const tokens = parsePointer(hash < 0 ? '' : ref.slice(hash + 1))
  if (!tokens) return { missing: `its fragment ${ref.slice(hash)} is not a JSON pointer` }
  const location = refLocation(hash < 0 ? ref : ref.slice(0, hash), file)
  let target = file
  if (location.kind !== 'same' && location.location !== ctx.rootFile) {
    target = location.location
    const files = ctx.files
    const refusal = files.refused.get(target)
    if (refusal && !literal) throw refusal
    if (!files.tried(target)) {
      const need = needs.get(target)
      needs.set(target, { location, literal: literal && (need?.literal ?? true) })
      return { pending: true }
    }
    const failure = files.failed.get(target)
    if (failure !== undefined) return { missing: failure }
  } else if (location.kind !== 'same') target = ctx.rootFile
  const data = target === ctx.rootFile ? ctx.rootData : ctx.files.parsed.get(target)?.data
  const value = getAt(data, tokens)
  if (value === undefined)
    return { missing: `${path.basename(target)} has no ${tokens.length ? pointerText(tokens) : 'content'}` }
  return { target: { file: target, tokens, value } }
}

/**
 * What bundling says of a ref that leads nowhere (`missing` says why). Inside literal data it stays data;
 * a root pointer written in another file is kept, since it finds its target in the bundled document; any
 * other is left unbundled.
 */
export function unresolvedNote(
  rootData: JsonObject,
  { ref, file, literal }: { ref: string; file: string; literal: boolean },
  missing: string
): { code: FindingCode; severity: Finding['severity']; message: string; unbundled: boolean } {
  if (literal)
    return {
      code: 'BUNDLE_REF_KEPT_AS_DATA',
      severity: 'info',
      message: `The $ref ${ref} inside literal data was kept as data: ${missing}.`,
      unbundled: false
    }
  if (ref.startsWith('#') && getAt(rootData, parsePointer(ref) ?? ['']) !== undefined)
    // Split layouts often write the root's pointers in other files: kept, the ref finds its target.
    return {
      code: 'BUNDLE_REF_TO_ROOT',
      severity: 'info',
      message: `The $ref ${ref} in ${path.basename(file)} names no place in that file; it was kept, and points into the root document.`,
      unbundled: false
    }
  return {
    code: 'BUNDLE_REF_UNRESOLVED',
    severity: 'warning',
    message: `The $ref ${ref} was not bundled: ${missing}.`,
    unbundled: true
  }
}
