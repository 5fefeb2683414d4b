/**
 * slice-oas.config.yaml: every option under its input name, plus the service map, so a workflow step
 * can stay two lines. It is validated with a clear error (and the line) for an unknown key, a value of
 * the wrong kind, a bad pattern or an empty service. Relative paths are relative to the file's folder.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { SliceOasError } from '../errors.js'
import { isObject } from '../json-value.js'
import { nodeSpecReader, type SpecReader } from '../load/spec-reader.js'
import type { OptionKind, OptionRow } from '../options/option-row.js'
import { OPTION_TABLE, optionsFor } from '../options/option-table.js'
import { parseShard, type BatchRequestInput } from '../request.js'
import type { ServiceDefinition } from '../select/services.js'
import { TARGETS, type TargetChoice } from '../target/target-rule.js'
import { BREAKING_RULE_IDS } from '../compare/breaking-rule-ids.js'
import { readAcceptedChanges, readRuleLevels } from './review-config.js'

export const DEFAULT_CONFIG_NAME = 'slice-oas.config.yaml'

/** The config keys: the option rows that apply to the config file. */
function configRows(table: readonly OptionRow[]): Map<string, OptionRow> {
  return new Map(optionsFor('config', table).map(row => [row.name, row]))
}
const SERVICE_KEYS = ['include', 'exclude', 'methods', 'tags', 'operation-ids', 'overlay', 'target']

export interface LoadedConfig {
  file: string
  options: Partial<BatchRequestInput>
}

/**
 * The config file a run reads: the one named, or slice-oas.config.yaml in the folder when it exists.
 */
export function findConfigFile(
  named: string | undefined,
  folder: string,
  exists: (file: string) => boolean = existsSync
): string | undefined {
  if (named) return named
  const file = path.join(folder, DEFAULT_CONFIG_NAME)
  return exists(file) ? file : undefined
}

export async function loadConfig(
  file: string,
  reader: SpecReader = nodeSpecReader,
  table: readonly OptionRow[] = OPTION_TABLE
): Promise<LoadedConfig> {
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
  const rows = configRows(table)
  const keys = [...rows.keys(), 'services']
  for (const [key, value] of Object.entries(data)) {
    if (key === 'services') {
      options.services = readServices(value, base, fail)
      continue
    }
    const row = rows.get(key)
    if (!row?.field)
      return fail(`The config has an unknown key "${key}". Known keys: ${keys.join(', ')}.`, [key])
    options[row.field] = readValue(key, value, row.kind, base, fail)
  }
  return { file: absolute, options: options as Partial<BatchRequestInput> }
}

function readValue(
  key: string,
  value: unknown,
  kind: OptionKind,
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
    case 'shard':
      return typeof value === 'string' || typeof value === 'number'
        ? parseShard(String(value))
        : fail(`The config key "${key}" takes a string.`, [key])
    case 'rule-levels':
      return readRuleLevels(key, value, BREAKING_RULE_IDS, fail)
    case 'accepted-changes':
      return readAcceptedChanges(key, value, fail)
    default:
      return typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : fail(`The config key "${key}" takes a string.`, [key])
  }
}

function readServices(
  value: unknown,
  base: string,
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
      operationIds: list('operation-ids'),
      ...serviceTarget(definition.target, name, fail)
    }
    const overlay = definition.overlay
    if (overlay !== undefined) {
      if (typeof overlay !== 'string' || overlay === '')
        return fail(`The service "${name}": overlay takes the path of an Overlay 1.0 file.`, [
          ...at,
          'overlay'
        ])
      service.overlay = path.resolve(base, overlay)
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

const CHOICES = ['none', ...TARGETS]

/** A service's own `target`: one of the gateway profiles, or none. */
function serviceTarget(
  value: unknown,
  name: string,
  fail: (message: string, tokens: string[]) => never
): { target?: TargetChoice } {
  if (value === undefined) return {}
  if (typeof value === 'string' && (CHOICES as readonly string[]).includes(value))
    return { target: value as TargetChoice }
  return fail(`The service "${name}": target must be one of ${CHOICES.join(', ')}.`, [
    'services',
    name,
    'target'
  ])
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
