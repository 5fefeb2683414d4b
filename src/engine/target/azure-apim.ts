/** Azure API Management, OpenAPI import. */
import { isObject } from '../json-value.js'
import { pointerText } from '../pointer.js'
import {
  externalRefHits,
  MB,
  pathTemplates,
  recursiveSchemas,
  securitySchemes,
  sizeAtMost,
  sliceOperations
} from './rule-helpers.js'
import { slugify, type RuleHit, type TargetInput, type TargetProfile } from './target-rule.js'

const RESTRICTIONS = 'https://learn.microsoft.com/azure/api-management/api-management-api-import-restrictions'

/** Path parameters and required query parameters: their names must differ, ignoring case. */
function urlParameterClashes({ slice }: TargetInput): RuleHit[] {
  return sliceOperations(slice).flatMap(op => {
    const seen = new Map<string, string>()
    for (const parameter of op.parameters) {
      const inUrl = parameter.in === 'path' || (parameter.in === 'query' && parameter.required === true)
      if (!inUrl || typeof parameter.name !== 'string') continue
      const name = parameter.name.toLowerCase()
      const first = seen.get(name)
      if (first)
        return [
          {
            message: `${op.key} has the ${first} parameter and the ${String(parameter.in)} parameter "${parameter.name}" in its URL template`,
            pointer: op.pointer
          }
        ]
      seen.set(name, `${String(parameter.in)} "${parameter.name}"`)
    }
    return []
  })
}

/** Path parameters that the path template does not hold. */
function undefinedUrlParameters({ slice }: TargetInput): RuleHit[] {
  return sliceOperations(slice).flatMap(op =>
    op.parameters
      .filter(p => p.in === 'path' && typeof p.name === 'string' && !op.path.includes(`{${p.name}}`))
      .map(p => ({
        message: `${op.key} declares the path parameter "${String(p.name)}", which ${op.path} does not hold`,
        pointer: op.pointer
      }))
  )
}

export const AZURE_APIM: TargetProfile = {
  name: 'azure-apim',
  title: 'Azure API Management',
  reads: ['3.0', '3.1'],
  naming: { ruleId: 'azure-operationid-collision', normalize: slugify, maxLength: 76 },
  rules: [
    {
      id: 'azure-size-inline',
      verdict: 'FAIL',
      checks: 'The serialised slice, imported inline.',
      limit: 'at most 4 MB inline; no limit when imported from a URL',
      source: RESTRICTIONS,
      check: sizeAtMost(4 * MB, '4 MB: import it from a URL instead of inline')
    },
    {
      id: 'azure-openapi-version',
      verdict: 'FAIL',
      checks: 'The declared OpenAPI version.',
      limit: 'OpenAPI 2, 3.0.x up to 3.0.3, and 3.1 (import only)',
      source: RESTRICTIONS,
      check: ({ slice }) => {
        const declared = String(slice.openapi ?? '')
        const match = /^3\.0\.(\d+)$/.exec(declared)
        const read = match ? Number(match[1]) <= 3 : /^3\.1\.\d+$/.test(declared)
        return read ? [] : [{ message: `the slice declares openapi ${declared}`, pointer: '/openapi' }]
      }
    },
    {
      id: 'azure-external-ref',
      verdict: 'FAIL',
      checks: '`$ref`s to anything outside the document.',
      limit: '$ref pointers cannot reference external files',
      source: RESTRICTIONS,
      check: ({ slice }) => externalRefHits(slice)
    },
    {
      id: 'azure-url-parameter-names',
      verdict: 'FAIL',
      checks: 'Names of path and required query parameters of one operation, case-insensitively.',
      limit: 'parameter names unique within the whole URL template, ignoring case',
      source: RESTRICTIONS,
      check: urlParameterClashes
    },
    {
      id: 'azure-url-parameter-defined',
      verdict: 'FAIL',
      checks: 'Every path parameter is part of the path template.',
      limit: 'a defined URL parameter must be part of the URL template',
      source: RESTRICTIONS,
      check: undefinedUrlParameters
    },
    {
      id: 'azure-url-length',
      verdict: 'FAIL',
      checks: 'The length of each path template.',
      limit: 'an API URL of fewer than 128 characters',
      source: RESTRICTIONS,
      check: ({ slice }) =>
        pathTemplates(slice)
          .filter(path => path.length >= 128)
          .map(path => ({
            message: `${path} is ${path.length} characters long`,
            pointer: pointerText(['paths', path])
          }))
    },
    {
      id: 'azure-recursion',
      verdict: 'warning',
      checks: 'Schemas that reach themselves through `$ref`s.',
      limit: 'recursively defined schemas are not supported',
      source: RESTRICTIONS,
      check: ({ slice }) =>
        recursiveSchemas(slice).map(name => ({
          message: `the schema "${name}" refers to itself`,
          pointer: pointerText(['components', 'schemas', name])
        }))
    },
    {
      id: 'azure-operation-servers',
      verdict: 'warning',
      checks: '`servers` on an operation.',
      limit: 'Server objects are not supported at the operation level',
      source: RESTRICTIONS,
      check: ({ slice }) =>
        sliceOperations(slice)
          .filter(op => op.operation.servers !== undefined)
          .map(op => ({
            message: `${op.key} has its own servers, which are ignored`,
            pointer: `${op.pointer}/servers`
          }))
    },
    {
      id: 'azure-cookie-parameter',
      verdict: 'warning',
      checks: 'Parameters in cookies.',
      limit: 'parameters defined in cookies are not supported',
      source: RESTRICTIONS,
      check: ({ slice }) =>
        sliceOperations(slice).flatMap(op =>
          op.parameters
            .filter(p => p.in === 'cookie')
            .map(p => ({
              message: `${op.key} has the cookie parameter "${String(p.name)}", which is ignored`,
              pointer: op.pointer
            }))
        )
    },
    {
      id: 'azure-security-ignored',
      verdict: 'warning',
      checks: 'Security schemes, which the import ignores.',
      limit: 'security definitions are ignored',
      source: RESTRICTIONS,
      check: ({ slice }) => {
        const names = securitySchemes(slice).map(([name]) => name)
        return names.length > 0 && isObject(slice.components)
          ? [
              {
                message: `the security schemes ${names.join(', ')} are not imported; configure them as policies`,
                pointer: '/components/securitySchemes'
              }
            ]
          : []
      }
    },
    {
      id: 'azure-operationid-collision',
      verdict: 'warning',
      checks:
        'operationIds of one service, normalised (lowercase, other characters as `-`, cut to 76 characters).',
      limit: 'operation names normalised and cut to 76 characters; a clash gets a -1…-999 suffix',
      fix: 'Renames the later operationIds of a clash deterministically (suffix `_2`, `_3`…, cut to fit).',
      source: RESTRICTIONS
    }
  ]
}
