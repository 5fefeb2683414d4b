/** The parameters in force for an operation: path-level ones it does not override, then its own. */
import { describe, expect, it } from '@jest/globals'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { mergedParameters } from '../../../src/engine/openapi/operations.js'
import { derefLocal } from '../../../src/engine/pointer.js'

const doc: JsonObject = {
  components: {
    parameters: {
      Owner: { name: 'owner', in: 'path', required: true, schema: { type: 'string' } },
      Page: { name: 'page', in: 'query', schema: { type: 'integer' } }
    }
  }
}
const deref = (node: unknown) => derefLocal(doc, node)

describe('mergedParameters', () => {
  it('is empty when neither level has parameters', () => {
    expect(mergedParameters({}, {}, deref)).toEqual([])
  })

  it('keeps path-level parameters first and the operation’s own after them', () => {
    const limit = { name: 'limit', in: 'query' }
    const owner = { $ref: '#/components/parameters/Owner' }
    expect(mergedParameters({ parameters: [owner] }, { parameters: [limit] }, deref)).toEqual([owner, limit])
  })

  it('returns the operation’s own parameters when the path item has none', () => {
    const own = [{ name: 'limit', in: 'query' }]
    expect(mergedParameters({}, { parameters: own }, deref)).toEqual(own)
  })

  it('drops a path-level parameter that the operation overrides by name and location, through refs', () => {
    const pathPage = { $ref: '#/components/parameters/Page' }
    const ownPage = { name: 'page', in: 'query', description: 'the operation’s own' }
    const pathOwner = { name: 'owner', in: 'path' }
    expect(mergedParameters({ parameters: [pathPage, pathOwner] }, { parameters: [ownPage] }, deref)).toEqual(
      [pathOwner, ownPage]
    )
  })

  it('keeps a parameter with the same name in another location', () => {
    const header = { name: 'page', in: 'header' }
    const query = { name: 'page', in: 'query' }
    expect(mergedParameters({ parameters: [header] }, { parameters: [query] }, deref)).toEqual([
      header,
      query
    ])
  })

  it('keeps entries that are not objects or do not resolve, for the validator to report', () => {
    const dangling = { $ref: '#/components/parameters/Missing' }
    expect(mergedParameters({ parameters: [dangling, 7] }, { parameters: ['x', dangling] }, deref)).toEqual([
      dangling,
      7,
      'x',
      dangling
    ])
  })
})
