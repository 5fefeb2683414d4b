/**
 * An Overlay 1.0 document named by a service of the service map: read once, checked with a clear error
 * at its line (version, info, actions, each target a valid RFC 9535 JSONPath, update or remove).
 */
import path from 'node:path'
import { paths } from 'jsonpath-rfc9535'
import { SliceOasError } from '../errors.js'
import { isObject, type JsonValue } from '../json-value.js'
import { nodeSpecReader, type SpecReader } from '../load/spec-reader.js'

export interface OverlayAction {
  target: string
  description?: string
  update?: JsonValue
  remove: boolean
  /** 1-based line of the action in the overlay file, when known. */
  line?: number
}

export interface Overlay {
  file: string
  title: string
  actions: OverlayAction[]
}

export async function loadOverlay(file: string, reader: SpecReader = nodeSpecReader): Promise<Overlay> {
  const absolute = path.resolve(file)
  let text: string
  try {
    text = (await reader.readFile(absolute)).toString('utf8')
  } catch {
    throw new SliceOasError('OVERLAY_INVALID', `The overlay ${absolute} cannot be read. Check its path.`, {
      file: absolute
    })
  }
  const { data, locate } = await parseOverlayText(text, absolute)
  const fail = (message: string, tokens: string[]): never => {
    const at = locate(tokens)
    throw new SliceOasError('OVERLAY_INVALID', `The overlay ${path.basename(absolute)}: ${message}`, {
      file: absolute,
      ...(at ? { line: at.line, column: at.column } : {})
    })
  }
  if (!isObject(data)) return fail('it must be a mapping with overlay, info and actions.', [])
  if (typeof data.overlay !== 'string' || !/^1\.0\.\d+$/.test(data.overlay))
    return fail('overlay must name version 1.0.x of the Overlay Specification (overlay: 1.0.0).', ['overlay'])
  const info = data.info
  if (!isObject(info) || typeof info.title !== 'string' || typeof info.version !== 'string')
    return fail('info needs a title and a version, both strings.', ['info'])
  if (!Array.isArray(data.actions) || data.actions.length === 0)
    return fail('actions must be a list of at least one action.', ['actions'])
  const actions = data.actions.map((raw, i) => readAction(raw, String(i), fail, locate))
  return { file: absolute, title: info.title, actions }
}

/** The overlay's YAML or JSON; a syntax error is the overlay's, named so, at its place. */
async function parseOverlayText(text: string, file: string) {
  const { parseYaml } = await import('../load/parse-yaml.js')
  try {
    return parseYaml(text, file)
  } catch (error) {
    if (!(error instanceof SliceOasError)) throw error
    const reason = error.message.replace(/^The spec\b/, 'It')
    throw new SliceOasError(
      'OVERLAY_INVALID',
      `The overlay ${path.basename(file)}: ${reason}`,
      error.location
    )
  }
}

function readAction(
  raw: JsonValue,
  index: string,
  fail: (message: string, tokens: string[]) => never,
  locate: (tokens: string[]) => { line: number } | undefined
): OverlayAction {
  const at = ['actions', index]
  if (!isObject(raw)) return fail(`action ${index} must be a mapping with target and update or remove.`, at)
  const target = raw.target
  if (typeof target !== 'string' || !target.startsWith('$'))
    return fail(`action ${index} needs a target, a JSONPath starting with $.`, [...at, 'target'])
  try {
    paths({}, target)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return fail(`action ${index}'s target ${target} is not a valid JSONPath (RFC 9535): ${reason}`, [
      ...at,
      'target'
    ])
  }
  if (raw.remove !== undefined && typeof raw.remove !== 'boolean')
    return fail(`action ${index}: remove takes true or false.`, [...at, 'remove'])
  const remove = raw.remove === true
  if (!remove && raw.update === undefined)
    return fail(`action ${index} does nothing: give it update, or remove: true.`, at)
  if (!remove && raw.update !== null && typeof raw.update !== 'object')
    return fail(`action ${index}: update must be an object to merge (or an item to append to an array).`, [
      ...at,
      'update'
    ])
  const action: OverlayAction = { target, remove, line: locate(at)?.line }
  if (typeof raw.description === 'string') action.description = raw.description
  if (!remove) action.update = raw.update
  return action
}
