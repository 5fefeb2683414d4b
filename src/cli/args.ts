/** The CLI's flags: they mirror the action's inputs, names and defaults. */
import { parseArgs } from 'node:util'
import { DEFAULTS, parseShard, SliceOasError, type BatchRequestInput } from '../engine/index.js'

export interface CliOptions {
  /** The flags given; absent ones are undefined, so the config file can set them. */
  request: Partial<BatchRequestInput>
  config?: string
  verbose: boolean
  help: boolean
  version: boolean
}

export const OPTIONS = {
  spec: { type: 'string' },
  input: { type: 'string' },
  'output-dir': { type: 'string' },
  include: { type: 'string', multiple: true },
  filter: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'filter-type': { type: 'string' },
  methods: { type: 'string', multiple: true },
  tags: { type: 'string', multiple: true },
  'operation-ids': { type: 'string', multiple: true },
  'exclude-deprecated': { type: 'boolean' },
  'group-by': { type: 'string' },
  'prefix-depth': { type: 'string' },
  'output-version': { type: 'string' },
  format: { type: 'string' },
  concurrency: { type: 'string' },
  'min-pass-rate': { type: 'string' },
  'no-index': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  shard: { type: 'string' },
  'ref-root': { type: 'string' },
  'allow-remote-refs': { type: 'boolean' },
  config: { type: 'string' },
  overlap: { type: 'string' },
  orphans: { type: 'string' },
  'base-spec': { type: 'string' },
  overwrite: { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' }
} as const

export const HELP = `slice-oas — cut one OpenAPI document into small, self-contained, validated documents.

Usage: slice-oas --spec FILE [options]
       slice-oas merge --output-dir OUT SHARD_DIR...   (merge the folders of a sharded run)

  --spec, --input FILE        the OpenAPI 3.0/3.1 document to slice (JSON or YAML)
  --output-dir DIR            where slices and index.csv go (default: ${DEFAULTS.outputDir})
  --include, --filter PATTERN path patterns to keep; repeat or separate with commas
  --exclude PATTERN           path patterns to drop
  --filter-type glob|regex    how patterns read (default: glob; * is one segment, ** many)
  --methods LIST              only these HTTP methods
  --tags LIST                 only operations with one of these tags
  --operation-ids LIST        only these operationIds
  --exclude-deprecated        drop deprecated operations
  --group-by operation|tag|path-prefix|service   one slice per operation (default), first tag,
                              path prefix, or service
  --prefix-depth N            path segments per group with --group-by path-prefix (default: 1)
  --output-version auto|3.0|3.1          (default: auto, the source's version)
  --format yaml|json          (default: yaml)
  --concurrency N             slices at once, 1–16; above 1, 2,000+ slices use every core, on up
                              to N threads (default: ${DEFAULTS.concurrency})
  --min-pass-rate N           fail below this validation pass rate, 0–100 (default: ${DEFAULTS.minPassRate})
  --no-index                  do not write index.csv
  --dry-run                   list what would be written; write nothing
  --shard i/n                 slice only this job's share of the operations (for a workflow matrix)
  --ref-root DIR              folder file $refs may read from (default: the spec's folder)
  --config FILE               options and the service map (default: slice-oas.config.yaml, if present);
                              flags override it
  --group-by service          one document per service of the service map
  --overlap error|allow       an operation claimed by two services: refuse, or put it in both
  --orphans warn|fail         operations claimed by no service: list them, or fail
  --base-spec FILE            the same API at the base revision (a spec, or a previous index.csv or
                              artifact folder): report what each service gained,
                              lost or changed
  --allow-remote-refs         allow http(s) $refs
  --overwrite                 replace files in the output folder that slice-oas did not write
                              (without it, the run refuses and names them)
  --verbose, -v               show every finding and failure in full
  --help, -h                  this help
  --version                   the version

Exit codes: 0 all passed; 1 pass rate below the minimum; 2 usage error; 65 the input is invalid;
66 the input is missing; 75 interrupted, partial, or the output could not be written.`

/** A repeatable flag's values; undefined when the flag is not given, so a config file's list applies. */
function list(values: readonly string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined
  return values
    .flatMap(value => value.split(','))
    .map(value => value.trim())
    .filter(Boolean)
}

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const parsed = Number(value)
  if (value.trim() === '' || !Number.isFinite(parsed))
    throw new SliceOasError('REQUEST_INVALID', `--${name} takes a number; got "${value}".`)
  return parsed
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let values
  try {
    ;({ values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }))
  } catch (error) {
    throw new SliceOasError(
      'REQUEST_INVALID',
      `${error instanceof Error ? error.message : String(error)} (see --help).`
    )
  }
  const include =
    values.include || values.filter ? [...(values.include ?? []), ...(values.filter ?? [])] : undefined
  const request: Partial<BatchRequestInput> = {
    spec: values.spec ?? values.input,
    outputDir: values['output-dir'],
    include: list(include),
    exclude: list(values.exclude),
    filterType: values['filter-type'] as BatchRequestInput['filterType'],
    methods: list(values.methods),
    tags: list(values.tags),
    operationIds: list(values['operation-ids']),
    excludeDeprecated: values['exclude-deprecated'],
    groupBy: values['group-by'] as BatchRequestInput['groupBy'],
    prefixDepth: number('prefix-depth', values['prefix-depth']),
    outputVersion: values['output-version'] as BatchRequestInput['outputVersion'],
    format: values.format as BatchRequestInput['format'],
    concurrency: number('concurrency', values.concurrency),
    minPassRate: number('min-pass-rate', values['min-pass-rate']),
    index: values['no-index'] ? false : undefined,
    dryRun: values['dry-run'],
    shard: values.shard ? parseShard(values.shard) : undefined,
    refRoot: values['ref-root'],
    allowRemoteRefs: values['allow-remote-refs'],
    overlap: values.overlap as BatchRequestInput['overlap'],
    orphans: values.orphans as BatchRequestInput['orphans'],
    baseSpec: values['base-spec'],
    overwrite: values.overwrite
  }
  return {
    request,
    config: values.config,
    verbose: values.verbose ?? false,
    help: values.help ?? false,
    version: values.version ?? false
  }
}
