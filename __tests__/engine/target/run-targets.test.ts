/** Targets in a run: collisions across a service, per-service targets, and what target-fix changes. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse as csv } from 'csv-parse/sync'
import { parse } from 'yaml'
import { runBatch, type BatchRequestInput } from '../../../src/engine/index.js'
import type { ServiceDefinition } from '../../../src/engine/select/services.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-target-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const ok = { description: 'OK' }
const op = (operationId: string, extra: object = {}) => ({
  get: { operationId, responses: { '200': ok }, ...extra }
})

function run(doc: object, options: Partial<BatchRequestInput> = {}) {
  const spec = path.join(dir, 'api.json')
  writeFileSync(spec, JSON.stringify(doc))
  return runBatch({ spec, outputDir: path.join(dir, 'out'), overwrite: true, ...options })
}
const service = (
  name: string,
  include: string[],
  extra: Partial<ServiceDefinition> = {}
): ServiceDefinition => ({
  name,
  include,
  exclude: [],
  methods: [],
  tags: [],
  operationIds: [],
  ...extra
})
/** The value at a path of keys in a parsed document. */
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value)
const written = (file: string) =>
  parse(readFileSync(path.join(dir, 'out', file), 'utf8')) as Record<string, unknown>

const users = {
  openapi: '3.0.3',
  info: { title: 'shop', version: '1' },
  paths: {
    '/users/{id}': op('get_user', {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }]
    }),
    '/users': op('get-user'),
    '/orders': op('get_user_')
  }
}
const services = [service('users', ['/users', '/users/**']), service('orders', ['/orders'])]

describe('operationId collisions across a service', () => {
  it('fail every slice of the service that holds one, and only within the service', async () => {
    const result = await run(users, { target: 'kong', services })
    const failed = result.failures.map(f => [f.path, f.reason.split(' (')[0]])
    expect(failed.sort()).toEqual([
      ['/users', 'kong-route-name-collision'],
      ['/users/{id}', 'kong-route-name-collision']
    ])
    expect(result.failures.every(f => f.phase === 'target')).toBe(true)
    expect(result.failures[0].reason).toContain(
      '(one route per operationId, named after it; route names are unique)'
    )
  })

  it('with target-fix, are renamed deterministically, and Kong services are named', async () => {
    const result = await run(users, { target: 'kong', targetFix: true, services })
    expect(result.failed).toBe(0)
    expect(at(written('users_GET.yaml'), 'paths', '/users', 'get', 'operationId')).toBe('get-user_2')
    expect(at(written('users-id_GET.yaml'), 'paths', '/users/{id}', 'get', 'operationId')).toBe('get_user')
    expect(written('users_GET.yaml')).toMatchObject({ 'x-kong-name': 'users', 'x-kong-tags': ['users'] })
    const index = csv(readFileSync(path.join(dir, 'out', 'index.csv'), 'utf8'), { columns: true })
    expect((index as Record<string, string>[]).map(row => [row.path, row.operation_id])).toEqual([
      ['/orders', 'get_user_'],
      ['/users', 'get-user_2'],
      ['/users/{id}', 'get_user']
    ])
    const codes = result.slices.flatMap(slice => slice.notes.map(note => note.code))
    expect(codes).toContain('TARGET_FIX_OPERATION_RENAMED')
    expect(codes).toContain('TARGET_FIX_SERVICE_NAMED')
  })

  it('with target-fix, are left as they are when a link names the operationId, and still fail', async () => {
    const linked = structuredClone(users) as {
      paths: Record<string, { get: { responses: Record<string, object> } }>
    }
    linked.paths['/users/{id}'].get.responses['200'] = {
      description: 'OK',
      links: { self: { operationId: 'get-user' } }
    }
    const result = await run(linked, { target: 'kong', targetFix: true, services })
    expect(result.failures.map(f => f.reason.split(' (')[0])).toEqual([
      'kong-route-name-collision',
      'kong-route-name-collision'
    ])
  })

  it('for Azure, are warnings, and renames fit the 76 characters it cuts names to', async () => {
    const long = 'op'.repeat(40)
    const doc = { ...users, paths: { '/a': op(`${long}A`), '/b': op(`${long}B`) } }
    const warned = await run(doc, { target: 'azure-apim', groupBy: 'tag' })
    expect(warned.failed).toBe(0)
    const messages = warned.slices.flatMap(slice => slice.notes.map(note => note.message))
    const collisions = messages.filter(m => m.startsWith('[target] azure-operationid-collision'))
    expect(collisions).toHaveLength(1)
    expect(collisions[0]).toContain('(and 1 more)')
    const fixed = await run(doc, { target: 'azure-apim', groupBy: 'tag', targetFix: true })
    const ids = Object.values(written('untagged.yaml').paths as object).map(
      item => at(item, 'get', 'operationId') as string
    )
    expect(ids[0]).toBe(`${long}A`)
    expect(ids[1]).toMatch(/_2$/)
    expect(ids[1].toLowerCase().replace(/[^a-z0-9]+/g, '-').length).toBeLessThanOrEqual(76)
    expect(fixed.slices.flatMap(slice => slice.notes).some(n => n.code === 'TARGET_IGNORED')).toBe(false)
  })
})

describe('target-fix for AWS', () => {
  const doc31 = {
    openapi: '3.1.0',
    info: { title: 'shop', version: '1' },
    paths: {
      '/pets': op('listPets', {
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } }
          }
        }
      })
    },
    components: {
      schemas: {
        Pet: {
          type: 'object',
          example: { name: 'x' },
          properties: { example: { type: 'string', example: 'e' } }
        }
      }
    }
  }

  it('without it, a 3.1 slice fails the version rule', async () => {
    const result = await run(doc31, { target: 'aws-apigateway' })
    expect(result.failures.map(f => `[${f.phase}] ${f.reason}`)).toEqual([
      '[target] aws-openapi-version (OpenAPI 2.0 or 3.0): the slice declares openapi 3.1.0'
    ])
  })

  it('converts to 3.0 and drops example, keeping a property named example; fidelity holds', async () => {
    const result = await run(doc31, { target: 'aws-apigateway', targetFix: true })
    expect(result.failed).toBe(0)
    const slice = written('pets_GET.yaml')
    expect(String(slice.openapi)).toMatch(/^3\.0\./)
    expect(at(slice, 'components', 'schemas', 'Pet')).toEqual({
      type: 'object',
      properties: { example: { type: 'string' } }
    })
    expect(result.notes.map(n => n.code)).toContain('TARGET_FIX_CONVERTED')
    expect(result.slices[0].notes.map(n => n.code)).toContain('TARGET_FIX_KEYWORD_DROPPED')
  })

  it('never applies a change that would lose meaning: a bad path segment stays FAIL', async () => {
    const name = { name: 'name', in: 'path', required: true, schema: { type: 'string' } }
    const doc = { ...doc31, paths: { '/files/{name}.json': op('getFile', { parameters: [name] }) } }
    const result = await run(doc, { target: 'aws-apigateway', targetFix: true })
    expect(result.failures.map(f => f.reason.split(' (')[0])).toEqual(['aws-path-segment'])
  })
})

describe('per-service targets', () => {
  it('override the run’s, and none opts a service out', async () => {
    const doc = { ...users, openapi: '3.1.0', paths: { '/users': op('a'), '/orders': op('b') } }
    const mixed = [service('users', ['/users'], { target: 'none' }), service('orders', ['/orders'])]
    const result = await run(doc, { target: 'aws-apigateway', services: mixed })
    expect(result.failures.map(f => f.path)).toEqual(['/orders'])
  })
})
