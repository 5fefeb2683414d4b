import { beforeAll, describe, expect, it } from '@jest/globals'
import { compilePattern, loadRegexEngine } from '../../../src/engine/select/patterns.js'
import { selectOperations, type Selection } from '../../../src/engine/select/select-operations.js'
import { groupOperations } from '../../../src/engine/select/group.js'
import { doc30, ok, operationsOf } from '../../helpers/slice-doc.js'

const glob = (pattern: string) => compilePattern(pattern, 'glob')

beforeAll(loadRegexEngine)

describe('path patterns', () => {
  it('globs: * is one segment, ** is many (and none)', () => {
    expect(glob('/users/*').test('/users/{id}')).toBe(true)
    expect(glob('/users/*').test('/users/{id}/orders')).toBe(false)
    expect(glob('/admin/**').test('/admin')).toBe(true)
    expect(glob('/admin/**').test('/admin/a/b/c')).toBe(true)
    expect(glob('/admin/**').test('/administrator')).toBe(false)
    expect(glob('/**/orders').test('/v1/users/1/orders')).toBe(true)
    expect(glob('/a.b/?').test('/a.b/x')).toBe(true)
    expect(glob('/a.b/?').test('/aXb/x')).toBe(false)
  })

  it('regexes with filter-type regex', () => {
    const regex = compilePattern('^/api/v\\d+/.*', 'regex')
    expect(regex.test('/api/v2/users')).toBe(true)
    expect(regex.test('/api/vx/users')).toBe(false)
  })

  it('refuses invalid, catastrophic and over-long patterns with a clear error', () => {
    expect(() => compilePattern('(', 'regex')).toThrow(/The regex "\(" is not valid/)
    expect(() => compilePattern('(?<=a)b', 'regex')).toThrow(/no lookaround or backreferences/)
    expect(() => compilePattern('/a'.repeat(300), 'glob')).toThrow(/longer than 512 characters/)
  })
})

describe('regexes run in linear time', () => {
  // A backtracking engine would need years for this match; RE2 needs milliseconds. The test's own
  // timeout is the guard, so no clock is read here.
  it('matches a pattern that backtracks catastrophically elsewhere against a crafted path at once', () => {
    const pattern = compilePattern('^(a+)+$', 'regex')
    expect(pattern.test('/' + 'a'.repeat(50_000) + '!')).toBe(false)
    expect(pattern.test('aaaa')).toBe(true)
  }, 30_000)
})

describe('selection and grouping', () => {
  const doc = doc30({
    '/users': {
      get: { tags: ['users'], operationId: 'listUsers', responses: { '200': ok } },
      post: { tags: ['users'], deprecated: true, responses: { '200': ok } }
    },
    '/users/{id}': { get: { tags: ['users', 'admin'], responses: { '200': ok } } },
    '/orders/{id}/items': {
      get: { tags: ['orders'], responses: { '200': ok } },
      delete: { responses: { '200': ok } }
    }
  })
  const all = operationsOf(doc)
  const none: Selection = {
    include: [],
    exclude: [],
    filterType: 'glob',
    methods: [],
    tags: [],
    operationIds: [],
    excludeDeprecated: false
  }
  const keys = (selection: Partial<Selection>) =>
    selectOperations(all, { ...none, ...selection }).map(op => op.key)

  it('filters by include/exclude, methods, tags, operationIds and deprecation', () => {
    expect(keys({ include: ['/users/**'] })).toEqual(['GET /users', 'POST /users', 'GET /users/{id}'])
    expect(keys({ include: ['/users/**'], exclude: ['/users/*'] })).toEqual(['GET /users', 'POST /users'])
    expect(keys({ methods: ['delete'] })).toEqual(['DELETE /orders/{id}/items'])
    expect(keys({ tags: ['admin'] })).toEqual(['GET /users/{id}'])
    expect(keys({ operationIds: ['listUsers'] })).toEqual(['GET /users'])
    expect(keys({ excludeDeprecated: true })).not.toContain('POST /users')
  })

  it('names the patterns when nothing matches', () => {
    expect(() => keys({ include: ['/nothing/**'], methods: ['patch'] })).toThrow(
      /No operation matches the selection \(include \/nothing\/\*\*; methods patch\)/
    )
  })

  it('groups by first tag and by path prefix', () => {
    expect(groupOperations(all, 'tag').map(g => [g.label, g.operations.length])).toEqual([
      ['users', 3],
      ['orders', 1],
      ['untagged', 1]
    ])
    expect(groupOperations(all, 'path-prefix').map(g => g.stem)).toEqual(['users', 'orders'])
    expect(groupOperations(all, 'path-prefix', 2).map(g => g.stem)).toEqual([
      'users',
      'users-id',
      'orders-id'
    ])
  })
})
