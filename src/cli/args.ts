/** The CLI's flags, --help included, built from the option table: they mirror the action's inputs. */
import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import {
  OPTION_TABLE,
  optionsFor,
  parseNumber,
  parseShard,
  SliceOasError,
  splitList,
  type BatchRequestInput,
  type OptionRow
} from '../engine/index.js'
import { closest } from './did-you-mean.js'

export interface CliOptions {
  /** The flags given; absent ones are undefined, so the config file can set them. */
  request: Partial<BatchRequestInput>
  config?: string
  verbose: boolean
  help: boolean
  version: boolean
}

type FlagOptions = NonNullable<ParseArgsConfig['options']>

/** The flag a row is given by: --no-NAME for a boolean that defaults to true. */
function flagOf(row: OptionRow): string {
  return row.negated ? `no-${row.name}` : row.name
}

/** node:util parseArgs options for every CLI row and its aliases. */
export function cliFlags(table: readonly OptionRow[] = OPTION_TABLE): FlagOptions {
  const flags: FlagOptions = {}
  for (const row of optionsFor('cli', table)) {
    const type = row.kind === 'boolean' ? 'boolean' : 'string'
    const multiple = row.kind === 'list'
    flags[flagOf(row)] = {
      type,
      ...(multiple ? { multiple } : {}),
      ...(row.short ? { short: row.short } : {})
    }
    for (const alias of row.aliases ?? []) flags[alias] = { type, ...(multiple ? { multiple } : {}) }
    // Any on/off option can be turned off here, where a config file turned it on.
    if (row.kind === 'boolean' && !row.negated && row.field) flags[`no-${row.name}`] = { type: 'boolean' }
  }
  return flags
}

export const OPTIONS = cliFlags()

const HELP_HEAD = `slice-oas — cut one OpenAPI document into small, self-contained, validated documents.

Usage: slice-oas SPEC [options]          (or --spec SPEC)
       slice-oas merge --output-dir OUT SHARD_DIR...   (merge the folders of a sharded run)
`

const HELP_TAIL = `
Every on/off flag has a --no- form (--no-target-fix) to turn off what a config file turns on.
Exit codes: 0 all passed; 1 pass rate below the minimum; 2 usage error; 65 the input is invalid;
66 the input is missing; 75 interrupted, partial, or the output could not be written.`

const LABEL_WIDTH = 28

function helpLines(row: OptionRow): string[] {
  const names = [flagOf(row), ...(row.aliases ?? [])].map(name => `--${name}`)
  if (row.short) names.push(`-${row.short}`)
  const arg = row.kind === 'enum' ? row.values?.join('|') : row.arg
  const label = names.join(', ') + (arg ? ` ${arg}` : '')
  const [first = '', ...rest] = row.help.map(line => line.replace('{default}', String(row.default)))
  const head = label.length < LABEL_WIDTH ? label.padEnd(LABEL_WIDTH) : `${label}   `
  return [`  ${head}${first}`.trimEnd(), ...rest.map(line => `${' '.repeat(LABEL_WIDTH + 2)}${line}`)]
}

/** --help: one entry per CLI row, in the table's order. */
export function helpText(table: readonly OptionRow[] = OPTION_TABLE): string {
  return [HELP_HEAD, ...optionsFor('cli', table).flatMap(helpLines), HELP_TAIL].join('\n')
}

export const HELP = helpText()

type FlagValue = string | boolean | (string | boolean)[] | undefined

/** A row's request value from its flag and aliases; undefined when none is given. */
function readFlag(row: OptionRow, values: Record<string, FlagValue>): unknown {
  const given = [flagOf(row), ...(row.aliases ?? [])].map(name => values[name])
  switch (row.kind) {
    case 'list': {
      if (given.every(value => value === undefined)) return undefined
      return given.flatMap(value => (Array.isArray(value) ? value.map(String) : [])).flatMap(splitList)
    }
    case 'boolean':
      if (row.negated) return given[0] ? false : undefined
      if (given[0] && values[`no-${row.name}`])
        throw new SliceOasError(
          'REQUEST_INVALID',
          `--${row.name} and --no-${row.name} contradict each other.`
        )
      return values[`no-${row.name}`] ? false : given[0]
    case 'number': {
      const text = given[0]
      if (typeof text !== 'string') return undefined
      const parsed = parseNumber(text)
      if (parsed === undefined)
        throw new SliceOasError('REQUEST_INVALID', `--${row.name} takes a number; got "${text}".`)
      return parsed
    }
    case 'shard':
      return typeof given[0] === 'string' && given[0] ? parseShard(given[0]) : undefined
    default:
      return given.find(value => value !== undefined)
  }
}

export function parseCliArgs(
  argv: readonly string[],
  table: readonly OptionRow[] = OPTION_TABLE
): CliOptions {
  const options = cliFlags(table)
  let parsed: { values: Record<string, FlagValue>; positionals: string[] }
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true })
  } catch (error) {
    throw usageError(error, options)
  }
  const { values } = parsed
  const request: Record<string, unknown> = {}
  for (const row of optionsFor('cli', table)) if (row.field) request[row.field] = readFlag(row, values)
  const spec = positionalSpec(parsed.positionals, request.spec as string | undefined)
  if (spec !== undefined) request.spec = spec
  return {
    request: request as Partial<BatchRequestInput>,
    config: values.config as string | undefined,
    verbose: values.verbose === true,
    help: values.help === true,
    version: values.version === true
  }
}

/** The spec given without a flag, as Redocly and Spectral take it: one, and the same as --spec if both. */
function positionalSpec(positionals: readonly string[], flag: string | undefined): string | undefined {
  if (positionals.length === 0) return undefined
  if (positionals.length > 1)
    throw new SliceOasError(
      'REQUEST_INVALID',
      `slice-oas takes one spec; got ${positionals.map(name => `"${name}"`).join(', ')}. Run it once per spec (see --help).`
    )
  const [spec] = positionals
  if (flag !== undefined && path.resolve(flag) !== path.resolve(spec))
    throw new SliceOasError(
      'REQUEST_INVALID',
      `Two specs were given: "${spec}" and --spec "${flag}". Give one of them (see --help).`
    )
  return spec
}

/** A flag parseArgs refused, said plainly, with the flag meant when a known one is near. */
function usageError(error: unknown, options: FlagOptions): SliceOasError {
  const message = error instanceof Error ? error.message : String(error)
  const unknown = /Unknown option '(--?)([^'=]+)/.exec(message)
  if (unknown) {
    const [, dashes, name] = unknown
    const names = Object.keys(options)
    const near = dashes === '--' ? closest(name, names) : undefined
    return new SliceOasError(
      'REQUEST_INVALID',
      `Unknown option '${dashes}${name}'${near ? `; did you mean \`--${near}\`?` : ''} (see --help).`
    )
  }
  return new SliceOasError('REQUEST_INVALID', `${message} (see --help).`)
}
