/** `target` and `target-fix` as options: the config file, a service's own target, and the request. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createRequest, loadConfig } from '../../../src/engine/index.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-target-options-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function config(text: string) {
  const file = path.join(dir, 'slice-oas.config.yaml')
  writeFileSync(file, text)
  return loadConfig(file)
}

describe('target options', () => {
  it('reads target, target-fix and each service’s own target from the config', async () => {
    const { options } = await config(
      'target: azure-apim\ntarget-fix: true\nservices:\n  users: {include: [/users], target: kong}\n  pets: {include: [/pets]}\n'
    )
    expect(options).toMatchObject({ target: 'azure-apim', targetFix: true })
    expect(options.services?.map(service => [service.name, service.target])).toEqual([
      ['users', 'kong'],
      ['pets', undefined]
    ])
  })

  it('refuses a service target that is no gateway profile, naming the choices', async () => {
    await expect(config('services:\n  users: {include: [/users], target: nginx}\n')).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message:
        'The service "users": target must be one of none, aws-apigateway, azure-apim, google-api-gateway, apigee, kong.'
    })
  })

  it('defaults to no target and no fix, and refuses an unknown target in the request', async () => {
    expect(await createRequest({ spec: 'a.yaml' })).toMatchObject({ target: 'none', targetFix: false })
    await expect(createRequest({ spec: 'a.yaml', target: 'nginx' as never })).rejects.toMatchObject({
      code: 'REQUEST_INVALID'
    })
  })
})
