import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createRequest, runBatch } from '../../../src/engine/index.js'
import type { JsonObject } from '../../../src/engine/json-value.js'
import { enumerateOperations } from '../../../src/engine/openapi/operations.js'
import { selectOperations, type Selection } from '../../../src/engine/select/select-operations.js'
import { parseCliArgs } from '../../../src/cli/args.js'

const ok = { responses: { '200': { description: 'ok' } } }
const doc = {
  openapi: '3.0.3',
  info: { title: 'audiences', version: '1' },
  paths: {
    '/public': { get: { operationId: 'pub', 'x-public': true, ...ok } },
    '/hidden': { get: { operationId: 'hid', 'x-public': false, ...ok } },
    '/plain': { get: { operationId: 'plain', ...ok } },
    '/internal': { get: { operationId: 'int', 'x-internal': true, ...ok } },
    '/internal-off': { get: { operationId: 'intOff', 'x-internal': false, ...ok } },
    '/partner': { get: { operationId: 'partner', 'x-audience': ['partner', 'internal'], ...ok } },
    // The path item's flag applies to its operations, and an operation's own flag wins.
    '/admin': {
      'x-internal': true,
      get: { operationId: 'adminGet', ...ok },
      post: { operationId: 'adminPost', 'x-internal': false, ...ok }
    }
  }
} as JsonObject

const base: Selection = {
  include: [],
  exclude: [],
  filterType: 'glob',
  methods: [],
  tags: [],
  operationIds: [],
  excludeDeprecated: false
}

function ids(selection: Partial<Selection>): string[] {
  return selectOperations(enumerateOperations(doc), { ...base, ...selection }, doc).map(op => op.operationId!)
}

describe('selection by extension flags', () => {
  it('drops operations flagged by exclude-extensions, on the operation or its path item', () => {
    expect(ids({ excludeExtensions: ['x-internal'] })).toEqual([
      'pub',
      'hid',
      'plain',
      'intOff',
      'partner',
      'adminPost'
    ])
  })

  it('matches a value, and any item of an array value', () => {
    expect(ids({ excludeExtensions: ['x-audience=partner'] })).not.toContain('partner')
    expect(ids({ includeExtensions: ['x-audience=partner'], failClosed: true })).toEqual(['partner'])
  })

  it('keeps unflagged operations with include-extensions, and leaves them out when failing closed', () => {
    expect(ids({ includeExtensions: ['x-public=true'] })).toEqual([
      'pub',
      'plain',
      'int',
      'intOff',
      'partner',
      'adminGet',
      'adminPost'
    ])
    expect(ids({ includeExtensions: ['x-public=true'], failClosed: true })).toEqual(['pub'])
  })

  it('gives one public and one internal document from the same spec', () => {
    const publicOps = ids({ includeExtensions: ['x-public=true'], failClosed: true })
    const internalOps = ids({ includeExtensions: ['x-internal'], failClosed: true })
    expect(publicOps).toEqual(['pub'])
    expect(internalOps).toEqual(['int', 'adminGet'])
  })

  it('names the extension options when nothing is left', () => {
    expect(() => ids({ includeExtensions: ['x-beta'], failClosed: true })).toThrow(
      /include-extensions x-beta; fail-closed/
    )
  })
})

describe('flags on path items given by $ref and on custom methods', () => {
  it("reads a path item's flag through its $ref, and for a 3.2 custom method", () => {
    const ok = { responses: { '200': { description: 'ok' } } }
    const doc32 = {
      openapi: '3.2.0',
      info: { title: 't', version: '1' },
      paths: {
        '/shared': { $ref: '#/components/pathItems/Shared' },
        '/links': { 'x-internal': true, additionalOperations: { LINK: { operationId: 'link', ...ok } } },
        '/open': { get: { operationId: 'open', ...ok } }
      },
      components: { pathItems: { Shared: { 'x-internal': true, get: { operationId: 'shared', ...ok } } } }
    } as JsonObject
    const kept = selectOperations(
      enumerateOperations(doc32),
      { ...base, excludeExtensions: ['x-internal'] },
      doc32
    )
    expect(kept.map(op => op.operationId)).toEqual(['open'])
  })
})

describe('the extension options as a request', () => {
  it('refuses a flag that is not an extension, and fail-closed without include-extensions', async () => {
    await expect(createRequest({ spec: 'a.yaml', excludeExtensions: ['internal'] })).rejects.toThrow(
      /exclude-extensions takes extension flags .* got "internal"/
    )
    await expect(createRequest({ spec: 'a.yaml', failClosed: true })).rejects.toThrow(
      /fail-closed .* needs include-extensions/
    )
  })

  it('reads the flags from the CLI', () => {
    const { request } = parseCliArgs([
      '--spec',
      'a.yaml',
      '--include-extensions',
      'x-public=true',
      '--exclude-extensions',
      'x-internal,x-beta',
      '--fail-closed'
    ]) as unknown as { request: Selection }
    expect(request).toMatchObject({
      includeExtensions: ['x-public=true'],
      excludeExtensions: ['x-internal', 'x-beta'],
      failClosed: true
    })
  })
})

describe('a run by audience', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-audience-'))
    writeFileSync(path.join(dir, 'api.json'), JSON.stringify(doc))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('writes only the public operations, every one passing', async () => {
    const request = await createRequest({
      spec: path.join(dir, 'api.json'),
      outputDir: path.join(dir, 'out'),
      includeExtensions: ['x-public=true'],
      failClosed: true
    })
    const result = await runBatch(request)
    expect(result.passed).toBe(true)
    expect(readdirSync(path.join(dir, 'out')).filter(name => name.endsWith('.yaml'))).toEqual([
      'public_GET.yaml'
    ])
  })

  it('warns when an included flag matches no operation, naming the values operations carry', async () => {
    const request = await createRequest({
      spec: path.join(dir, 'api.json'),
      outputDir: path.join(dir, 'typo'),
      includeExtensions: ['x-public=yes', 'x-beta']
    })
    const result = await runBatch(request)
    expect(
      result.notes.filter(note => note.code === 'EXTENSION_FLAG_UNMATCHED').map(note => note.message)
    ).toEqual([
      'include-extensions x-public=yes matches no operation: 2 carry x-public, with true, false; they are left out.',
      'include-extensions x-beta matches no operation: none carries x-beta.'
    ])
  })
})
