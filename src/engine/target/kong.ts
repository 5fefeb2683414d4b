/** Kong Gateway, through decK's `deck file openapi2kong`. */
import { isObject } from '../json-value.js'
import type { TargetProfile } from './target-rule.js'
import { slugify } from './target-rule.js'

const OPENAPI2KONG = 'https://developer.konghq.com/deck/file/openapi2kong'
const LIBRARY = 'https://github.com/Kong/openapi2kong'
const APIOPS = 'https://pkg.go.dev/github.com/kong/go-apiops/openapi2kong'

/** A server URL's scheme and path: what a Kong service cannot have several of. */
function schemeAndPath(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*:)?(\/\/[^/]*)?(.*)$/i.exec(url)
  return `${(match?.[1] ?? '').toLowerCase()}${match?.[3] || '/'}`
}

export const KONG: TargetProfile = {
  name: 'kong',
  title: 'Kong (deck file openapi2kong)',
  reads: ['3.0', '3.1'],
  namesServices: true,
  naming: { ruleId: 'kong-route-name-collision', normalize: slugify },
  rules: [
    {
      id: 'kong-route-name-collision',
      verdict: 'FAIL',
      checks: 'operationIds of one service, slugified as route names.',
      limit: 'one route per operationId, named after it; route names are unique',
      fix: 'Renames the later operationIds of a clash deterministically (suffix `_2`, `_3`…).',
      source: OPENAPI2KONG
    },
    {
      id: 'kong-servers',
      verdict: 'FAIL',
      checks: 'Root servers that differ in more than host and port.',
      limit: 'servers of one service differ only by hostname and port',
      source: LIBRARY,
      check: ({ slice }) => {
        const urls = Array.isArray(slice.servers)
          ? slice.servers.filter(isObject).map(server => String(server.url ?? ''))
          : []
        const kinds = new Set(urls.map(schemeAndPath))
        return kinds.size > 1
          ? [{ message: `the servers ${urls.join(', ')} differ in scheme or path`, pointer: '/servers' }]
          : []
      }
    },
    {
      id: 'kong-service-name',
      verdict: 'warning',
      checks:
        'x-kong-name at the root; without it the service is named after info.title, which every slice of one monolith shares.',
      limit: 'the service is named from x-kong-name, else info.title',
      fix: 'Adds x-kong-name and x-kong-tags naming the slice’s service.',
      source: APIOPS,
      check: ({ slice }) =>
        slice['x-kong-name'] === undefined
          ? [{ message: 'the slice has no x-kong-name, so its Kong service is named after info.title' }]
          : []
    }
  ]
}
