import { beforeAll, describe, expect, it } from '@jest/globals'
import { loadRegexEngine } from '../../../src/engine/select/patterns.js'
import { selectOperations, type Selection } from '../../../src/engine/select/select-operations.js'
import { doc30, ok, operationsOf } from '../../helpers/slice-doc.js'

const all = operationsOf(
  doc30({
    '/users': { get: { responses: { '200': ok } } },
    '/users/{id}': { get: { responses: { '200': ok } } }
  })
)
const none: Selection = {
  include: [],
  exclude: [],
  filterType: 'glob',
  methods: [],
  tags: [],
  operationIds: [],
  excludeDeprecated: false
}
const select = (selection: Partial<Selection>) => () => selectOperations(all, { ...none, ...selection })

describe('an empty selection', () => {
  beforeAll(loadRegexEngine)

  it('hints that a pattern without a leading / meant the path, or the paths under it', () => {
    expect(select({ include: ['users'] })).toThrow(
      'Patterns match paths, which start with /: did you mean `/users` (or `/users/**` for the paths under it)?'
    )
    expect(select({ include: ['users/*'] })).toThrow('did you mean `/users/*`?')
  })

  it('gives the usual advice when every pattern starts with / or is a regex', () => {
    expect(select({ include: ['/nope'] })).toThrow(/Check the patterns and filters\.$/)
    expect(select({ include: ['^nope'], filterType: 'regex' })).toThrow(/Check the patterns and filters\.$/)
  })
})
