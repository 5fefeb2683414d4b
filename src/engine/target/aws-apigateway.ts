/** Amazon API Gateway, REST API import. */
import { isObject } from '../json-value.js'
import { pointerText } from '../pointer.js'
import {
  isWholeSegmentTemplate,
  keywordHits,
  MB,
  pathTemplates,
  resourceCount,
  securitySchemes,
  segmentHits,
  sizeAtMost
} from './rule-helpers.js'
import type { TargetProfile } from './target-rule.js'

const NOTES =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html#api-gateway-known-issues-rest-apis'
const IMPORT = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html'
const QUOTAS =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html'
const TEMPLATE_URL =
  'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/cloudformation/aws.sdk.kotlin.services.cloudformation.model/-validate-template-request/-builder/template-url.html'

/** Letters, digits, `-`, `_`, `.`, `,` and `:` in a literal segment; a parameter is a whole segment. */
const SEGMENT = /^[A-Za-z0-9\-_.,:]*$/

export const AWS_APIGATEWAY: TargetProfile = {
  name: 'aws-apigateway',
  title: 'Amazon API Gateway',
  reads: ['3.0'],
  ignoredKeywords: ['example'],
  rules: [
    {
      id: 'aws-openapi-version',
      verdict: 'FAIL',
      checks: 'The slice declares an OpenAPI version the REST API import reads.',
      limit: 'OpenAPI 2.0 or 3.0',
      fix: 'Converts the slice to OpenAPI 3.0 (output-version auto only).',
      source: IMPORT,
      check: ({ slice }) =>
        String(slice.openapi ?? '').startsWith('3.0.')
          ? []
          : [{ message: `the slice declares openapi ${String(slice.openapi)}`, pointer: '/openapi' }]
    },
    {
      id: 'aws-resources-per-api',
      verdict: 'FAIL',
      checks: 'Resources (the root and every distinct path prefix) in one slice.',
      limit: 'at most 300 resources per API, the default quota',
      source: QUOTAS,
      check: ({ slice }) => {
        const count = resourceCount(pathTemplates(slice))
        return count > 300 ? [{ message: `the slice makes ${count} resources`, pointer: '/paths' }] : []
      }
    },
    {
      id: 'aws-template-size',
      verdict: 'warning',
      checks: 'The serialised slice fits a CloudFormation/SAM template given by URL.',
      limit: 'a template of at most 1 MB',
      source: TEMPLATE_URL,
      check: sizeAtMost(MB, '1 MB: as the body of a SAM or CloudFormation template it cannot deploy')
    },
    {
      id: 'aws-path-segment',
      verdict: 'FAIL',
      checks:
        'Path segments hold only letters, digits, `-`, `_`, `.`, `,`, `:` and braces; a path parameter is a whole segment.',
      limit: 'alphanumerics, hyphens, underscores, periods, commas, colons and whole-segment {parameters}',
      source: NOTES,
      check: ({ slice }) =>
        segmentHits(
          slice,
          segment =>
            isWholeSegmentTemplate(segment) && (/^\{[^{}]+\}$/.test(segment) || SEGMENT.test(segment)),
          'cannot be a resource path segment'
        )
    },
    {
      id: 'aws-model-name',
      verdict: 'FAIL',
      checks: 'Schema component names, which become model names.',
      limit: 'model names of alphanumeric characters only',
      source: NOTES,
      check: ({ slice }) => {
        const schemas = isObject(slice.components) ? slice.components.schemas : undefined
        if (!isObject(schemas)) return []
        return Object.keys(schemas)
          .filter(name => !/^[A-Za-z0-9]+$/.test(name))
          .map(name => ({
            message: `the schema "${name}" cannot be a model name`,
            pointer: pointerText(['components', 'schemas', name])
          }))
      }
    },
    {
      id: 'aws-security-scheme-type',
      verdict: 'warning',
      checks:
        'Security schemes of another type than apiKey (OAuth 2 and HTTP auth go through Lambda authorizers).',
      limit: 'securitySchemes of type apiKey',
      source: NOTES,
      check: ({ slice }) =>
        securitySchemes(slice)
          .filter(([, scheme]) => scheme.type !== 'apiKey')
          .map(([name, scheme]) => ({
            message: `the security scheme "${name}" is of type ${String(scheme.type)}, which the import does not configure`,
            pointer: pointerText(['components', 'securitySchemes', name])
          }))
    },
    {
      id: 'aws-unsupported-keyword',
      verdict: 'warning',
      checks:
        'Schema keywords the REST API models do not support: discriminator, oneOf, exclusiveMinimum, readOnly.',
      limit: 'no discriminator, oneOf, exclusiveMinimum or readOnly in models',
      source: NOTES,
      check: ({ slice }) => keywordHits(slice, ['discriminator', 'oneOf', 'exclusiveMinimum', 'readOnly'])
    },
    {
      id: 'aws-example-ignored',
      verdict: 'warning',
      checks: '`example` in schemas, parameters, headers and media types.',
      limit: 'the example keyword is not supported',
      fix: 'Drops every `example` keyword (examples as data elsewhere are kept).',
      source: NOTES,
      check: ({ slice }) => keywordHits(slice, ['example'], ['schema', 'parameter', 'header', 'mediaType'])
    }
  ]
}
