/** A run reports each cause of failure once, at the defect's own line, with the operations it fails. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { causeHeadline, failureCauses, runBatch } from '../../../src/engine/index.js'

/** Three operations share Problem, whose `detail` ref (line 26) resolves nowhere; /pets maps to an absent Cat (line 34). */
const SPEC = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
  /b:
    get:
      responses:
        '400': {description: bad, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
  /c:
    get:
      responses:
        default: {description: bad, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
  /pets:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
  /ok:
    get:
      responses: {'204': {description: none}}
components:
  schemas:
    Problem:
      type: object
      properties:
        detail:
          $ref: '#/components/schemas/Detail'
    Pet:
      type: object
      properties: {kind: {type: string}}
      discriminator:
        propertyName: kind
        mapping:
          cat: '#/components/schemas/Cat'
`

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-causes-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function run() {
  const spec = path.join(dir, 'api.yaml')
  writeFileSync(spec, SPEC)
  const outputDir = path.join(dir, 'out')
  const result = await runBatch({ spec, outputDir, minPassRate: 0 }, {}, {})
  return { spec, result }
}

const lineOf = (text: string) => SPEC.split('\n').findIndex(line => line.includes(text)) + 1

describe('failureCauses', () => {
  it('gives one cause for a broken shared schema, with its three operations, at the broken line', async () => {
    const { spec, result } = await run()
    expect(result.failed).toBe(4)
    const causes = failureCauses(result.failures)
    expect(causes).toHaveLength(2)
    const [shared, mapping] = causes
    expect(shared.operations.map(op => `${op.method} ${op.path}`)).toEqual(['GET /a', 'GET /b', 'GET /c'])
    expect(shared).toMatchObject({
      phase: 'references',
      inSource: true,
      pointer: '/components/schemas/Problem/properties/detail/$ref',
      location: { file: spec, line: lineOf("$ref: '#/components/schemas/Detail'") }
    })
    expect(causeHeadline(shared)).toBe(
      `\`#/components/schemas/Problem/properties/detail/$ref\` at \`api.yaml:${lineOf("$ref: '#/components/schemas/Detail'")}\`: [references] the source document's reference #/components/schemas/Detail at /components/schemas/Problem/properties/detail resolves nowhere: the source document has no #/components/schemas/Detail; 3 operations affected`
    )
    expect(mapping.operations.map(op => `${op.method} ${op.path}`)).toEqual(['GET /pets'])
    expect(mapping).toMatchObject({
      phase: 'completeness',
      inSource: true,
      location: { file: spec, line: lineOf("cat: '#/components/schemas/Cat'") }
    })
    expect(mapping.reason).toContain('which the source document does not contain')
  })

  it('names the defect by its place in the file that holds it, when the locator gives one', () => {
    const cause = {
      key: 'references:/components/schemas/errors_Problem',
      inSource: true,
      pointer: '/components/schemas/errors_Problem',
      location: { file: '/api/errors.yaml', line: 12, column: 3, pointer: '/Problem' },
      message: 'the source document is wrong'
    }
    const failed = (p: string) => ({
      path: p,
      method: 'GET',
      phase: 'references' as const,
      reason: cause.message,
      fileName: `${p.slice(1)}_GET.yaml`,
      cause
    })
    const [group] = failureCauses([failed('/a'), failed('/b')])
    expect(causeHeadline(group)).toBe(
      '`#/Problem` at `errors.yaml:12`: [references] the source document is wrong; 2 operations affected'
    )
  })
})
