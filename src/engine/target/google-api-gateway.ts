/** Google Cloud API Gateway (the Extensible Service Proxy behind Cloud Endpoints). */
import { isObject } from '../json-value.js'
import { effectiveSecurity } from '../openapi/operations.js'
import { pointerText } from '../pointer.js'
import {
  externalRefHits,
  isWholeSegmentTemplate,
  pathTemplates,
  securitySchemes,
  segmentHits,
  sliceOperations
} from './rule-helpers.js'
import type { RuleHit, TargetInput, TargetProfile } from './target-rule.js'

const LIMITATIONS = 'https://cloud.google.com/api-gateway/docs/openapi-limitations'
const V3_LIMITATIONS = 'https://cloud.google.com/api-gateway/docs/openapi-v3-limitations'
const KNOWN_ISSUES = 'https://cloud.google.com/endpoints/docs/openapi/known-issues'

/** Security requirements in force, per operation. */
function requirements({
  slice
}: TargetInput): { key: string; pointer: string; list: Record<string, unknown>[] }[] {
  return sliceOperations(slice).map(op => ({
    key: op.key,
    pointer: op.pointer,
    list: (effectiveSecurity(slice, op.operation) ?? []).filter(isObject)
  }))
}

function undefinedSchemes(input: TargetInput): RuleHit[] {
  const defined = new Set(securitySchemes(input.slice).map(([name]) => name))
  return requirements(input).flatMap(({ key, pointer, list }) => {
    const missing = [...new Set(list.flatMap(r => Object.keys(r)))].filter(name => !defined.has(name))
    return missing.length > 0
      ? [{ message: `${key} requires ${missing.join(', ')}, which no security scheme defines`, pointer }]
      : []
  })
}

function apiKeyAlternatives(input: TargetInput): RuleHit[] {
  const apiKeys = new Set(
    securitySchemes(input.slice)
      .filter(([, s]) => s.type === 'apiKey')
      .map(([n]) => n)
  )
  return requirements(input).flatMap(({ key, pointer, list }) =>
    list.length > 1 && list.some(r => Object.keys(r).some(name => apiKeys.has(name)))
      ? [
          {
            message: `${key} accepts an API key or another requirement, which is not enforced as written`,
            pointer
          }
        ]
      : []
  )
}

function scopes(input: TargetInput): RuleHit[] {
  return requirements(input).flatMap(({ key, pointer, list }) =>
    list.some(r => Object.values(r).some(v => Array.isArray(v) && v.length > 0))
      ? [{ message: `${key} requires scopes, which are neither checked nor enforced`, pointer }]
      : []
  )
}

export const GOOGLE_API_GATEWAY: TargetProfile = {
  name: 'google-api-gateway',
  title: 'Google API Gateway',
  reads: ['3.0', '3.1'],
  rules: [
    {
      id: 'google-path-template',
      verdict: 'FAIL',
      checks: 'Path template parameters stand for whole segments.',
      limit: 'parameters for entire path segments only; partial segments are rejected',
      source: LIMITATIONS,
      check: ({ slice }) =>
        segmentHits(slice, isWholeSegmentTemplate, 'hold a parameter in part of a segment')
    },
    {
      id: 'google-trailing-slash',
      verdict: 'FAIL',
      checks: 'Path templates that end with a slash.',
      limit: 'paths with trailing slashes are rejected',
      source: KNOWN_ISSUES,
      check: ({ slice }) =>
        pathTemplates(slice)
          .filter(path => path.length > 1 && path.endsWith('/'))
          .map(path => ({ message: `${path} ends with a slash`, pointer: pointerText(['paths', path]) }))
    },
    {
      id: 'google-external-ref',
      verdict: 'FAIL',
      checks: '`$ref`s to types outside the document.',
      limit: 'references to types outside the document are rejected',
      source: LIMITATIONS,
      check: ({ slice }) => externalRefHits(slice)
    },
    {
      id: 'google-endpoint-server',
      verdict: 'FAIL',
      checks: 'Servers carrying the x-google-endpoint extension.',
      limit: 'at most one server with x-google-endpoint',
      source: V3_LIMITATIONS,
      check: ({ slice }) => {
        const servers = Array.isArray(slice.servers) ? slice.servers.filter(isObject) : []
        const marked = servers.filter(server => server['x-google-endpoint'] !== undefined).length
        return marked > 1
          ? [{ message: `${marked} servers carry x-google-endpoint`, pointer: '/servers' }]
          : []
      }
    },
    {
      id: 'google-security-defined',
      verdict: 'FAIL',
      checks: 'Every security requirement names a defined security scheme.',
      limit: 'a security requirement without a matching definition is rejected',
      source: LIMITATIONS,
      check: undefinedSchemes
    },
    {
      id: 'google-api-key-alternative',
      verdict: 'warning',
      checks: 'Alternative (OR) security requirements when one of them is an API key.',
      limit: 'no alternative security requirements with an API key; AND is supported',
      source: LIMITATIONS,
      check: apiKeyAlternatives
    },
    {
      id: 'google-scopes-ignored',
      verdict: 'warning',
      checks: 'Scopes in security requirements.',
      limit: 'scopes are accepted but neither checked nor enforced',
      source: LIMITATIONS,
      check: scopes
    }
  ]
}
