/**
 * Property: names that are also properties of Object or Map (`__proto__`, `constructor`, `toString`,
 * `size`, …) are data in every position. Each comes out exactly as it went in, every slice passes, and
 * nothing leaks onto Object.prototype.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { runBatch } from '../../src/engine/index.js'

const NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'size', 'hasOwnProperty', 'valueOf']

/** An object with exactly these own keys, `__proto__` included. */
function obj(...pairs: [string, unknown][]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of pairs)
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
  return out
}

const names = fc.record({
  path: fc.constantFrom(...NAMES),
  pathParam: fc.constantFrom(...NAMES),
  schemas: fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 3, maxLength: 3 }),
  property: fc.constantFrom(...NAMES),
  parameter: fc.constantFrom(...NAMES),
  response: fc.constantFrom(...NAMES),
  header: fc.constantFrom(...NAMES),
  example: fc.constantFrom(...NAMES),
  requestBody: fc.constantFrom(...NAMES),
  scheme: fc.constantFrom(...NAMES),
  tag: fc.constantFrom(...NAMES),
  callback: fc.constantFrom(...NAMES),
  link: fc.constantFrom(...NAMES),
  mapping: fc.constantFrom(...NAMES),
  operationId: fc.constantFrom(...NAMES),
  variable: fc.constantFrom(...NAMES),
  version: fc.constantFrom('3.0.3', '3.1.0'),
  input: fc.constantFrom('json', 'yaml'),
  output: fc.constantFrom('json', 'yaml'),
  outputVersion: fc.constantFrom('auto', '3.0', '3.1')
})
type Names = typeof names extends fc.Arbitrary<infer T> ? T : never

const ref = (...tokens: string[]) => ({ $ref: `#/${tokens.join('/')}` })

function documentOf(n: Names): Record<string, unknown> {
  const [base, child, param] = n.schemas
  const schemas = obj(
    [
      base,
      {
        type: 'object',
        required: ['kind'],
        properties: obj(['kind', { type: 'string' }]),
        discriminator: { propertyName: 'kind', mapping: obj([n.mapping, `#/components/schemas/${child}`]) }
      }
    ],
    [
      child,
      {
        allOf: [ref('components', 'schemas', base)],
        type: 'object',
        required: [n.property],
        properties: obj([n.property, { type: 'string' }])
      }
    ],
    [param, { type: 'string' }]
  )
  const operation = {
    operationId: n.operationId,
    tags: [n.tag],
    security: [obj([n.scheme, []])],
    requestBody: ref('components', 'requestBodies', n.requestBody),
    callbacks: obj([
      n.callback,
      { '{$request.body#/url}': { post: { responses: { '200': { description: 'ok' } } } } }
    ]),
    responses: { '200': ref('components', 'responses', n.response) }
  }
  return {
    openapi: n.version,
    info: { title: 'names', version: '1' },
    servers: [
      { url: `https://example.com/{${n.variable}}`, variables: obj([n.variable, { default: 'v1' }]) }
    ],
    tags: [{ name: n.tag, description: 'a tag' }],
    paths: obj(
      [
        `/${n.path}/{${n.pathParam}}`,
        { parameters: [ref('components', 'parameters', n.parameter)], post: operation }
      ],
      ['/other', { get: { responses: { '204': { description: 'none' } } } }]
    ),
    components: {
      schemas,
      parameters: obj([
        n.parameter,
        { name: n.pathParam, in: 'path', required: true, schema: ref('components', 'schemas', param) }
      ]),
      responses: obj([
        n.response,
        {
          description: 'ok',
          headers: obj([n.header, ref('components', 'headers', n.header)]),
          content: {
            'application/json': {
              schema: ref('components', 'schemas', base),
              examples: obj([n.example, ref('components', 'examples', n.example)])
            }
          },
          links: obj([n.link, { operationId: n.operationId }])
        }
      ]),
      headers: obj([n.header, { schema: { type: 'string' } }]),
      examples: obj([n.example, { value: obj([n.property, 'v'], ['kind', n.mapping]) }]),
      requestBodies: obj([
        n.requestBody,
        { content: { 'application/json': { schema: ref('components', 'schemas', child) } } }
      ]),
      securitySchemes: obj([n.scheme, { type: 'apiKey', in: 'header', name: 'X-Key' }])
    }
  }
}

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

