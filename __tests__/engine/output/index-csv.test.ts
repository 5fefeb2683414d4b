/**
 * The live index: rows reach the file in small batches while the run goes, none is lost or repeated,
 * and the file parses back to the rows written.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import { PassThrough, Writable } from 'node:stream'
import { INDEX_COLUMNS, openIndexStream, type IndexRow } from '../../../src/engine/output/index-csv.js'

function row(i: number): IndexRow {
  const cells = Object.fromEntries(INDEX_COLUMNS.map(column => [column, `${column} ${i}`])) as IndexRow
  return { ...cells, summary: `Say "hi", then\nleave ${i}` }
}

/** A destination that keeps what reached it. */
function collector(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough()
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') }
}

const parsed = (text: string) => parse(text, { columns: true }) as IndexRow[]

afterEach(() => {
  jest.useRealTimers()
})

describe('openIndexStream', () => {
  it('writes every row once, with the header first, and parses back to them', async () => {
    const { stream, text } = collector()
    const live = openIndexStream(stream)
    const rows = Array.from({ length: 150 }, (_, i) => row(i))
    for (const r of rows) live.write(r)
    await live.close()
    expect(text().split('\n')[0]).toBe(INDEX_COLUMNS.join(','))
    expect(parsed(text())).toEqual(rows)
  })

  it('lets a row out once its batch is full, or when it has waited long enough', async () => {
    jest.useFakeTimers()
    const { stream, text } = collector()
    const live = openIndexStream(stream)
    for (let i = 0; i < 64; i++) live.write(row(i))
    await Promise.resolve()
    expect(parsed(text())).toHaveLength(64)
    live.write(row(64))
    await Promise.resolve()
    expect(parsed(text())).toHaveLength(64)
    jest.advanceTimersByTime(300)
    await Promise.resolve()
    expect(parsed(text())).toEqual(Array.from({ length: 65 }, (_, i) => row(i)))
    jest.useRealTimers()
    await live.close()
    expect(parsed(text())).toHaveLength(65)
  })

  it('writes the header alone when no row came', async () => {
    const { stream, text } = collector()
    await openIndexStream(stream).close()
    expect(text()).toBe(INDEX_COLUMNS.join(',') + '\n')
  })

  it('reports a destination that fails', async () => {
    const failing = new Writable({
      write(_chunk, _encoding, callback) {
        callback(new Error('disk full'))
      }
    })
    const live = openIndexStream(failing)
    live.write(row(1))
    await expect(live.close()).rejects.toThrow('disk full')
  })
})
