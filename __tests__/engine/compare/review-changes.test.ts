import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { convertDocument } from '../../../src/engine/convert/convert-document.js'
import { breakingHeadline, runBatch, type BatchRequestInput } from '../../../src/engine/index.js'
import type { ServiceDefinition } from '../../../src/engine/select/services.js'

let dir: string
const service = (name: string, include: string[]): ServiceDefinition => ({
  name,
  include,
  exclude: [],
  methods: [],
  tags: [],
  operationIds: []
})
const services = [service('users', ['/users/**']), service('orders', ['/orders/**'])]
const op = '      responses:\n        "200":\n          description: ok\n'
const BASE = `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /users:
    get:
${op}  /users/{id}:
    delete:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
${op}  /orders:
    get:
${op}`
// The head removes DELETE /users/{id} (users) and adds POST /orders (orders).
const HEAD = `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /users:
    get:
${op}  /orders:
    get:
${op}    post:
${op}`

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-review-'))
  writeFileSync(path.join(dir, 'base.yaml'), BASE)
  writeFileSync(path.join(dir, 'head.yaml'), HEAD)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const run = (out: string, extra: Partial<BatchRequestInput> = {}) =>
  runBatch({
    spec: path.join(dir, 'head.yaml'),
    baseSpec: path.join(dir, 'base.yaml'),
    outputDir: path.join(dir, out),
    services,
    ...extra
  })

describe('the breaking-change review of a base comparison', () => {
  it('classifies the operations that differ, with services, levels and both places', async () => {
    const review = (await run('plain', { dryRun: true })).comparison!.breaking
    expect(review.unavailable).toBeUndefined()
    expect(review.changes.map(c => [c.rule, c.level, c.operation.key, c.services])).toEqual([
      ['api-path-removed-without-deprecation', 'error', 'DELETE /users/{id}', ['users']],
      ['endpoint-added', 'info', 'POST /orders', ['orders']]
    ])
    const [removed, added] = review.changes
    expect(removed.baseLocation).toMatchObject({ file: path.join(dir, 'base.yaml'), line: 10 })
    expect(removed.headLocation).toBeUndefined()
    expect(added.headLocation).toMatchObject({ file: path.join(dir, 'head.yaml'), line: 14 })
    expect(review.byService.map(row => [row.service, row.counts])).toEqual([
      ['orders', { error: 0, warning: 0, info: 1 }],
      ['users', { error: 1, warning: 0, info: 0 }]
    ])
    expect(review.ignored).toBe(0)
  })

  it('applies per-rule levels from the config: another level, or off', async () => {
    const review = (
      await run('levels', {
        dryRun: true,
        breakingRules: { 'api-path-removed-without-deprecation': 'warning', 'endpoint-added': 'off' }
      })
    ).comparison!.breaking
    expect(review.changes.map(c => [c.rule, c.level, c.defaultLevel])).toEqual([
      ['api-path-removed-without-deprecation', 'warning', 'error']
    ])
    expect(review.causes.map(cause => cause.level)).toEqual(['warning'])
  })

  it('drops accepted fingerprints and counts them; an accepted one matching nothing is noted', async () => {
    const first = (await run('accept-1', { dryRun: true })).comparison!.breaking
    const fingerprint = first.changes[0].fingerprint
    const result = await run('accept-2', {
      dryRun: true,
      acceptedChanges: [{ fingerprint }, { fingerprint: '0123456789abcdef', reason: 'old' }]
    })
    const review = result.comparison!.breaking
    expect(review.changes.map(c => c.rule)).toEqual(['endpoint-added'])
    expect(review.ignored).toBe(1)
    expect(review.unmatchedAccepted).toEqual(['0123456789abcdef'])
    expect(result.notes.filter(n => n.code === 'REVIEW_ACCEPTED_UNUSED')).toHaveLength(1)
  })

  it('classifies nothing against a previous index, and says it needs the base spec', async () => {
    await runBatch({ spec: path.join(dir, 'base.yaml'), outputDir: path.join(dir, 'prev'), services })
    const result = await runBatch({
      spec: path.join(dir, 'head.yaml'),
      baseSpec: path.join(dir, 'prev'),
      outputDir: path.join(dir, 'against-index'),
      services,
      failOnChange: 'info'
    })
    const review = result.comparison!.breaking
    expect(review.unavailable).toMatch(/needs the base spec/)
    expect(review.changes).toEqual([])
    expect(result.notes.map(n => n.code)).toContain('REVIEW_NEEDS_BASE_SPEC')
    expect(result.changeGate).toMatchObject({ passed: true })
    const written = JSON.parse(readFileSync(path.join(dir, 'against-index', 'changes.json'), 'utf8'))
    expect(written).toMatchObject({ classified: false, changes: [] })
  })

  it('reports nothing between a 3.0 document and its 3.1 conversion, either way round', async () => {
    const doc30 = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/pets': {
          get: {
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': {
                    schema: { type: 'string', nullable: true, example: 'x' }
                  }
                }
              }
            }
          }
        }
      }
    }
    const doc31 = convertDocument(doc30, '3.0', '3.1').doc
    expect(doc31.openapi).toMatch(/^3\.1/)
    writeFileSync(path.join(dir, 'v30.json'), JSON.stringify(doc30))
    writeFileSync(path.join(dir, 'v31.json'), JSON.stringify(doc31))
    for (const [base, head] of [
      ['v30.json', 'v31.json'],
      ['v31.json', 'v30.json']
    ]) {
      const result = await runBatch({
        spec: path.join(dir, head),
        baseSpec: path.join(dir, base),
        outputDir: path.join(dir, `conv-${head}`),
        dryRun: true
      })
      expect([head, result.comparison!.changedOperations]).toEqual([head, []])
      expect([head, result.comparison!.breaking.changes]).toEqual([head, []])
    }
  })
})

