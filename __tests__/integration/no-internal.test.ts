/**
 * Property: whatever a document holds, a problem in it is the document's, never an internal error.
 * Random nodes of real documents are replaced by odd values and odd refs; every run must end with a
 * result (failures as data) or a typed error, and no failure reason may be a JavaScript error's text.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { parse as parseYaml } from 'yaml'
import { describeError, isSliceOasError, runBatch } from '../../src/engine/index.js'

const require = createRequire(import.meta.url)
const examples = path.dirname(require.resolve('@readme/oas-examples/package.json'))
const BASES = {
  'petstore-3.0': path.join(examples, '3.0/yaml/petstore.yaml'),
  'train-travel-3.1': path.join(examples, '3.1/yaml/train-travel.yaml'),
  'webhooks-3.1': path.join(examples, '3.1/yaml/webhooks.yaml')
}
const docs = Object.fromEntries(
  Object.entries(BASES).map(([name, file]) => [name, parseYaml(readFileSync(file, 'utf8')) as unknown])
)

/** Every place in the tree: its parent and key, in a fixed order. */
function places(root: unknown): [Record<string, unknown> | unknown[], string | number][] {
  const found: [Record<string, unknown> | unknown[], string | number][] = []
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((child, i) => (found.push([node, i]), visit(child)))
    else if (typeof node === 'object' && node !== null)
      for (const key of Object.keys(node)) {
        found.push([node as Record<string, unknown>, key])
        visit((node as Record<string, unknown>)[key])
      }
  }
  visit(root)
  return found
}

const oddRef = fc.constantFrom(
  '#',
  '#/',
  '#/components',
  '#/components/schemas',
  '#/nope/nope',
  '#/paths',
  '#/paths/~1pets/get',
  '#/info',
  'missing.yaml',
  'missing.yaml#/a',
  './',
  'https://example.com/x.json',
  '%zz',
  '#/components/schemas/%ZZ',
  '#/components/schemas/Pet/properties/~2'
)
const oddValue = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, '', 'x', '__proto__', [], {}, [null], { '': '' }),
  oddRef.map(ref => ({ $ref: ref })),
  oddRef.map(ref => ({ $ref: ref, description: 'beside' })),
  fc.constant({ $ref: 42 }),
  fc.constant({ type: ['string', 'null'], nullable: true }),
  fc.constant({ discriminator: { propertyName: 'k', mapping: { a: 'Nope', b: '#/nope' } } }),
  fc.constant({ allOf: [{ $ref: '#' }] })
)

const mutations = fc.record({
  base: fc.constantFrom(...Object.keys(BASES)),
  edits: fc.array(fc.record({ at: fc.nat(), value: oddValue }), { minLength: 1, maxLength: 3 }),
  outputVersion: fc.constantFrom('auto', '3.0', '3.1')
})

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

describe('problems in a document are never internal errors', () => {
  it('random odd values and refs in real documents', async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async ({ base, edits, outputVersion }) => {
        const doc = structuredClone(docs[base])
        for (const edit of edits) {
          const all = places(doc)
          const [parent, key] = all[edit.at % all.length]
          ;(parent as Record<string | number, unknown>)[key] = structuredClone(edit.value)
        }
        const dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-odd-'))
        dirs.push(dir)
        const spec = path.join(dir, 'api.json')
        writeFileSync(spec, JSON.stringify(doc))
        const outcome = await runBatch(
          { spec, outputDir: path.join(dir, 'out'), minPassRate: 0, outputVersion, concurrency: 1 },
          {}
        ).then(
          result => ({ result }),
          (error: unknown) => ({ error })
        )
        if ('error' in outcome) {
          expect(describeError(outcome.error)).not.toMatch(/^INTERNAL/)
          expect(isSliceOasError(outcome.error)).toBe(true)
          return
        }
        for (const failure of outcome.result.failures) {
          expect(failure.reason).not.toMatch(
            /TypeError|ReferenceError|RangeError|is not a function|Cannot read prop|Cannot set prop|undefined \(reading/
          )
        }
      }),
      { numRuns: 150 }
    )
  })
})

