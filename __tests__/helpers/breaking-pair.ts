/**
 * A base and a head of one small API, with a service map: the head removes an operation of `users`
 * (breaking) and only adds one to `orders` (compatible).
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'

const ok = '      responses:\n        "200":\n          description: ok\n'

export const BASE_SPEC = `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /users:
    get:
${ok}  /users/{id}:
    delete:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
${ok}  /orders:
    get:
${ok}`

export const HEAD_SPEC = `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /users:
    get:
${ok}  /orders:
    get:
${ok}    post:
${ok}`

export const SERVICE_MAP = `services:
  users: {include: ["/users/**"]}
  orders: {include: ["/orders/**"]}
`

/** Writes base.yaml, head.yaml and slice-oas.config.yaml (the service map, plus `extra` config lines). */
export function writeBreakingPair(dir: string, extra = ''): { base: string; head: string; config: string } {
  const files = {
    base: path.join(dir, 'base.yaml'),
    head: path.join(dir, 'head.yaml'),
    config: path.join(dir, 'slice-oas.config.yaml')
  }
  writeFileSync(files.base, BASE_SPEC)
  writeFileSync(files.head, HEAD_SPEC)
  writeFileSync(files.config, SERVICE_MAP + extra)
  return files
}
