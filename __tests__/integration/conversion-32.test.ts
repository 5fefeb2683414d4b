/**
 * Conversion through 3.2 over the real corpus: 3.0 → 3.2 → 3.0 and 3.1 → 3.2 → 3.1 give back every
 * document apart from what a finding of either step explains.
 */
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { convertDocument } from '../../src/engine/convert/convert-document.js'
import type { Finding } from '../../src/engine/findings.js'
import { isObject } from '../../src/engine/json-value.js'
import { loadSpec } from '../../src/engine/load/load-spec.js'
import { escapeToken } from '../../src/engine/pointer.js'
import { readmeDocuments, readmeExamplesDir } from '../helpers/corpora.js'

/** Pointers where two trees differ (key order ignored). */
function differences(a: unknown, b: unknown, at = '', found: string[] = []): string[] {
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((item, i) => differences(item, b[i], `${at}/${i}`, found))
  } else if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
      differences(a[key], b[key], `${at}/${escapeToken(key)}`, found)
  } else if (a !== b) found.push(at || '/')
  return found
}

/** The differences no finding's pointer covers (the `openapi` field is the conversion itself). */
function unexplained(original: unknown, back: unknown, notes: Finding[]): string[] {
  const recorded = notes.map(note => note.pointer ?? '').filter(pointer => pointer !== '')
  return differences(original, back).filter(
    at => at !== '/openapi' && !recorded.some(pointer => at === pointer || at.startsWith(pointer + '/'))
  )
}

describe.each<['3.0' | '3.1', string]>([
  ['3.0', '3.0 → 3.2 → 3.0'],
  ['3.1', '3.1 → 3.2 → 3.1']
])('%s documents', (version, trip) => {
  it.each(readmeDocuments(version).map(file => [path.relative(readmeExamplesDir, file), file]))(
    `%s: ${trip} differs only where a finding says`,
    async (_name, file) => {
      const { doc: original, version: read } = await loadSpec(file)
      expect(read).toBe(version)
      const up = convertDocument(original, version, '3.2')
      expect(up.doc.openapi).toBe('3.2.0')
      const down = convertDocument(up.doc, '3.2', version)
      expect(String(down.doc.openapi).startsWith(version + '.')).toBe(true)
      expect(unexplained(original, down.doc, [...up.notes, ...down.notes])).toEqual([])
      if (version === '3.1') {
        // Up from 3.1 changes nothing but the version, and back nothing at all.
        expect(up.notes).toEqual([])
        expect(down.notes).toEqual([])
        expect(down.doc).toEqual({ ...original, openapi: '3.1.0' })
      }
    }
  )
})
