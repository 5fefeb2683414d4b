import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { createRequest, loadConfig, runBatch } from '../../../src/engine/index.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-overlays-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const spec = {
  openapi: '3.0.3',
  info: { title: 'shop', version: '1' },
  paths: {
    '/orders': {
      get: { operationId: 'listOrders', responses: { '200': { description: 'ok' } } },
      post: { operationId: 'addOrder', responses: { '201': { description: 'made' } } }
    },
    '/users': { get: { operationId: 'listUsers', responses: { '200': { description: 'ok' } } } }
  }
}

const gateway = `overlay: 1.0.0
info: {title: orders for the gateway, version: 1.0.0}
actions:
  - target: $.paths.*.*
    update:
      x-amazon-apigateway-integration: {type: http_proxy, httpMethod: ANY, uri: 'https://orders.internal/'}
  - target: $.servers
    update: {url: 'https://api.example.com/orders'}
  - target: $.components.securitySchemes
    update: {}
`

async function run(overlay: string, groupBy: 'service' | 'operation' = 'service', dryRun = false) {
  writeFileSync(path.join(dir, 'api.json'), JSON.stringify(spec))
  writeFileSync(path.join(dir, 'orders.overlay.yaml'), overlay)
  writeFileSync(
    path.join(dir, 'slice-oas.config.yaml'),
    `services:\n  orders: {include: /orders, overlay: orders.overlay.yaml}\n  users: {include: /users}\n`
  )
  const { options } = await loadConfig(path.join(dir, 'slice-oas.config.yaml'))
  const request = await createRequest({
    ...options,
    spec: path.join(dir, 'api.json'),
    outputDir: path.join(dir, 'out'),
    groupBy,
    dryRun
  })
  return runBatch(request)
}

const read = (name: string) => parse(readFileSync(path.join(dir, 'out', name), 'utf8'))

describe("a service's overlay", () => {
  it('shapes the slices of its service only, and every slice still passes', async () => {
    const result = await run(gateway)
    expect(result.passed).toBe(true)
    const orders = read('orders.yaml')
    expect(orders.paths['/orders'].get['x-amazon-apigateway-integration']).toMatchObject({
      type: 'http_proxy'
    })
    expect(orders.paths['/orders'].post['x-amazon-apigateway-integration']).toBeDefined()
    expect(read('users.yaml').paths['/users'].get['x-amazon-apigateway-integration']).toBeUndefined()
    const codes = result.notes.map(note => note.code)
    expect(codes).toContain('OVERLAY_APPLIED')
    // $.servers and $.components.securitySchemes select nothing in these slices.
    const unmatched = result.notes.filter(note => note.code === 'OVERLAY_TARGET_UNMATCHED')
    expect(unmatched.map(note => note.message)).toEqual([
      expect.stringContaining('target `$.servers`'),
      expect.stringContaining('target `$.components.securitySchemes`')
    ])
    expect(unmatched[0].location).toMatchObject({ file: path.join(dir, 'orders.overlay.yaml'), line: 7 })
  })

  it('reports the same overlay findings in a dry run', async () => {
    const result = await run(gateway, 'service', true)
    expect(result.notes.filter(note => note.code.startsWith('OVERLAY_')).map(note => note.code)).toEqual([
      'OVERLAY_APPLIED',
      'OVERLAY_TARGET_UNMATCHED',
      'OVERLAY_TARGET_UNMATCHED'
    ])
  })

  it('counts an action as matched when it selects something in any slice of the service', async () => {
    const overlay = `overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.paths['/orders'].post\n    update: {x-gateway: true}\n`
    const result = await run(overlay, 'operation')
    expect(result.passed).toBe(true)
    expect(result.notes.filter(note => note.code === 'OVERLAY_TARGET_UNMATCHED')).toEqual([])
    expect(read('orders_POST.yaml').paths['/orders'].post['x-gateway']).toBe(true)
    expect(read('orders_GET.yaml').paths['/orders'].get['x-gateway']).toBeUndefined()
  })

  it('fails a slice that its overlay makes invalid, and writes nothing for it', async () => {
    const overlay = `overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.info\n    update: {version: 2}\n`
    const result = await run(overlay)
    expect(result.passed).toBe(false)
    const failed = result.slices.find(slice => slice.label === 'orders')!
    expect(failed.status).toBe('FAIL')
    expect(failed.failures[0]).toMatchObject({
      phase: 'structure',
      reason: expect.stringMatching(/\(after the overlay orders\.overlay\.yaml\)$/),
      cause: { inSource: false, location: { file: path.join(dir, 'orders.overlay.yaml') } }
    })
    expect(result.slices.find(slice => slice.label === 'users')!.status).toBe('PASS')
  })

  it('refuses an overlay file that is not Overlay 1.0 before slicing', async () => {
    await expect(run('overlay: 1.0.0\ninfo: {title: t, version: "1"}\n')).rejects.toMatchObject({
      code: 'OVERLAY_INVALID'
    })
  })
})
