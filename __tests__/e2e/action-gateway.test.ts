/**
 * The built action feeding a gateway: the example sliced per service for Amazon API Gateway, with
 * target-fix and an overlay per service. Every written slice passes every phase, the target phase
 * included, and the summary shows what was changed for the gateway, per service.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { gfmProblems } from '../helpers/gfm-check.js'
import { runAction, startRunnerServices, type RunnerServices } from '../helpers/runner-harness.js'

const SERVICES = [
  'accounts',
  'admin',
  'catalog',
  'health',
  'inventory',
  'notifications',
  'orders',
  'payments',
  'shipping',
  'subscriptions',
  'users'
]
let services: RunnerServices
let workspace: string

const overlay = (service: string) => `overlay: 1.0.0
info: {title: ${service} on API Gateway, version: 1.0.0}
actions:
  - target: $.paths.*['get','put','post','delete','patch']
    update:
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: ANY
        uri: https://${service}.internal.example.com/
`

beforeAll(async () => {
  expect(existsSync('dist/index.js')).toBe(true)
  services = await startRunnerServices()
  workspace = mkdtempSync(path.join(tmpdir(), 'slice-oas-gateway-'))
  copyFileSync(path.resolve('examples/store-platform.yaml'), path.join(workspace, 'openapi.yaml'))
  mkdirSync(path.join(workspace, 'gateway'))
  for (const service of SERVICES)
    writeFileSync(path.join(workspace, 'gateway', `${service}.overlay.yaml`), overlay(service))
  const map = SERVICES.map(
    s => `  ${s}: {include: ['/${s}', '/${s}/**'], overlay: gateway/${s}.overlay.yaml}`
  )
  writeFileSync(
    path.join(workspace, 'slice-oas.config.yaml'),
    [
      'spec: openapi.yaml',
      'group-by: service',
      'target: aws-apigateway',
      'target-fix: true',
      'services:',
      ...map
    ].join('\n') + '\n'
  )
}, 60_000)
afterAll(async () => {
  await services?.close()
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

describe('the built action for a gateway', () => {
  it('writes one document per service that passes the target phase, shaped and overlaid', async () => {
    const run = await runAction(
      { 'output-dir': 'gateway-out', 'upload-artifact': 'false' },
      services.env,
      workspace
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ total: '11', extracted: '11', failed: '0', 'pass-rate': '100' })
    const written = readdirSync(path.join(workspace, 'gateway-out')).filter(name => name.endsWith('.yaml'))
    expect(written.sort()).toEqual(SERVICES.map(s => `${s}.yaml`))
    for (const service of SERVICES) {
      const doc = parse(readFileSync(path.join(workspace, 'gateway-out', `${service}.yaml`), 'utf8'))
      expect(doc.openapi).toMatch(/^3\.0\./)
      const operations = Object.values(doc.paths as Record<string, Record<string, unknown>>).flatMap(item =>
        Object.entries(item).filter(([key]) => ['get', 'put', 'post', 'delete', 'patch'].includes(key))
      )
      expect(operations.length).toBeGreaterThan(0)
      for (const [, operation] of operations)
        expect(operation).toMatchObject({
          'x-amazon-apigateway-integration': { uri: `https://${service}.internal.example.com/` }
        })
      // AWS ignores `example`; target-fix dropped it.
      expect(JSON.stringify(doc)).not.toContain('"example"')
    }
    // The index holds every row as PASS: the target phase ran on each slice and passed.
    const index = readFileSync(path.join(workspace, 'gateway-out', 'index.csv'), 'utf8')
    expect(index).not.toMatch(/,FAIL,/)

    expect(run.summary.split('\n')[0]).toMatch(/^## ✅ slice-oas passed: 11 slices written/)
    expect(run.summary).toMatch(
      /\*\*Shaped for the gateway:\*\* \d+ fix(es)? in 11 services, 11 overlays applied\./
    )
    expect(run.summary).toMatch(/\| orders +\| +[1-9]\d* \| yes +\|/)
    expect(run.summary).toContain('`example`')
    expect(gfmProblems(run.summary)).toEqual([])
  }, 120_000)
})
