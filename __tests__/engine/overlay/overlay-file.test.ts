import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadOverlay } from '../../../src/engine/overlay/overlay-file.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-overlay-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function file(text: string): string {
  const name = path.join(dir, 'gateway.overlay.yaml')
  writeFileSync(name, text)
  return name
}

const head = 'overlay: 1.0.0\ninfo:\n  title: gateway\n  version: 1.0.0\n'

describe('reading an overlay', () => {
  it('reads the actions with their lines', async () => {
    const overlay = await loadOverlay(
      file(
        `${head}actions:\n  - target: $.info\n    update:\n      x-a: 1\n  - target: $.paths['/a']\n    remove: true\n`
      )
    )
    expect(overlay.title).toBe('gateway')
    expect(overlay.actions).toEqual([
      { target: '$.info', update: { 'x-a': 1 }, remove: false, line: 6 },
      { target: "$.paths['/a']", remove: true, line: 9 }
    ])
  })

  it.each([
    ['a missing file', undefined, /cannot be read/, undefined],
    [
      'another version',
      'overlay: 2.0.0\ninfo: {title: t, version: "1"}\nactions: [{target: $, remove: true}]\n',
      /version 1\.0\.x/,
      1
    ],
    [
      'no info',
      'overlay: 1.0.0\nactions: [{target: $, remove: true}]\n',
      /info needs a title and a version/,
      undefined
    ],
    ['no actions', `${head}actions: []\n`, /at least one action/, 5],
    [
      'a target that is not JSONPath',
      `${head}actions:\n  - target: $.paths[\n    remove: true\n`,
      /action 0's target \$\.paths\[ is not a valid JSONPath/,
      6
    ],
    ['an action that does nothing', `${head}actions:\n  - target: $.info\n`, /action 0 does nothing/, 6],
    [
      'a YAML syntax error',
      `${head}actions:\n  - target: $.info\n   update: {}\n`,
      /^The overlay gateway\.overlay\.yaml: It is not valid YAML/,
      7
    ],
    ['a scalar update', `${head}actions:\n  - target: $.info\n    update: 3\n`, /update must be an object/, 7]
  ])('refuses %s with OVERLAY_INVALID at its line', async (_name, text, message, line) => {
    const name = text === undefined ? path.join(dir, 'nope.yaml') : file(text)
    const error = await loadOverlay(name).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'OVERLAY_INVALID', message: expect.stringMatching(message) })
    if (line) expect((error as { location: { line: number } }).location.line).toBe(line)
  })
})
