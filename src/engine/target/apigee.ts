/** Apigee: the OpenAPI spec store and proxy generation from a spec. */
import { MB, sizeAtMost } from './rule-helpers.js'
import type { TargetProfile } from './target-rule.js'

const MANAGE_SPECS = 'https://docs.apigee.com/api-platform/publish/specs/manage-specs'
const SPEC_EDITOR = 'https://docs.apigee.com/api-platform/publish/specs/spec-editor'

export const APIGEE: TargetProfile = {
  name: 'apigee',
  title: 'Apigee',
  reads: ['3.0'],
  rules: [
    {
      id: 'apigee-spec-size',
      verdict: 'FAIL',
      checks: 'The serialised slice.',
      limit: 'at most 4 MB per OpenAPI Specification',
      source: MANAGE_SPECS,
      check: sizeAtMost(4 * MB, 'the 4 MB Apigee supports')
    },
    {
      id: 'apigee-spec-size-large',
      verdict: 'warning',
      checks: 'The serialised slice, above the size Apigee asks to test on low-end clients.',
      limit: 'specifications over 1 MB should be tested on lower-end clients',
      source: MANAGE_SPECS,
      check: input => (input.bytes() <= 4 * MB ? sizeAtMost(MB, '1 MB')(input) : [])
    },
    {
      id: 'apigee-openapi-version',
      verdict: 'warning',
      checks: 'The declared OpenAPI version, against the 3.0 the spec editor and SmartDocs support.',
      limit: 'OpenAPI Specification 3.0',
      fix: 'Converts the slice to OpenAPI 3.0 (output-version auto only).',
      source: SPEC_EDITOR,
      check: ({ slice }) =>
        String(slice.openapi ?? '').startsWith('3.0.')
          ? []
          : [{ message: `the slice declares openapi ${String(slice.openapi)}`, pointer: '/openapi' }]
    }
  ]
}
