/**
 * slice-oas.config.yaml: every option under its input name, plus the service map, so a workflow step
 * can stay two lines. It is validated with a clear error (and the line) for an unknown key, a value of
 * the wrong kind, a bad pattern or an empty service. Relative paths are relative to the file's folder.
 */
import path from 'node:path'
import { SliceOasError } from '../errors.js'
import { hasOwn, isObject } from '../json-value.js'
import { nodeSpecReader, type SpecReader } from '../load/spec-reader.js'
import { parseShard, type BatchRequestInput } from '../request.js'
import type { ServiceDefinition } from '../select/services.js'

export const DEFAULT_CONFIG_NAME = 'slice-oas.config.yaml'

type Kind = 'string' | 'list' | 'boolean' | 'number' | 'path'
/** Config keys (the input names) and the request field each sets. */
const OPTIONS: Record<string, [keyof BatchRequestInput, Kind]> = {
  spec: ['spec', 'path'],
  'output-dir': ['outputDir', 'path'],
  include: ['include', 'list'],
  exclude: ['exclude', 'list'],
  'filter-type': ['filterType', 'string'],
  methods: ['methods', 'list'],
  tags: ['tags', 'list'],
  'operation-ids': ['operationIds', 'list'],
  'exclude-deprecated': ['excludeDeprecated', 'boolean'],
  'group-by': ['groupBy', 'string'],
  'prefix-depth': ['prefixDepth', 'number'],
  'output-version': ['outputVersion', 'string'],
  format: ['format', 'string'],
  concurrency: ['concurrency', 'number'],
  'min-pass-rate': ['minPassRate', 'number'],
  index: ['index', 'boolean'],
  'dry-run': ['dryRun', 'boolean'],
  shard: ['shard', 'string'],
  'ref-root': ['refRoot', 'path'],
  'allow-remote-refs': ['allowRemoteRefs', 'boolean'],
  overlap: ['overlap', 'string'],
  orphans: ['orphans', 'string'],
  'base-spec': ['baseSpec', 'path'],
  overwrite: ['overwrite', 'boolean']
}
export const CONFIG_KEYS = [...Object.keys(OPTIONS), 'services']
const SERVICE_KEYS = ['include', 'exclude', 'methods', 'tags', 'operation-ids']

export interface LoadedConfig {
  file: string
  options: Partial<BatchRequestInput>
}

export async function loadConfig(file: string, reader: SpecReader = nodeSpecReader): Promise<LoadedConfig> {
  const absolute = path.resolve(file)
  let text: string
  try {
    text = (await reader.readFile(absolute)).toString('utf8')
  } catch {
    throw new SliceOasError(
      'CONFIG_INVALID',
      `The config file ${absolute} cannot be read. Check the config path.`
    )
  }
  // Loaded here, not with the module: a run without a config file does not load the YAML parsers.
  const { parseYaml } = await import('../load/parse-yaml.js')
  const { data, locate } = parseYaml(text, absolute)
  const fail = (message: string, tokens: string[]): never => {
    const position = locate(tokens)
    throw new SliceOasError('CONFIG_INVALID', message, {
      file: absolute,
      ...(position ? { line: position.line, column: position.column } : {})
    })
  }
  // The run learns which file its options came from, so its output never replaces it.
  if (data === null || data === undefined) return { file: absolute, options: { configFile: absolute } }
  if (!isObject(data)) return fail('The config file must be a mapping of option names to values.', [])
  const base = path.dirname(absolute)
  const options: Record<string, unknown> = { configFile: absolute }
  for (const [key, value] of Object.entries(data)) {
    if (key === 'services') {
      options.services = readServices(value, fail)
      continue
    }
    const option = hasOwn(OPTIONS, key) ? OPTIONS[key] : undefined
    if (!option)
      return fail(`The config has an unknown key "${key}". Known keys: ${CONFIG_KEYS.join(', ')}.`, [key])
    const [field, kind] = option
    options[field] = readValue(key, value, kind, base, fail)
  }
  if (typeof options.shard === 'string') options.shard = parseShard(options.shard)
  return { file: absolute, options: options as Partial<BatchRequestInput> }
}

function readValue(
  key: string,
  value: unknown,
  kind: Kind,
  base: string,
  fail: (message: string, tokens: string[]) => never
): unknown {
  switch (kind) {
    case 'list':
      if (typeof value === 'string') return [value]
      if (Array.isArray(value) && value.every(item => typeof item === 'string')) return value
      return fail(`The config key "${key}" takes a list of strings.`, [key])
    case 'boolean':
      return typeof value === 'boolean' ? value : fail(`The config key "${key}" takes true or false.`, [key])
    case 'number':
      return typeof value === 'number' ? value : fail(`The config key "${key}" takes a number.`, [key])
    case 'path':
      return typeof value === 'string' && value !== ''
        ? path.resolve(base, value)
        : fail(`The config key "${key}" takes a path.`, [key])
    default:
      return typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : fail(`The config key "${key}" takes a string.`, [key])
  }
}

function readServices(
  value: unknown,
  fail: (message: string, tokens: string[]) => never
): ServiceDefinition[] {
  if (!isObject(value))
    return fail('services must map each service name to its include/exclude patterns.', ['services'])
  return Object.entries(value).map(([name, definition]) => {
    const at = ['services', name]
    if (!isObject(definition))
      return fail(
        `The service "${name}" must be a mapping with include (and optionally exclude, methods, tags, operation-ids).`,
        at
      )
    for (const key of Object.keys(definition)) {
      if (!SERVICE_KEYS.includes(key))
        return fail(
          `The service "${name}" has an unknown key "${key}". Known keys: ${SERVICE_KEYS.join(', ')}.`,
          [...at, key]
        )
    }
    const list = (key: string): string[] => {
      const raw = definition[key]
      if (raw === undefined) return []
      if (typeof raw === 'string') return [raw]
      if (Array.isArray(raw) && raw.every(item => typeof item === 'string')) return raw as string[]
      return fail(`The service "${name}": ${key} takes a list of strings.`, [...at, key])
    }
    const service: ServiceDefinition = {
      name,
      include: list('include'),
      exclude: list('exclude'),
      methods: list('methods').map(m => m.toLowerCase()),
      tags: list('tags'),
      operationIds: list('operation-ids')
    }
    if (
      service.include.length + service.methods.length + service.tags.length + service.operationIds.length ===
      0
    ) {
      return fail(
        `The service "${name}" is empty: give it include patterns (or methods, tags or operation-ids).`,
        at
      )
    }
    return service
  })
}

/** The config's options with every explicitly given one on top: flags and inputs override the file. */
export function mergeWithConfig(
  config: Partial<BatchRequestInput> | undefined,
  explicit: Partial<BatchRequestInput>
): Partial<BatchRequestInput> {
  const merged: Record<string, unknown> = { ...(config ?? {}) }
  for (const [key, value] of Object.entries(explicit)) if (value !== undefined) merged[key] = value
  return merged as Partial<BatchRequestInput>
}
