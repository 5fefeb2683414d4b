/**
 * index.csv: one row per operation, streamed with csv-stringify while the run goes (so a long run can be
 * watched), then rewritten sorted by path and method so identical inputs give an identical index.
 */
import { stringify } from 'csv-stringify'
import { stringify as stringifySync } from 'csv-stringify/sync'
import type { Writable } from 'node:stream'

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

export function compareRows(a: IndexRow, b: IndexRow): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1
  if (a.method !== b.method) return a.method < b.method ? -1 : 1
  return a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0
}

/** A live writer: rows go out as they come. */
export function openIndexStream(destination: Writable): {
  write(row: IndexRow): void
  close(): Promise<void>
} {
  const stringifier = stringify({ header: true, columns: [...INDEX_COLUMNS] })
  stringifier.pipe(destination)
  const finished = new Promise<void>((resolve, reject) => {
    destination.on('finish', resolve)
    destination.on('error', reject)
    stringifier.on('error', reject)
  })
  return {
    write: row => void stringifier.write(row),
    async close() {
      stringifier.end()
      await finished
    }
  }
}

/** The final, sorted index. */
export function renderIndex(rows: readonly IndexRow[]): string {
  return stringifySync([...rows].sort(compareRows), { header: true, columns: [...INDEX_COLUMNS] })
}
