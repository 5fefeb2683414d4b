import { describe, expect, it } from '@jest/globals'
import { HELP, parseCliArgs } from '../../src/cli/args.js'

describe('parseCliArgs', () => {
  it('takes --overwrite, and leaves it unset without the flag so the config file can set it', () => {
    expect(parseCliArgs(['--spec', 'a.yaml', '--overwrite']).request.overwrite).toBe(true)
    expect(parseCliArgs(['--spec', 'a.yaml']).request.overwrite).toBeUndefined()
    expect(HELP).toMatch(/--overwrite {2,}replace files in the output folder that slice-oas did not write/)
  })

  it('lists each flag once in --help: --group-by service is not a second entry', () => {
    const entries = HELP.split('\n').filter(line => /^ {2}--/.test(line))
    const flags = entries.map(line => line.trim().split(/[ ,]/)[0])
    expect(flags.filter(flag => flag === '--group-by')).toHaveLength(1)
    expect(new Set(flags).size).toBe(flags.length)
  })

  it('keeps its aliases, repeatable lists and --no-index', () => {
    const options = parseCliArgs([
      '--input',
      'a.yaml',
      '--filter',
      '/a,/b',
      '--include',
      '/c',
      '-v',
      '--no-index',
      '--methods',
      'get',
      '--methods',
      'post',
      '--prefix-depth',
      '2',
      '--shard',
      '1/2'
    ])
    expect(options.request).toMatchObject({
      spec: 'a.yaml',
      include: ['/c', '/a', '/b'],
      index: false,
      methods: ['get', 'post'],
      prefixDepth: 2,
      shard: { index: 1, count: 2 }
    })
    expect(options.verbose).toBe(true)
    expect(parseCliArgs(['--spec', 'a.yaml']).request.index).toBeUndefined()
  })

  it('refuses a flag that is not a number with the same sentence as before', () => {
    expect(() => parseCliArgs(['--concurrency', 'four'])).toThrow('--concurrency takes a number; got "four".')
    expect(() => parseCliArgs(['--min-pass-rate', ''])).toThrow('--min-pass-rate takes a number; got "".')
    expect(() => parseCliArgs(['--bogus'])).toThrow(/Unknown option '--bogus'.* \(see --help\)\./)
  })
})

describe('turning off what a config file turns on', () => {
  it('takes --no-NAME for every on/off option, and refuses both forms at once', () => {
    expect(parseCliArgs(['a.yaml', '--no-target-fix', '--no-fail-closed']).request).toMatchObject({
      targetFix: false,
      failClosed: false
    })
    expect(parseCliArgs(['a.yaml']).request.targetFix).toBeUndefined()
    expect(() => parseCliArgs(['a.yaml', '--dry-run', '--no-dry-run'])).toThrow(/contradict/)
    expect(HELP).toContain('--no-target-fix')
  })
})
