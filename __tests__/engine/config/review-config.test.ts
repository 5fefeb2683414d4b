import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadConfig } from '../../../src/engine/config/load-config.js'
import { nearest, readRuleLevels } from '../../../src/engine/config/review-config.js'
import { createRequest, SliceOasError } from '../../../src/engine/index.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-review-config-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const load = (name: string, text: string) => {
  writeFileSync(path.join(dir, name), text)
  return loadConfig(path.join(dir, name))
}

describe('the review keys of the config file', () => {
  it('reads fail-on-change, per-rule levels and accepted changes (plain or with a reason)', async () => {
    const { options } = await load(
      'ok.yaml',
      [
        'fail-on-change: warning',
        'breaking-rules:',
        '  endpoint-added: warning',
        '  api-removed-without-deprecation: off',
        'accepted-changes:',
        '  - 0123456789ABCDEF',
        '  - {fingerprint: fedcba9876543210, reason: "v2 drops it on purpose"}',
        ''
      ].join('\n')
    )
    expect(options).toMatchObject({
      failOnChange: 'warning',
      breakingRules: { 'endpoint-added': 'warning', 'api-removed-without-deprecation': 'off' },
      acceptedChanges: [
        { fingerprint: '0123456789abcdef' },
        { fingerprint: 'fedcba9876543210', reason: 'v2 drops it on purpose' }
      ]
    })
  })

  it('refuses an unknown rule with the nearest one, and a bad level, at the line', async () => {
    const error = await load('rule.yaml', 'breaking-rules:\n  endpoint-aded: error\n').catch(e => e)
    expect(error).toBeInstanceOf(SliceOasError)
    expect(error.code).toBe('CONFIG_INVALID')
    expect(error.message).toBe(
      'The config key "breaking-rules" names an unknown rule "endpoint-aded"; did you mean "endpoint-added"?'
    )
    expect(error.location).toMatchObject({ line: 2 })
    await expect(load('level.yaml', 'breaking-rules:\n  endpoint-added: fatal\n')).rejects.toThrow(
      'The rule "endpoint-added" in "breaking-rules" takes error, warning, info or off; got "fatal".'
    )
    await expect(load('shape.yaml', 'breaking-rules: [a]\n')).rejects.toThrow(/maps rule ids to a level/)
  })

  it('refuses an accepted change that is not a fingerprint, or has an unknown key', async () => {
    await expect(load('fp.yaml', 'accepted-changes: [abc]\n')).rejects.toThrow(
      /"abc" in "accepted-changes" is not a change's fingerprint \(16 hex digits/
    )
    await expect(
      load('key.yaml', 'accepted-changes:\n  - {fingerprint: 0123456789abcdef, why: x}\n')
    ).rejects.toThrow(/unknown key "why"/)
    await expect(load('map.yaml', 'accepted-changes: {a: 1}\n')).rejects.toThrow(/takes a list/)
  })

  it('fail-on-change is checked like every enum option, and defaults to none', async () => {
    expect((await createRequest({ spec: 'a.yaml' })).failOnChange).toBe('none')
    await expect(createRequest({ spec: 'a.yaml', failOnChange: 'fatal' as 'error' })).rejects.toThrow(
      /fail-on-change must be one of error, warning, info, none/
    )
  })

  it('offers a near name only when it is near', () => {
    expect(nearest('reponse-property-removed', ['response-property-removed'])).toBe(
      'response-property-removed'
    )
    expect(nearest('colour', ['response-property-removed'])).toBeUndefined()
    const fail = (message: string): never => {
      throw new Error(message)
    }
    expect(() => readRuleLevels('breaking-rules', { x: 'error' }, ['y-rule'], fail)).toThrow(
      /unknown rule "x"\.$/
    )
  })
})
