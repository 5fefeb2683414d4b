/**
 * The action's inputs, read by their rows of the option table (a test holds them equal to action.yml),
 * parsed once into a fully validated request, or refused with a typed error. Nothing here half-fails.
 */
import {
  createMergeRequest,
  createRequest,
  mergeWithConfig,
  OPTION_TABLE,
  optionRow,
  optionsFor,
  parseBoolean,
  parseNumber,
  parseShard,
  SliceOasError,
  splitList,
  type BatchRequest,
  type BatchRequestInput,
  type MergeRequest,
  type OptionRow
} from '../engine/index.js'

export { splitList }

/** An input name: a row of the option table that applies to the action. */
export type Input = string

export interface ActionInputs {
  /** Shard output folders to merge instead of slicing; empty for a normal run. */
  merge: string[]
  /** The config file named by the config input, if any. */
  configFile?: string
  /** The inputs given explicitly, which override the config file. */
  explicit: Partial<BatchRequestInput>
  uploadArtifact: boolean
  artifactName: string
  retentionDays?: number
  commentOnPr: CommentMode
  githubToken: string
  /** The action-only rows without a request field, parsed by their kind, by name. */
  adapter: Record<string, boolean | number | string | string[] | undefined>
}

export const COMMENT_MODES = ['always', 'on-failure', 'on-change', 'never'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]

/** One of the modes, or true/false as earlier versions read it (always/never); empty is the default. */
export function parseCommentMode(text: string): CommentMode {
  const value = text.trim().toLowerCase()
  if (value === '') return optionRow('comment-on-pr').default as CommentMode
  if ((COMMENT_MODES as readonly string[]).includes(value)) return value as CommentMode
  const legacy = parseBoolean(value)
  if (legacy !== undefined) return legacy ? 'always' : 'never'
  throw new SliceOasError(
    'REQUEST_INVALID',
    `The input comment-on-pr must be one of ${COMMENT_MODES.join(', ')} (or true, false); got "${text}".`
  )
}

/** What an early failure needs to report itself, read on its own so a bad input elsewhere cannot stop it. */
export function readCommentSettings(get: (name: Input) => string): { mode?: CommentMode; token: string } {
  let mode: CommentMode | undefined
  try {
    mode = parseCommentMode(get('comment-on-pr') ?? '')
  } catch {
    mode = undefined
  }
  return { mode, token: (get('github-token') ?? '').trim() }
}

/** An action-only row's value by its kind; its default when empty. */
function readAdapterRow(row: OptionRow, text: string): boolean | number | string | string[] | undefined {
  switch (row.kind) {
    case 'boolean':
      return bool(row.name, text, row.default === true)
    case 'number':
      return num(row.name, text) ?? (row.default as number | undefined)
    case 'list':
      return splitList(text)
    default:
      return text || (row.default === undefined ? undefined : String(row.default))
  }
}

function bool(name: string, text: string, fallback: boolean): boolean {
  if (text.trim() === '') return fallback
  const value = parseBoolean(text)
  if (value === undefined)
    throw new SliceOasError('REQUEST_INVALID', `The input ${name} must be true or false; got "${text}".`)
  return value
}

function num(name: string, text: string): number | undefined {
  if (text.trim() === '') return undefined
  const value = parseNumber(text)
  if (value === undefined)
    throw new SliceOasError('REQUEST_INVALID', `The input ${name} must be a number; got "${text}".`)
  return value
}

/** The action.yml default of an input: its row's default as text, or empty. */
export function defaultText(row: OptionRow): string {
  return row.default === undefined ? '' : String(row.default)
}

/** The request field a row sets, from the input's text; undefined when empty or left at its default. */
function readRow(row: OptionRow, text: string): unknown {
  if (text === '' || text === defaultText(row)) return undefined
  switch (row.kind) {
    case 'list':
      return splitList(text)
    case 'boolean':
      return bool(row.name, text, false)
    case 'number':
      return num(row.name, text)
    case 'shard':
      return parseShard(text)
    default:
      return text
  }
}

export function readInputs(
  get: (name: Input) => string,
  table: readonly OptionRow[] = OPTION_TABLE
): ActionInputs {
  const text = (name: Input) => (get(name) ?? '').trim()
  const explicit: Record<string, unknown> = {}
  const adapter: ActionInputs['adapter'] = {}
  for (const row of optionsFor('action', table)) {
    if (row.field) explicit[row.field] = readRow(row, text(row.name))
    else if (row.name !== 'comment-on-pr') adapter[row.name] = readAdapterRow(row, text(row.name))
  }
  const merge = splitList(text('merge'))
  const retentionDays = num('retention-days', text('retention-days'))
  if (
    retentionDays !== undefined &&
    (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 90)
  ) {
    throw new SliceOasError(
      'REQUEST_INVALID',
      `The input retention-days must be a whole number of days from 1 to 90; got "${retentionDays}".`
    )
  }
  const artifactName = text('artifact-name') || defaultText(optionRow('artifact-name'))
  if (/[":<>|*?\r\n\\/]/.test(artifactName)) {
    throw new SliceOasError(
      'REQUEST_INVALID',
      `The input artifact-name may not contain any of " : < > | * ? \\ / or line breaks; got "${artifactName}".`
    )
  }
  return {
    merge,
    configFile: text('config') || undefined,
    explicit: explicit as Partial<BatchRequestInput>,
    uploadArtifact: bool(
      'upload-artifact',
      text('upload-artifact'),
      optionRow('upload-artifact').default === true
    ),
    artifactName,
    retentionDays,
    commentOnPr: parseCommentMode(text('comment-on-pr')),
    githubToken: text('github-token'),
    adapter
  }
}

/** The request: the config file's options (if any) under the explicit inputs, validated as a whole. */
export async function requestFrom(
  inputs: ActionInputs,
  config: Partial<BatchRequestInput> | undefined
): Promise<BatchRequest> {
  const merged = mergeWithConfig(config, inputs.explicit)
  return createRequest({ ...merged, spec: merged.spec ?? '' })
}

/** A merge job's request: it slices nothing, so it needs no spec; where it writes and its gate as a run's. */
export function mergeRequestFrom(
  inputs: ActionInputs,
  config: Partial<BatchRequestInput> | undefined
): MergeRequest {
  const merged = mergeWithConfig(config, inputs.explicit)
  return createMergeRequest({
    outputDir: merged.outputDir,
    shardDirs: inputs.merge,
    minPassRate: merged.minPassRate
  })
}
