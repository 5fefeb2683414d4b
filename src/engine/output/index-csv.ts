/**
 * index.csv: one row per operation, written with csv-stringify while the run goes (so a long run can be
 * watched, in the temporary file that becomes index.csv at the end). It ends sorted by path and method, so identical inputs give an identical index: the batch
 * makes slices in that order, and rewrites the index sorted when they did not finish in it.
 */
import { stringify as stringifySync } from 'csv-stringify/sync'
import type { Writable } from 'node:stream'
import { hasOwn } from '../json-value.js'

export const INDEX_NAME = 'index.csv'

export const INDEX_COLUMNS = [
  'path',
  'method',
  'summary',
  'operation_id',
  'tags',
  'filename',
  'file_size_kb',
  'schema_count',
  'parameter_count',
  'response_codes',
  'security_required',
  'deprecated',
  'created_at',
  'output_oas_version',
  'validation_status',
  'failure_reason',
  'extraction_time_ms',
  'sha256',
  'conversion_notes',
  'services'
] as const

export type IndexColumn = (typeof INDEX_COLUMNS)[number]
export type IndexRow = Record<IndexColumn, string>
export type RowOrderKey = Pick<IndexRow, 'path' | 'method' | 'filename'>

/** The index's order: by path, then method, then file name. */
export function compareRows(a: RowOrderKey, b: RowOrderKey): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1
  if (a.method !== b.method) return a.method < b.method ? -1 : 1
  return a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0
}

/** Rows held before they go out together; a batch is formatted at once, which costs less per row. */
const LIVE_BATCH_ROWS = 64
/** How long a row may wait for its batch to fill, so a slow run is still watched as it goes. */
const LIVE_BATCH_MS = 250

/** A live writer: rows go out as they come, in small batches. */
export function openIndexStream(destination: Writable): {
  write(row: IndexRow): void
  close(): Promise<void>
} {
  let pending: IndexRow[] = []
  let header = true
  let timer: NodeJS.Timeout | undefined
  const finished = new Promise<void>((resolve, reject) => {
    destination.on('finish', resolve)
    destination.on('error', reject)
  })
  // Keeps close() from rejecting unobserved before it is called; close() still reports the error.
  finished.catch(() => undefined)
  const flush = () => {
    clearTimeout(timer)
    timer = undefined
    if (pending.length === 0) return
    destination.write(csvText(pending, header))
    pending = []
    header = false
  }
  return {
    write(row) {
      pending.push(row)
      if (pending.length >= LIVE_BATCH_ROWS) flush()
      else timer ??= setTimeout(flush, LIVE_BATCH_MS).unref()
    },
    async close() {
      flush()
      if (header) destination.write(csvText([], true))
      destination.end()
      await finished
    }
  }
}

/** The final, sorted index. */
export function renderIndex(rows: readonly IndexRow[]): string {
  return csvText([...rows].sort(compareRows), true)
}

/** Rows as CSV in the index's columns, after the header line when `header` is set. */
function csvText(rows: IndexRow[], header: boolean): string {
  return stringifySync(rows, { header, columns: [...INDEX_COLUMNS] })
}

/** An index read back: its rows, and whether it has every column (one from an older version may not). */
export interface ReadIndex {
  rows: Partial<IndexRow>[]
  hasEveryColumn: boolean
}

/** Reads an index.csv's text; csv-parse is loaded only here, as most runs read no index. */
export async function readIndex(text: string): Promise<ReadIndex> {
  const { parse } = await import('csv-parse/sync')
  const rows = parse(text, { columns: true, skip_empty_lines: true }) as Partial<IndexRow>[]
  const hasEveryColumn = rows.length === 0 || INDEX_COLUMNS.every(column => hasOwn(rows[0], column))
  return { rows, hasEveryColumn }
}
