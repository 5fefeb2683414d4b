import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { parse } from 'yaml'
import { main } from '../../../src/cli/main.js'
import { loadConfig, runBatch, type BatchRequestInput } from '../../../src/engine/index.js'
import type { ServiceDefinition } from '../../../src/engine/select/services.js'

let dir: string
const example = path.resolve('examples/store-platform.yaml')
const services = (overrides: ServiceDefinition[] = []): ServiceDefinition[] => [
  {
    name: 'users',
    include: ['/users/**', '/accounts/**'],
    exclude: [],
    methods: [],
    tags: [],
    operationIds: []
  },
  {
    name: 'orders',
    include: ['/orders/**'],
    exclude: ['/orders/*/items/**'],
    methods: [],
    tags: [],
    operationIds: []
  },
  {
    name: 'commerce',
    include: [
      '/catalog/**',
      '/inventory/**',
      '/payments/**',
      '/subscriptions/**',
      '/shipping/**',
      '/orders/*/items/**'
    ],
    exclude: [],
    methods: [],
    tags: [],
    operationIds: []
  },
  ...overrides
]
const rows = (folder: string) =>
  parseCsv(readFileSync(path.join(folder, 'index.csv'), 'utf8'), { columns: true }) as Record<
    string,
    string
  >[]

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-services-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('service map', () => {
  it('gives one self-contained document per service, named after it, and lists orphans as a warning', async () => {
    const outputDir = path.join(dir, 'by-service')
    const result = await runBatch({ spec: example, outputDir, groupBy: 'service', services: services() })
    expect(
      readdirSync(outputDir)
        .filter(name => name.endsWith('.yaml'))
        .sort()
    ).toEqual(['commerce.yaml', 'orders.yaml', 'users.yaml'])
    expect(result.passRate).toBe(100)
    expect(result.serviceCounts).toEqual([
      { service: 'users', operations: 20 },
      { service: 'orders', operations: 5 },
      { service: 'commerce', operations: 53 }
    ])
    const orphans = result.notes.find(note => note.code === 'SERVICE_ORPHANS')!
    expect(orphans.message).toMatch(/^22 operation\(s\) belong to no service: GET \/notifications/)
    const index = rows(outputDir)
    expect(index.find(row => row.path === '/orders' && row.method === 'GET')).toMatchObject({
      filename: 'orders.yaml',
      services: 'orders'
    })
    expect(index.find(row => row.path === '/orders/{orderId}/items')).toMatchObject({
      filename: 'commerce.yaml',
      services: 'commerce'
    })
  })

  it('fails on orphans with orphans: fail', async () => {
    await expect(
      runBatch({
        spec: example,
        outputDir: path.join(dir, 'o'),
        groupBy: 'service',
        services: services(),
        orphans: 'fail'
      })
    ).rejects.toMatchObject({
      code: 'REQUEST_INVALID',
      message: expect.stringContaining('22 operation(s) belong to no service')
    })
  })

  it('refuses overlaps by default, and puts the operation in both with overlap: allow', async () => {
    const overlapping = services([
      { name: 'accounts', include: ['/accounts/**'], exclude: [], methods: [], tags: [], operationIds: [] }
    ])
    await expect(
      runBatch({ spec: example, outputDir: path.join(dir, 'x'), groupBy: 'service', services: overlapping })
    ).rejects.toMatchObject({
      message: expect.stringMatching(
        /^10 operation\(s\) are claimed by more than one service: GET \/accounts \(users, accounts\)/
      )
    })
    const outputDir = path.join(dir, 'allow')
    const result = await runBatch({
      spec: example,
      outputDir,
      groupBy: 'service',
      services: overlapping,
      overlap: 'allow'
    })
    expect(result.notes.filter(note => note.code === 'SERVICE_OVERLAP')).toHaveLength(10)
    const accounts = parse(readFileSync(path.join(outputDir, 'accounts.yaml'), 'utf8'))
    const users = parse(readFileSync(path.join(outputDir, 'users.yaml'), 'utf8'))
    expect(Object.keys(accounts.paths)).toEqual([
      '/accounts',
      '/accounts/{accountId}',
      '/accounts/{accountId}/members',
      '/accounts/{accountId}/members/{memberId}'
    ])
    expect(Object.keys(users.paths)).toEqual(expect.arrayContaining(Object.keys(accounts.paths)))
    expect(
      rows(outputDir)
        .filter(row => row.path === '/accounts' && row.method === 'GET')
        .map(row => row.filename)
        .sort()
    ).toEqual(['accounts.yaml', 'users.yaml'])
  })
})

describe('config file', () => {
  const write = (name: string, text: string) => {
    const file = path.join(dir, name)
    writeFileSync(file, text)
    return file
  }

  it('holds every option and the services, with paths relative to itself', async () => {
    const config = await loadConfig(
      write(
        'ok.yaml',
        `spec: ${example}\noutput-dir: out\ngroup-by: service\nformat: json\nservices:\n  users: {include: ['/users/**']}\n  orders:\n    include: /orders/**\n    methods: [GET]\n`
      )
    )
    expect(config.options).toMatchObject({
      spec: example,
      outputDir: path.join(dir, 'out'),
      groupBy: 'service',
      format: 'json'
    })
    expect(config.options.services).toEqual([
      { name: 'users', include: ['/users/**'], exclude: [], methods: [], tags: [], operationIds: [] },
      { name: 'orders', include: ['/orders/**'], exclude: [], methods: ['get'], tags: [], operationIds: [] }
    ])
  })

  it.each([
    ['an unknown key', 'spec: a.yaml\noutptu-dir: x\n', /unknown key "outptu-dir"/, 2],
    [
      'an unknown service key',
      'services:\n  users: {inclde: ["/u"]}\n',
      /The service "users" has an unknown key "inclde"/,
      2
    ],
    ['an empty service', 'services:\n  users: {exclude: ["/u"]}\n', /The service "users" is empty/, 2],
    ['a value of the wrong kind', 'concurrency: many\n', /"concurrency" takes a number/, 1]
  ])('refuses %s, with its line', async (_name, text, message, line) => {
    await expect(loadConfig(write(`bad-${line}-${Math.random()}.yaml`, text))).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringMatching(message),
      location: { line }
    })
  })

  it('refuses a bad pattern in a service before anything is read', async () => {
    const config = await loadConfig(
      write('pattern.yaml', `filter-type: regex\nservices:\n  users: {include: ['(?<=u)']}\n`)
    )
    await expect(runBatch({ ...(config.options as BatchRequestInput), spec: example })).rejects.toMatchObject(
      { code: 'PATTERN_INVALID' }
    )
  })

  it('is merged under the CLI flags: flags win', async () => {
    const file = write(
      'cli.yaml',
      `spec: ${example}\noutput-dir: cli-out\ngroup-by: service\nformat: yaml\nservices:\n  users: {include: ['/users/**']}\n`
    )
    const code = await main(['--config', file, '--format', 'json'], {
      stdout: { write: () => {} },
      stderr: { write: () => {} },
      env: {}
    })
    expect(code).toBe(0)
    expect(
      readdirSync(path.join(dir, 'cli-out'))
        .filter(name => !name.startsWith('.'))
        .sort()
    ).toEqual(['index.csv', 'users.json'])
  })
})
