import { describe, expect, it } from '@jest/globals'
import { parseText } from '../../../src/engine/load/parse-text.js'

const parse = (text: string) => parseText(text, 'api.yaml')

describe('YAML indentation errors', () => {
  it('places an under-indented key on line 4 at its own first character, and says it is indented less', async () => {
    await expect(
      parse('openapi: 3.0.3\ninfo:\n  title: t\n version: "1"\npaths: {}\n')
    ).rejects.toMatchObject({
      code: 'SPEC_PARSE',
      message: expect.stringMatching(/this key is indented less than the key above it/),
      location: { line: 4, column: 2 }
    })
  })

  it('places an over-indented key after a quoted value on line 4, not at column 1 of it', async () => {
    await expect(parse('openapi: 3.0.3\ninfo:\n  title: "t"\n    version: "1"\n')).rejects.toMatchObject({
      code: 'SPEC_PARSE',
      message: expect.stringMatching(/this key is indented more than the keys before it/),
      location: { line: 4, column: 5 }
    })
  })

  it('places an over-indented key after a plain value on line 4, not at the end of line 3', async () => {
    await expect(parse('openapi: 3.0.3\ninfo:\n  title: t\n      version: "1"\n')).rejects.toMatchObject({
      location: { line: 4, column: 7 }
    })
  })

  it('keeps a tab used as indentation at the tab itself', async () => {
    await expect(parse('openapi: 3.0.3\ninfo:\n  title: t\n\tversion: "1"\n')).rejects.toMatchObject({
      location: { line: 4, column: 1 }
    })
  })
})
