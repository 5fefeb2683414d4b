/** What slice-oas changed for the gateway, per service: target-fix changes and overlays. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildSummary } from '../../../src/action/summary.js'
import { runBatch } from '../../../src/engine/index.js'
import { context, expectReadable } from './fixtures.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-shaping-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const json = { 'application/json': { schema: { type: 'string', example: 'x' } } }
const op = { responses: { '200': { description: 'ok', content: json } } }
const selection = { exclude: [], methods: [], tags: [], operationIds: [] }

async function run(targetFix: boolean) {
  const spec = path.join(dir, 'api.json')
  const paths = {
    '/orders': { get: op },
    '/users': { get: { responses: { '204': { description: 'none' } } } }
  }
  writeFileSync(spec, JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths }))
  const overlay = path.join(dir, 'orders.yaml')
  writeFileSync(
    overlay,
    "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: $.info, update: {x-a: 1}}]\n"
  )
  return runBatch({
    spec,
    outputDir: path.join(dir, 'out'),
    groupBy: 'service',
    target: 'aws-apigateway',
    targetFix,
    services: [
      { name: 'orders', include: ['/orders'], ...selection, overlay },
      { name: 'users', include: ['/users'], ...selection }
    ]
  })
}

describe('the gateway shaping part', () => {
  it('counts fixes and overlays per service', async () => {
    const summary = buildSummary(await run(true), context)
    expect(summary).toContain('**Shaped for the gateway:** 1 fix in 2 services, 1 overlay applied.')
    expect(summary).toMatch(/\| orders +\| +1 \| yes +\| +0 \|/)
    expect(summary).toMatch(/\| users +\| +0 \| no +\| +0 \|/)
    expect(summary).toContain('1 `example` keyword was dropped: Amazon API Gateway ignores it.')
    expectReadable(summary)
  })

  it('is left out when nothing was shaped', async () => {
    const result = await runBatch({
      spec: await writeSpecWithoutShaping(),
      outputDir: path.join(dir, 'plain')
    })
    expect(buildSummary(result, context)).not.toContain('Shaped for the gateway')
  })
})

async function writeSpecWithoutShaping(): Promise<string> {
  const spec = path.join(dir, 'plain.json')
  writeFileSync(
    spec,
    JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/a': { get: op } } })
  )
  return spec
}
