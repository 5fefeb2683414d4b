import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { decodeSpecText, firstInvalidUtf8 } from '../../../src/engine/load/decode.js'
import { loadSpec } from '../../../src/engine/load/load-spec.js'

let dir: string
const write = (name: string, bytes: Buffer) => {
  const file = path.join(dir, name)
  writeFileSync(file, bytes)
  return file
}
const yamlSpec =
  'openapi: 3.0.3\ninfo: {title: Café ☕, version: "1"}\npaths:\n  /caf\u00e9:\n    get:\n      responses: {"200": {description: ok}}\n'
const jsonSpec = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Café 😀', version: '1' },
  paths: { '/é': {} }
})
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16()

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-decode-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('decodeSpecText', () => {
  it('refuses Latin-1 bytes at their offset, line and column instead of replacing them', async () => {
    const file = write('latin1.yaml', Buffer.from(yamlSpec, 'latin1'))
    await expect(loadSpec(file)).rejects.toMatchObject({
      code: 'SPEC_ENCODING',
      message: expect.stringMatching(
        /^The file is not UTF-8 \(it looks like Latin-1\/Windows-1252; convert it\): byte 0xE9 at offset 32 /
      ),
      location: { file, line: 2, column: 18 }
    })
  })

  it('gives the column in characters when valid UTF-8 precedes the invalid byte on its line', () => {
    const bytes = Buffer.concat([Buffer.from('a: 1\nb: ☕☕ '), Buffer.from([0xff]), Buffer.from('\n')])
    expect(() => decodeSpecText(bytes, 'x.yaml')).toThrow(
      expect.objectContaining({ location: { file: 'x.yaml', line: 2, column: 7 } })
    )
  })

  it.each([
    [
      'UTF-16 LE with a BOM',
      'le-bom',
      (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])
    ],
    ['UTF-16 BE with a BOM', 'be-bom', (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(t)])],
    ['UTF-16 LE without a BOM', 'le', (t: string) => Buffer.from(t, 'utf16le')],
    ['UTF-16 BE without a BOM', 'be', (t: string) => utf16be(t)],
    [
      'UTF-8 with a BOM',
      'utf8-bom',
      (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)])
    ]
  ])('reads %s, as JSON and as YAML', async (_, name, encode) => {
    const yaml = await loadSpec(write(`${name}.yaml`, encode(yamlSpec)))
    expect(Object.keys(yaml.doc.paths as object)).toEqual(['/café'])
    expect((yaml.doc.info as { title: string }).title).toBe('Café ☕')
    const json = await loadSpec(write(`${name}.json`, encode(jsonSpec)))
    expect(json.doc).toEqual(JSON.parse(jsonSpec))
  })

  it('refuses UTF-32 and broken UTF-16 plainly', () => {
    const utf32 = Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0])
    expect(() => decodeSpecText(utf32, 'a.json')).toThrow(/UTF-32.*convert it to UTF-8/)
    const lone = Buffer.from([0xff, 0xfe, 0x3d, 0xd8, 0x61, 0])
    expect(() => decodeSpecText(lone, 'a.json')).toThrow(/UTF-16LE.*convert it to UTF-8/)
  })

  it('finds the first invalid UTF-8 byte: stray, truncated, overlong and surrogate sequences', () => {
    expect(firstInvalidUtf8(Buffer.from('aé😀'))).toBe(7)
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x80]))).toBe(1)
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x98]))).toBe(1)
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0xaf]))).toBe(0)
    expect(firstInvalidUtf8(Buffer.from([0xe0, 0x80, 0xaf]))).toBe(0)
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1)
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0)
  })
})