describe('a change in a shared component', () => {
  it('is one cause, with the operations and services it affects', async () => {
    const doc = (props: string) => `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /users:
    get:
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}
  /orders:
    get:
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}
components:
  schemas:
    Pet:
      type: object
      properties: {${props}}
`
    writeFileSync(path.join(dir, 'shared-base.yaml'), doc('id: {type: string}, name: {type: string}'))
    writeFileSync(path.join(dir, 'shared-head.yaml'), doc('id: {type: string}'))
    const result = await runBatch({
      spec: path.join(dir, 'shared-head.yaml'),
      baseSpec: path.join(dir, 'shared-base.yaml'),
      outputDir: path.join(dir, 'shared'),
      services,
      dryRun: true
    })
    const review = result.comparison!.breaking
    expect(review.causes).toHaveLength(1)
    const [cause] = review.causes
    expect(cause.cause).toMatch(/^#\/components\/schemas\/Pet/)
    expect(cause.services).toEqual(['orders', 'users'])
    expect(cause.changes.map(change => change.operation.key)).toEqual(['GET /orders', 'GET /users'])
    expect(cause.changes[0].baseLocation).toMatchObject({ file: path.join(dir, 'shared-base.yaml') })
    expect(review.byService.map(row => [row.service, row.causes.length])).toEqual([
      ['orders', 1],
      ['users', 1]
    ])
  })
})

describe('changes.json', () => {
  it('is written beside index.csv, in a fixed order, owned like the index; never in a dry run', async () => {
    const out = path.join(dir, 'written')
    const result = await run('written')
    expect(result.changesPath).toBe(path.join(out, 'changes.json'))
    const text = readFileSync(result.changesPath!, 'utf8')
    const written = JSON.parse(text)
    expect(written.classified).toBe(true)
    expect(
      written.changes.map((e: { service: string; method: string; path: string }) => [
        e.service,
        e.method,
        e.path
      ])
    ).toEqual([
      ['orders', 'POST', '/orders'],
      ['users', 'DELETE', '/users/{id}']
    ])
    expect(written.changes[1]).toMatchObject({
      level: 'error',
      rule: 'api-path-removed-without-deprecation',
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      base: { file: path.join(dir, 'base.yaml'), line: 10, pointer: '#/paths/~1users~1{id}/delete' },
      head: null
    })
    // A rerun replaces its own file without calling it the user's, and writes the same text.
    await run('written')
    expect(readFileSync(path.join(out, 'changes.json'), 'utf8')).toBe(text)
    const dry = await run('dry', { dryRun: true })
    expect(dry.changesPath).toBeUndefined()
    expect(existsSync(path.join(dir, 'dry', 'changes.json'))).toBe(false)
  })

  it('is removed by a later run into the folder without a base spec, so it never tells of another comparison', async () => {
    const out = path.join(dir, 'stale')
    await run('stale')
    expect(existsSync(path.join(out, 'changes.json'))).toBe(true)
    const plain = await run('stale', { baseSpec: undefined })
    expect(plain.comparison).toBeUndefined()
    expect(existsSync(path.join(out, 'changes.json'))).toBe(false)
  })

  it('is refused over a changes.json the user wrote there', async () => {
    const out = path.join(dir, 'foreign')
    await run('foreign', { dryRun: true })
    mkdirSync(out, { recursive: true })
    writeFileSync(path.join(out, 'changes.json'), '{}')
    await expect(run('foreign')).rejects.toThrow(/changes\.json/)
  })
})

describe('the headline', () => {
  const row = (service: string, error: number) => ({
    service,
    counts: { error, warning: 0, info: 1 },
    causes: []
  })
  const review = (...rows: ReturnType<typeof row>[]) => ({
    changes: [],
    causes: [],
    byService: rows,
    ignored: 0,
    unmatchedAccepted: []
  })

  it('names the most broken services first, five at most, and counts the others', () => {
    expect(breakingHeadline(review(row('users', 1), row('orders', 3), row('docs', 0)))).toBe(
      '2 services have breaking changes: orders (3), users (1)'
    )
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name, i) => row(name, i + 1))
    expect(breakingHeadline(review(...many))).toBe(
      '7 services have breaking changes: g (7), f (6), e (5), d (4), c (3) and 2 more'
    )
    expect(breakingHeadline(review(row('docs', 0)))).toBeUndefined()
  })
})
