/** The error catalogue: the README lists every code with its category, exit code and meaning. */
import { describe, expect, it } from '@jest/globals'
import { exitCodeFor } from '../../src/cli/main.js'
import { ERROR_CODES, ERROR_MEANINGS, SliceOasError, type ErrorCode } from '../../src/engine/errors.js'
import { readmeTable } from '../helpers/readme-table.js'

describe('ERROR_CODES', () => {
  it('is the README list of error codes, in both directions, with the exit code the CLI gives', () => {
    const listed = (Object.keys(ERROR_CODES) as ErrorCode[]).map(code => [
      code,
      ERROR_CODES[code],
      String(exitCodeFor(new SliceOasError(code, ''))),
      ERROR_MEANINGS[code]
    ])
    expect(readmeTable('## Error codes')).toEqual(listed)
  })
})
