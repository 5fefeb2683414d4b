import { describe, expect, it } from '@jest/globals'
import { HELP, parseCliArgs } from '../../src/cli/args.js'

describe('parseCliArgs', () => {
  it('takes --overwrite, and leaves it unset without the flag so the config file can set it', () => {
    expect(parseCliArgs(['--spec', 'a.yaml', '--overwrite']).request.overwrite).toBe(true)
    expect(parseCliArgs(['--spec', 'a.yaml']).request.overwrite).toBeUndefined()
    expect(HELP).toMatch(/--overwrite {2,}replace files in the output folder that slice-oas did not write/)
  })
})
