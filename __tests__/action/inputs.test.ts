import { describe, expect, it } from '@jest/globals'
import { Input, readCommentSettings, readInputs, requestFrom, splitList } from '../../src/action/inputs.js'

const read = async (values: Partial<Record<Input, string>>) => {
  const inputs = readInputs(name => values[name] ?? '')
  return { ...inputs, request: await requestFrom(inputs, undefined) }
}

describe('readInputs', () => {
  it('maps inputs onto one validated batch request', async () => {
    const inputs = await read({
      spec: 'api.yaml',
      include: '/users/**\n/orders/**, /admin/*',
      methods: 'GET,post',
      'dry-run': 'true',
      shard: '2/4',
      'retention-days': '7'
    })
    expect(inputs.request).toMatchObject({
      spec: 'api.yaml',
      outputDir: 'slices',
      include: ['/users/**', '/orders/**', '/admin/*'],
      methods: ['get', 'post'],
      dryRun: true,
      shard: { index: 2, count: 4 },
      concurrency: 4,
      minPassRate: 100
    })
    expect(inputs).toMatchObject({
      uploadArtifact: true,
      artifactName: 'openapi-slices',
      retentionDays: 7,
      commentOnPr: 'never'
    })
  })

  it.each([
    [{ spec: '' }, /spec is required/],
    [{ spec: 'a', concurrency: '0' }, /concurrency must be a whole number from 1 to 16/],
    [{ spec: 'a', 'min-pass-rate': '101' }, /min-pass-rate must be a number from 0 to 100/],
    [{ spec: 'a', 'dry-run': 'maybe' }, /dry-run must be true or false/],
    [{ spec: 'a', 'group-by': 'team' }, /group-by must be one of operation, tag, path-prefix/],
    [{ spec: 'a', 'filter-type': 'regex', include: '[' }, /The regex "\[" is not valid/],
    [{ spec: 'a', shard: '5/4' }, /shard must look like i\/n/],
    [{ spec: 'a', 'retention-days': '365' }, /retention-days must be a whole number of days from 1 to 90/],
    [{ spec: 'a', 'artifact-name': 'a/b' }, /artifact-name may not contain/],
    [
      { spec: 'a', 'comment-on-pr': 'sometimes' },
      /comment-on-pr must be one of always, on-failure, on-change, never/
    ],
    [{ spec: 'a', 'overwrite-artifact': 'perhaps' }, /overwrite-artifact must be true or false/]
  ])('refuses %j with a plain sentence', async (values, message) => {
    await expect(read(values as Partial<Record<Input, string>>)).rejects.toThrow(message)
  })

  it('reads overwrite as a flag, false by default, which the config file may set', async () => {
    expect((await read({ spec: 'a' })).request.overwrite).toBe(false)
    expect((await read({ spec: 'a', overwrite: 'true' })).request.overwrite).toBe(true)
    await expect(read({ spec: 'a', overwrite: 'maybe' })).rejects.toThrow(/overwrite must be true or false/)
    const inputs = readInputs(name => ({ spec: 'a', overwrite: 'false' })[name as string] ?? '')
    expect((await requestFrom(inputs, { overwrite: true })).overwrite).toBe(true)
  })

  it('lets the config file set what the inputs leave at their defaults, and inputs override it', async () => {
    const inputs = readInputs(
      name =>
        ({ spec: 'api.yaml', 'output-dir': 'slices', format: 'json', concurrency: '4' })[name as string] ?? ''
    )
    const request = await requestFrom(inputs, {
      outputDir: 'from-config',
      format: 'yaml',
      concurrency: 8,
      groupBy: 'tag'
    })
    expect(request).toMatchObject({
      spec: 'api.yaml',
      outputDir: 'from-config',
      format: 'json',
      concurrency: 8,
      groupBy: 'tag'
    })
  })

  it.each([
    ['', 'never'],
    ['always', 'always'],
    ['on-failure', 'on-failure'],
    ['On-Change', 'on-change'],
    ['never', 'never'],
    ['true', 'always'],
    ['false', 'never']
  ])('reads comment-on-pr %j as %s, true and false as earlier versions meant them', async (text, mode) => {
    expect((await read({ spec: 'a', 'comment-on-pr': text })).commentOnPr).toBe(mode)
  })

  it('reads the comment settings on their own, so a bad input elsewhere still reports', () => {
    const values: Record<string, string> = {
      'comment-on-pr': 'on-failure',
      'github-token': 't',
      concurrency: 'x'
    }
    expect(() => readInputs(name => values[name] ?? '')).toThrow()
    expect(readCommentSettings(name => values[name] ?? '')).toEqual({ mode: 'on-failure', token: 't' })
    values['comment-on-pr'] = 'bogus'
    expect(readCommentSettings(name => values[name] ?? '')).toEqual({ mode: undefined, token: 't' })
  })

  it("reads overwrite-artifact as a flag, false by default, apart from the output folder's overwrite", async () => {
    expect((await read({ spec: 'a' })).adapter['overwrite-artifact']).toBe(false)
    const inputs = await read({ spec: 'a', 'overwrite-artifact': 'true' })
    expect(inputs.adapter['overwrite-artifact']).toBe(true)
    expect(inputs.request.overwrite).toBe(false)
  })

  it('splits newline- and comma-separated lists', () => {
    expect(splitList(' a,b\n\n c ,')).toEqual(['a', 'b', 'c'])
  })
})
