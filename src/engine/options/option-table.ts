/**
 * Every option in one table: its input name (as in action.yml, the CLI flag and the config key), the
 * request field it sets, its kind, allowed values, default, help, and where it applies. The action's
 * input reader, the CLI's parser and --help, the config loader and the request defaults derive from it.
 */
import { ADAPTER_OPTIONS } from './adapter-options.js'
import type { OptionRow, OptionSurface } from './option-row.js'
import { SELECTION_OPTIONS } from './selection-options.js'
import { TARGET_OPTIONS } from '../target/target-options.js'
import { REVIEW_OPTIONS } from './review-options.js'

const ALL = ['action', 'cli', 'config'] as const

export const OPTION_TABLE: readonly OptionRow[] = [
  {
    name: 'spec',
    field: 'spec',
    kind: 'path',
    arg: 'FILE',
    applies: ALL,
    aliases: ['input'],
    help: ['the OpenAPI 3.0/3.1/3.2 document to slice (JSON or YAML)']
  },
  {
    name: 'output-dir',
    field: 'outputDir',
    kind: 'path',
    default: 'slices',
    arg: 'DIR',
    applies: ALL,
    help: ['where slices and index.csv go (default: {default})']
  },
  ...SELECTION_OPTIONS,
  {
    name: 'group-by',
    field: 'groupBy',
    kind: 'enum',
    values: ['operation', 'tag', 'path-prefix', 'service'],
    default: 'operation',
    applies: ALL,
    help: ['one slice per operation (default), first tag,', 'path prefix, or service of the service map']
  },
  {
    name: 'prefix-depth',
    field: 'prefixDepth',
    kind: 'number',
    default: 1,
    arg: 'N',
    applies: ALL,
    help: ['path segments per group with --group-by path-prefix (default: {default})']
  },
  {
    name: 'output-version',
    field: 'outputVersion',
    kind: 'enum',
    values: ['auto', '3.0', '3.1', '3.2'],
    default: 'auto',
    applies: ALL,
    help: ["(default: {default}, the source's version)"]
  },
  {
    name: 'format',
    field: 'format',
    kind: 'enum',
    values: ['yaml', 'json'],
    default: 'yaml',
    applies: ALL,
    help: ['(default: {default})']
  },
  {
    name: 'concurrency',
    field: 'concurrency',
    kind: 'number',
    default: 4,
    arg: 'N',
    applies: ALL,
    help: [
      'slices at once, 1–16; above 1, 2,000+ slices use every core, on up',
      'to N threads (default: {default})'
    ]
  },
  {
    name: 'min-pass-rate',
    field: 'minPassRate',
    kind: 'number',
    default: 100,
    arg: 'N',
    applies: ALL,
    help: ['fail below this validation pass rate, 0–100 (default: {default})']
  },
  {
    name: 'index',
    field: 'index',
    kind: 'boolean',
    default: true,
    applies: ALL,
    negated: true,
    help: ['do not write index.csv']
  },
  {
    name: 'dry-run',
    field: 'dryRun',
    kind: 'boolean',
    default: false,
    applies: ALL,
    help: ['validate every slice as a run would, and list what would be written;', 'write nothing']
  },
  {
    name: 'shard',
    field: 'shard',
    kind: 'shard',
    arg: 'i/n',
    applies: ALL,
    help: ["slice only this job's share of the operations (for a workflow matrix)"]
  },
  {
    name: 'ref-root',
    field: 'refRoot',
    kind: 'path',
    arg: 'DIR',
    applies: ALL,
    help: ["folder file $refs may read from (default: the spec's folder)"]
  },
  {
    name: 'config',
    kind: 'path',
    arg: 'FILE',
    applies: ['action', 'cli'],
    help: ['options and the service map (default: slice-oas.config.yaml, if present);', 'flags override it']
  },
  {
    name: 'allow-remote-refs',
    field: 'allowRemoteRefs',
    kind: 'boolean',
    default: false,
    applies: ALL,
    help: ['allow http(s) $refs']
  },
  {
    name: 'overlap',
    field: 'overlap',
    kind: 'enum',
    values: ['error', 'allow'],
    default: 'error',
    applies: ALL,
    help: ['an operation claimed by two services: refuse, or put it in both']
  },
  {
    name: 'orphans',
    field: 'orphans',
    kind: 'enum',
    values: ['warn', 'fail'],
    default: 'warn',
    applies: ALL,
    help: ['operations claimed by no service: list them, or fail']
  },
  {
    name: 'base-spec',
    field: 'baseSpec',
    kind: 'path',
    arg: 'FILE',
    applies: ALL,
    help: [
      'the same API at the base revision (a spec, or a previous index.csv or',
      'artifact folder): report what each service gained, lost or changed'
    ]
  },
  {
    name: 'overwrite',
    field: 'overwrite',
    kind: 'boolean',
    default: false,
    applies: ALL,
    help: [
      'replace files in the output folder that slice-oas did not write',
      '(without it, the run refuses and names them)'
    ]
  },
  ...TARGET_OPTIONS,
  ...ADAPTER_OPTIONS,
  ...REVIEW_OPTIONS
]

export function optionsFor(surface: OptionSurface, table: readonly OptionRow[] = OPTION_TABLE): OptionRow[] {
  return table.filter(row => row.applies.includes(surface))
}

/** The row of one option of the built-in table. */
export function optionRow(name: string): OptionRow {
  const row = OPTION_TABLE.find(candidate => candidate.name === name)
  if (!row) throw new Error(`No option named ${name}.`)
  return row
}

/** Each request field's default, from the rows that set a field and have one. */
export function requestDefaults(table: readonly OptionRow[] = OPTION_TABLE): Record<string, unknown> {
  const defaults: Record<string, unknown> = {}
  for (const row of table) if (row.field && row.default !== undefined) defaults[row.field] = row.default
  return defaults
}