const texts = Object.fromEntries(
  Object.entries(BASES).map(([name, file]) => [name, readFileSync(file, 'utf8')])
)
const textEdits = fc.record({
  base: fc.constantFrom(...Object.keys(BASES)),
  edits: fc.array(
    fc.record({
      at: fc.nat(),
      cut: fc.integer({ min: 0, max: 8 }),
      insert: fc.constantFrom(
        '',
        ':',
        '- ',
        '  ',
        '\n',
        '{',
        ']',
        '&a ',
        '*a',
        '<<: *a\n',
        '!!binary ',
        '"',
        "'",
        '#',
        '\t',
        '$ref: "#"\n',
        '\u0000',
        '\uFFFE'
      )
    }),
    { minLength: 1, maxLength: 4 }
  ),
  json: fc.boolean()
})

describe('broken text is a parse error with a place, never an internal error', () => {
  it('random cuts and insertions in real YAML and JSON documents', async () => {
    await fc.assert(
      fc.asyncProperty(textEdits, async ({ base, edits, json }) => {
        let text = json ? JSON.stringify(docs[base], null, 1) : texts[base]
        for (const edit of edits) {
          const at = edit.at % (text.length + 1)
          text = text.slice(0, at) + edit.insert + text.slice(at + edit.cut)
        }
        const dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-odd-'))
        dirs.push(dir)
        const spec = path.join(dir, json ? 'api.json' : 'api.yaml')
        writeFileSync(spec, text)
        const outcome = await runBatch(
          { spec, outputDir: path.join(dir, 'out'), minPassRate: 0, concurrency: 1 },
          {}
        ).then(
          result => ({ result }),
          (error: unknown) => ({ error })
        )
        if ('error' in outcome) {
          expect(describeError(outcome.error)).not.toMatch(/^INTERNAL/)
          expect(isSliceOasError(outcome.error)).toBe(true)
          return
        }
        for (const failure of outcome.result.failures)
          expect(failure.reason).not.toMatch(
            /TypeError|ReferenceError|RangeError|is not a function|Cannot read prop|Cannot set prop|undefined \(reading/
          )
      }),
      { numRuns: 150 }
    )
  })
})

/** A two-file document: the root's schemas and parameters live in `common.yaml`. */
const root = {
  openapi: '3.0.3',
  info: { title: 'multi', version: '1' },
  paths: {
    '/pets/{id}': {
      parameters: [{ $ref: 'common.yaml#/parameters/Id' }],
      get: {
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: 'common.yaml#/schemas/Pet' } } }
          },
          default: { $ref: 'common.yaml#/responses/Error' }
        }
      }
    },
    '/owners': { get: { responses: { '200': { description: 'ok' } } } }
  }
}
const common = {
  parameters: { Id: { name: 'id', in: 'path', required: true, schema: { type: 'string' } } },
  schemas: {
    Pet: { type: 'object', properties: { owner: { $ref: '#/schemas/Owner' }, tag: { $ref: 'tags.yaml' } } },
    Owner: { type: 'object', properties: { pets: { type: 'array', items: { $ref: '#/schemas/Pet' } } } }
  },
  responses: {
    Error: { description: 'error', content: { 'application/json': { schema: { type: 'object' } } } }
  }
}

describe("multi-file documents: a broken file is the document's problem", () => {
  it('random odd values and refs in a referenced file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(), value: oddValue }), { minLength: 1, maxLength: 3 }),
        async edits => {
          const data = structuredClone(common)
          for (const edit of edits) {
            const all = places(data)
            const [parent, key] = all[edit.at % all.length]
            ;(parent as Record<string | number, unknown>)[key] = structuredClone(edit.value)
          }
          const dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-odd-'))
          dirs.push(dir)
          writeFileSync(path.join(dir, 'common.yaml'), JSON.stringify(data))
          writeFileSync(path.join(dir, 'tags.yaml'), 'type: string\n')
          const spec = path.join(dir, 'api.json')
          writeFileSync(spec, JSON.stringify(root))
          const outcome = await runBatch(
            { spec, outputDir: path.join(dir, 'out'), minPassRate: 0, concurrency: 1 },
            {}
          ).then(
            result => ({ result }),
            (error: unknown) => ({ error })
          )
          if ('error' in outcome) {
            expect(describeError(outcome.error)).not.toMatch(/^INTERNAL/)
            expect(isSliceOasError(outcome.error)).toBe(true)
            return
          }
          expect(outcome.result.failures.filter(failure => failure.path === '/owners')).toEqual([])
          for (const failure of outcome.result.failures)
            expect(failure.reason).not.toMatch(
              /TypeError|ReferenceError|RangeError|is not a function|Cannot read prop|Cannot set prop|undefined \(reading/
            )
        }
      ),
      { numRuns: 150 }
    )
  })
})