describe('names that are also Object and Map properties', () => {
  it('come out exactly as they went in, in every position', async () => {
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()
    await fc.assert(
      fc.asyncProperty(names, async n => {
        const dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-names-'))
        dirs.push(dir)
        const doc = documentOf(n)
        const spec = path.join(dir, `api.${n.input}`)
        writeFileSync(spec, n.input === 'json' ? JSON.stringify(doc) : stringifyYaml(doc))
        const result = await runBatch(
          {
            spec,
            outputDir: path.join(dir, 'out'),
            format: n.output,
            outputVersion: n.outputVersion,
            index: false
          },
          {}
        )
        expect(result.failures).toEqual([])
        expect(result).toMatchObject({ total: 2, extracted: 2, failed: 0 })
        const file = readdirSync(path.join(dir, 'out')).find(name => name.endsWith(`_POST.${n.output}`))
        expect(file).toBeDefined()
        const text = readFileSync(path.join(dir, 'out', file!), 'utf8')
        const slice = (n.output === 'json' ? JSON.parse(text) : parseYaml(text)) as Record<string, unknown>
        // Own keys, in source order: JSON.stringify sees `__proto__` as the data it is.
        // A version conversion rewrites schemas; the names must still be the source's, in its order.
        if (n.outputVersion === 'auto' || n.version.startsWith(n.outputVersion))
          expect(JSON.stringify(slice.components)).toBe(JSON.stringify(doc.components))
        const components = doc.components as Record<string, Record<string, unknown>>
        const sliced = slice.components as Record<string, Record<string, unknown>>
        for (const section of Object.keys(components))
          expect(Object.keys(sliced[section])).toEqual(Object.keys(components[section]))
        expect(JSON.stringify(slice.servers)).toBe(JSON.stringify(doc.servers))
        expect(JSON.stringify(slice.tags)).toBe(JSON.stringify(doc.tags))
        const paths = doc.paths as Record<string, unknown>
        expect(JSON.stringify(slice.paths)).toBe(
          JSON.stringify(obj([Object.keys(paths)[0], Object.values(paths)[0]]))
        )
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
      }),
      { numRuns: 40 }
    )
  })

  it('a `__proto__` components section is data, and does not leak into other operations', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-names-'))
    dirs.push(dir)
    const spec = path.join(dir, 'api.json')
    writeFileSync(
      spec,
      '{"openapi":"3.0.3","info":{"title":"t","version":"1"},' +
        '"paths":{"/a":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":' +
        '{"schema":{"$ref":"#/components/__proto__/polluted"}}}}}}},' +
        '"/b":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":' +
        '{"schema":{"$ref":"#/components/schemas/A"}}}}}}}},' +
        '"components":{"__proto__":{"polluted":{"type":"string"}},"schemas":{"A":{"type":"string"}}}}'
    )
    const result = await runBatch(
      { spec, outputDir: path.join(dir, 'out'), index: false, minPassRate: 0 },
      {}
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    // `/a` may pass or fail (`__proto__` is no component section), but `/b` is untouched by it.
    expect(result.failures.filter(failure => failure.path === '/b')).toEqual([])
  })
})

describe('names in the config file', () => {
  it('an option named like an Object property is an unknown key, and services may take any name', async () => {
    const { loadConfig } = await import('../../src/engine/config/load-config.js')
    const dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-names-'))
    dirs.push(dir)
    const unknown = path.join(dir, 'unknown.yaml')
    writeFileSync(unknown, 'toString: 1\n')
    await expect(loadConfig(unknown)).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringContaining('unknown key "toString"')
    })
    const services = path.join(dir, 'services.yaml')
    writeFileSync(
      services,
      "services:\n  __proto__: {include: ['/a/**']}\n  constructor: {include: ['/b/**']}\n"
    )
    const loaded = await loadConfig(services)
    expect(loaded?.options.services?.map(service => service.name)).toEqual(['__proto__', 'constructor'])
  })
})

describe('validation sees names as data', () => {
  it('a slice that lacks the `__proto__` security scheme its operation requires fails', async () => {
    const { validateSlice } = await import('../../src/engine/validate/validate-slice.js')
    const { enumerateOperations } = await import('../../src/engine/openapi/operations.js')
    const source = JSON.parse(
      '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"security":[{"__proto__":[]}],' +
        '"responses":{"200":{"description":"ok"}}}}},' +
        '"components":{"securitySchemes":{"__proto__":{"type":"apiKey","in":"header","name":"k"}}}}'
    )
    const slice = { ...source, components: { securitySchemes: {} } }
    const report = validateSlice({
      slice,
      source,
      operations: enumerateOperations(source),
      outputVersion: '3.0'
    })
    expect(report.passed).toBe(false)
    expect(report.failures.map(failure => failure.phase)).toContain('completeness')
  })
})
