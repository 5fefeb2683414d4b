/**
 * `slice-oas merge --output-dir OUT SHARD_DIR...`: one folder and one index from a sharded job, gated
 * like a run: exit 1 when the merged pass rate is below --min-pass-rate (or the config's minimum).
 */
import { parseArgs } from 'node:util'
import { findConfigFile, loadConfig, mergeShards, parseNumber, SliceOasError } from '../engine/index.js'
import { EXIT } from './exit-codes.js'
import type { CliIo } from './main.js'
import { plural } from './progress.js'

const USAGE = `Usage: slice-oas merge --output-dir OUT [--min-pass-rate N] [--config FILE] SHARD_DIR...
Merges the output folders of a sharded run into one folder with one sorted index.csv, and exits 1 when
the merged validation pass rate is below --min-pass-rate (as a run does; default 100).
`

export async function mergeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        'output-dir': { type: 'string' },
        'min-pass-rate': { type: 'string' },
        config: { type: 'string' },
        verbose: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' }
      },
      allowPositionals: true,
      strict: true
    })
  } catch (error) {
    throw new SliceOasError(
      'REQUEST_INVALID',
      `${error instanceof Error ? error.message : String(error)} (see merge --help).`
    )
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout.write(USAGE)
    return EXIT.ok
  }
  if (!values['output-dir'])
    throw new SliceOasError('REQUEST_INVALID', 'merge needs --output-dir: where the merged slices go.')
  const result = await mergeShards({
    outputDir: values['output-dir'],
    shardDirs: positionals,
    minPassRate: await minPassRateOf(values['min-pass-rate'], values.config)
  })
  io.stdout.write(
    `Merged ${plural(result.shards, 'shard')}: ${plural(result.files, 'file')}, ${plural(result.operations, 'operation')}, ${result.failed} failed · pass rate ${result.passRate}% (minimum ${result.minPassRate}%) · index ${result.indexPath}\n`
  )
  if (result.meetsMinimum) return EXIT.ok
  io.stderr.write(
    `slice-oas: the validation pass rate of the merged shards is ${result.passRate}%, below the minimum of ${result.minPassRate}%: ${plural(result.failed, 'operation')} failed.\n`
  )
  return EXIT.belowMinimum
}

/** The flag, else the config file's minimum (the named one, or slice-oas.config.yaml here), else none. */
async function minPassRateOf(
  flag: string | undefined,
  config: string | undefined
): Promise<number | undefined> {
  if (flag !== undefined) {
    const value = parseNumber(flag)
    if (value === undefined)
      throw new SliceOasError('REQUEST_INVALID', `--min-pass-rate takes a number; got "${flag}".`)
    return value
  }
  const file = findConfigFile(config, '.')
  return file ? (await loadConfig(file)).options.minPassRate : undefined
}
