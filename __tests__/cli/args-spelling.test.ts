import { describe, expect, it } from '@jest/globals'
import { HELP, parseCliArgs } from '../../src/cli/args.js'
import { closest, editDistance } from '../../src/cli/did-you-mean.js'

describe('the spec as a positional argument', () => {
  it('takes `slice-oas openapi.yaml` as the spec, before or after the flags', () => {
    expect(parseCliArgs(['openapi.yaml']).request.spec).toBe('openapi.yaml')
    expect(parseCliArgs(['--dry-run', 'openapi.yaml', '--output-dir', 'x']).request.spec).toBe('openapi.yaml')
  })

  it('says so in --help, which also says a dry run validates', () => {
    expect(HELP).toContain('Usage: slice-oas SPEC [options]')
    expect(HELP).toMatch(/--dry-run {2,}validate every slice as a run would/)
  })

  it('takes the same spec given both ways', () => {
    expect(parseCliArgs(['openapi.yaml', '--spec', './openapi.yaml']).request.spec).toBe('openapi.yaml')
  })

  it('refuses two specs, or a positional and --spec that disagree, as a usage error', () => {
    expect(() => parseCliArgs(['a.yaml', 'b.yaml'])).toThrow(
      expect.objectContaining({ code: 'REQUEST_INVALID', message: expect.stringMatching(/takes one spec/) })
    )
    expect(() => parseCliArgs(['a.yaml', '--spec', 'b.yaml'])).toThrow(
      'Two specs were given: "a.yaml" and --spec "b.yaml". Give one of them (see --help).'
    )
  })
})

describe('a misspelt flag', () => {
  it('gets the flag meant, from the option table’s flags and aliases', () => {
    expect(() => parseCliArgs(['--ouput-dir', 'x'])).toThrow(
      "Unknown option '--ouput-dir'; did you mean `--output-dir`?"
    )
    expect(() => parseCliArgs(['--ouput-dir=x'])).toThrow('did you mean `--output-dir`?')
    expect(() => parseCliArgs(['--fitler', '/a'])).toThrow('did you mean `--filter`?')
    expect(() => parseCliArgs(['--dryrun'])).toThrow('did you mean `--dry-run`?')
  })

  it('gets no guess when nothing is near', () => {
    expect(() => parseCliArgs(['--bogus'])).toThrow("Unknown option '--bogus' (see --help).")
  })

  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('ouptut', 'output')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
    expect(closest('spce', ['spec', 'tags'])).toBe('spec')
    expect(closest('zzzz', ['spec', 'tags'])).toBeUndefined()
  })
})
