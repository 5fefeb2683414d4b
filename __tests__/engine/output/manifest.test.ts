import { describe, expect, it } from '@jest/globals'
import {
  MANIFEST_NAME,
  parseManifest,
  readManifest,
  renderManifest,
  type Manifest
} from '../../../src/engine/output/manifest.js'

const manifest: Manifest = {
  tool: 'slice-oas',
  formatVersion: 1,
  state: 'complete',
  inputDigest: 'in',
  requestDigest: 'req',
  files: {
    'b.yaml': { sha256: 'bb', operations: ['GET /b'] },
    'a.yaml': { sha256: null, operations: ['GET /a'] }
  }
}

describe('parseManifest', () => {
  it("reads slice-oas's own manifest", () => {
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest)
  })

  it('reads nothing from an empty, foreign or broken file', () => {
    expect(parseManifest(undefined)).toBeUndefined()
    expect(parseManifest('')).toBeUndefined()
    expect(parseManifest('{not json')).toBeUndefined()
    expect(parseManifest('[]')).toBeUndefined()
    expect(parseManifest(JSON.stringify({ ...manifest, tool: 'other' }))).toBeUndefined()
    expect(parseManifest(JSON.stringify({ ...manifest, files: [] }))).toBeUndefined()
  })
})

describe('readManifest', () => {
  it('starts from no manifest when there is none', () => {
    expect(readManifest(undefined, MANIFEST_NAME)).toEqual({})
  })

  it('trusts a manifest whose entries are plain file names', () => {
    expect(readManifest(JSON.stringify(manifest), MANIFEST_NAME)).toEqual({ manifest })
  })

  it('rebuilds an unreadable manifest, with a warning', () => {
    const { manifest: read, note } = readManifest('garbage', 'out/m.json')
    expect(read).toBeUndefined()
    expect(note).toMatchObject({ code: 'MANIFEST_UNREADABLE', severity: 'warning' })
    expect(note?.message).toContain('out/m.json')
  })

  it('refuses a manifest that names a file outside the folder, or has a malformed entry', () => {
    for (const files of [
      { '../escape.yaml': { sha256: null, operations: [] } },
      { 'sub/a.yaml': { sha256: null, operations: [] } },
      { 'a.yaml': { sha256: 42, operations: [] } },
      { 'a.yaml': 'not an entry' }
    ]) {
      expect(() => readManifest(JSON.stringify({ ...manifest, files }), 'm.json')).toThrow(
        expect.objectContaining({ code: 'MANIFEST_INVALID' })
      )
    }
  })
})

describe('renderManifest', () => {
  it('writes the tool and format, with files sorted by name, and reads back the same', () => {
    const { tool: _tool, formatVersion: _version, ...rest } = manifest
    const text = renderManifest(rest)
    expect(text.endsWith('}\n')).toBe(true)
    const data = JSON.parse(text)
    expect(data.tool).toBe('slice-oas')
    expect(data.formatVersion).toBe(1)
    expect(Object.keys(data.files)).toEqual(['a.yaml', 'b.yaml'])
    expect(parseManifest(text)).toEqual(manifest)
  })

  it('keeps a file named __proto__ as an ordinary entry', () => {
    const files = JSON.parse('{"__proto__": {"sha256": null, "operations": []}}')
    const text = renderManifest({ state: 'running', inputDigest: 'i', requestDigest: 'r', files })
    expect(Object.keys(JSON.parse(text).files)).toEqual(['__proto__'])
  })
})
