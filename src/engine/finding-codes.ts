/**
 * The one catalogue of findings: the problems and decisions that do not stop a run. Every finding's
 * code comes from here, so a misspelt code does not compile, and consumers ask the catalogue what a
 * code is (its family) instead of matching on its spelling. The README lists every code, and a test
 * holds the two equal.
 */
import { CONVERSION_32_CODES } from './finding-codes-32.js'
import { TARGET_CODES } from './finding-codes-target.js'
import type { Severity } from './findings.js'

/** Where in a run a finding comes from. */
export type FindingFamily = 'read' | 'bundle' | 'conversion' | 'services' | 'slice' | 'output' | 'run'

export interface FindingEntry {
  family: FindingFamily
  /** The highest severity the code is raised at; the meaning says when it is raised lower. */
  severity: Severity
  /** One line: what happened, and what slice-oas did about it. */
  meaning: string
}

export const FINDING_CODES = {
  SPEC_NUMBER_PRECISION: {
    family: 'read',
    severity: 'warning',
    meaning: 'A number a double cannot hold exactly is written back with the source’s digits.'
  },
  SPEC_YAML_TAG: {
    family: 'read',
    severity: 'warning',
    meaning: 'A YAML tag slice-oas does not read; the value is kept as written, without the tag.'
  },
  BUNDLE_OPERATION_INLINED: {
    family: 'bundle',
    severity: 'info',
    meaning: 'An operation given by `$ref` was written where it stands.'
  },
  BUNDLE_REF_KEPT_AS_DATA: {
    family: 'bundle',
    severity: 'info',
    meaning: 'A `$ref` inside literal data points at no local document; it is kept as data.'
  },
  BUNDLE_REF_TOO_DEEP: {
    family: 'bundle',
    severity: 'warning',
    meaning: 'Inlining a `$ref` would nest the document too deep; it is left as a reference.'
  },
  BUNDLE_REF_CYCLE: {
    family: 'bundle',
    severity: 'warning',
    meaning: 'A `$ref` includes itself; it is left as a reference.'
  },
  BUNDLE_REF_TO_ROOT: {
    family: 'bundle',
    severity: 'info',
    meaning: 'A `$ref` names no place in its own file; it is kept and points into the root document.'
  },
  BUNDLE_REF_UNRESOLVED: {
    family: 'bundle',
    severity: 'warning',
    meaning: 'A `$ref` could not be bundled; the operations that use it fail.'
  },
  BUNDLE_DEFINITIONS_LEFT_OUT: {
    family: 'bundle',
    severity: 'info',
    meaning:
      'A `definitions` or `$defs` container is not carried; each member a `$ref` names becomes a component.'
  },
  BUNDLE_NAME_SUFFIXED: {
    family: 'bundle',
    severity: 'warning',
    meaning: 'Two different things would share a component name; the second gets a suffix.'
  },
  CONVERT_SWAGGER_2: {
    family: 'conversion',
    severity: 'warning',
    meaning: 'A Swagger 2.0 document was converted to OpenAPI 3.0 (info); the converter warned (warning).'
  },
  CONVERT_PARAMETERIZED_HOST: {
    family: 'conversion',
    severity: 'warning',
    meaning: '`x-ms-parameterized-host` could not be made into a server, or a variable of one.'
  },
  CONVERT_NULL_TYPE: {
    family: 'conversion',
    severity: 'warning',
    meaning: 'A Swagger 2.0 `type: "null"` became `nullable`.'
  },
  CONVERT_NULLABLE_REF: {
    family: 'conversion',
    severity: 'warning',
    meaning: '`x-nullable` beside a `$ref` is kept as `nullable`, which OpenAPI 3.0 ignores there.'
  },
  CONVERT_CONST: {
    family: 'conversion',
    severity: 'info',
    meaning: '`const` became an enum of one value.'
  },
  CONVERT_REF_SIBLINGS: {
    family: 'conversion',
    severity: 'info',
    meaning: 'Fields beside a `$ref` went into an `allOf` (to 3.0), or were kept (to 3.1).'
  },
  CONVERT_KEYWORD_APPLIES: {
    family: 'conversion',
    severity: 'info',
    meaning: 'A 3.0 keyword in a 3.1 schema, meaningless there, applies in 3.0; it is kept as written.'
  },
  CONVERT_LOSSY: {
    family: 'conversion',
    severity: 'warning',
    meaning:
      'Something the target version cannot say was dropped or approximated (info when only an annotation).'
  },
  CONVERT_TYPE_ARRAY: {
    family: 'conversion',
    severity: 'info',
    meaning: 'A type array became one type or an `anyOf`, with `nullable` for `null`.'
  },
  CONVERT_EXCLUSIVE_BOUND: {
    family: 'conversion',
    severity: 'info',
    meaning: 'An exclusive bound changed between its boolean and numeric forms.'
  },
  CONVERT_EXCLUSIVE_WITHOUT_BOUND: {
    family: 'conversion',
    severity: 'warning',
    meaning: 'A boolean exclusive bound with no bound beside it was dropped.'
  },
  CONVERT_DIALECT_KEPT: {
    family: 'conversion',
    severity: 'info',
    meaning: 'Boolean exclusive bounds are kept: the document declares the draft-04 dialect.'
  },
  CONVERT_CONTENT_FORMAT: {
    family: 'conversion',
    severity: 'info',
    meaning: '`format: binary/byte` and `contentMediaType/contentEncoding` were swapped for each other.'
  },
  CONVERT_EXAMPLE: {
    family: 'conversion',
    severity: 'info',
    meaning: '`example` and `examples` were swapped for each other, or a redundant one dropped.'
  },
  CONVERT_EXAMPLE_KEPT: {
    family: 'conversion',
    severity: 'info',
    meaning: 'A schema keeps `example` in 3.1 because a `$ref` points into it.'
  },
  CONVERT_NULLABLE: {
    family: 'conversion',
    severity: 'info',
    meaning: '`nullable` became `null` in the type (or was dropped when false).'
  },
  CONVERT_NULLABLE_WITHOUT_TYPE: {
    family: 'conversion',
    severity: 'info',
    meaning: '`nullable` without a type became an `anyOf` with `{type: null}`.'
  },
  CONVERT_DEFS_HOISTED: {
    family: 'conversion',
    severity: 'info',
    meaning: 'A `$defs` member moved to `components/schemas`.'
  },
  CONVERT_REF_FOLLOWED: {
    family: 'conversion',
    severity: 'info',
    meaning: 'A `$ref` was rewritten to follow what the conversion moved.'
  },
  CONVERT_RESPONSES_ADDED: {
    family: 'conversion',
    severity: 'warning',
    meaning: 'An operation without responses got a default response, which OpenAPI 3.0 requires.'
  },
  CONVERT_PATH_ITEM_INLINED: {
    family: 'conversion',
    severity: 'info',
    meaning: 'A path item from `components/pathItems` was written inline.'
  },
  CONVERT_WEBHOOK_DROPPED: {
    family: 'conversion',
    severity: 'warning',
    meaning: 'A webhook cannot be expressed in OpenAPI 3.0 and was left out.'
  },
  CONVERT_PATHS_ADDED: {
    family: 'conversion',
    severity: 'info',
    meaning: 'A document without paths got an empty `paths`, which OpenAPI 3.0 requires.'
  },
  SERVICE_OVERLAP: {
    family: 'services',
    severity: 'warning',
    meaning: 'An operation is claimed by more than one service.'
  },
  SERVICE_ORPHANS: {
    family: 'services',
    severity: 'warning',
    meaning: 'Some operations belong to no service.'
  },
  OVERLAY_APPLIED: {
    family: 'services',
    severity: 'info',
    meaning: 'A service’s overlay was applied to its slices, which were validated after it.'
  },
  OVERLAY_TARGET_UNMATCHED: {
    family: 'services',
    severity: 'warning',
    meaning: 'An overlay action’s target selects nothing in any slice of its service.'
  },
  DATA_REF_KEPT: {
    family: 'slice',
    severity: 'info',
    meaning:
      'A `$ref` inside example, default, enum or const data points nowhere in the document; it is kept as data.'
  },
  LINK_OPERATION_ID_OUTSIDE: {
    family: 'slice',
    severity: 'info',
    meaning: 'A link names an operationId that is not in the slice; it is kept as written.'
  },
  LINK_OPERATION_REF_KEPT: {
    family: 'slice',
    severity: 'warning',
    meaning:
      'A link’s operationRef could not be made to name an operation of the slice; it is kept as written.'
  },
  LINK_OPERATION_REF_REWRITTEN: {
    family: 'slice',
    severity: 'warning',
    meaning: 'A link’s operationRef pointed outside the slice; it now names the operation by operationId.'
  },
  ROOT_EXTENSION_LEFT_OUT: {
    family: 'slice',
    severity: 'warning',
    meaning: 'A root extension that belongs to no selected operation is left out of the slices.'
  },
  FILE_NAME_COLLISION: {
    family: 'output',
    severity: 'warning',
    meaning: 'Two slices would share a file name; one was written under a name with a short hash.'
  },
  MANIFEST_UNREADABLE: {
    family: 'output',
    severity: 'warning',
    meaning:
      'The manifest could not be read and was rebuilt; the files it listed no longer count as slice-oas’s.'
  },
  WORKER_LOST: {
    family: 'run',
    severity: 'warning',
    meaning: 'A worker thread stopped; its slices were made on the main thread instead.'
  },
  SELF_LEFT_OUT: {
    family: 'slice',
    severity: 'info',
    meaning: 'The spec’s `$self` names the source document; a slice is another document, so it has none.'
  },
  CUSTOM_METHOD_LEFT_OUT: {
    family: 'slice',
    severity: 'warning',
    meaning:
      'An `additionalOperations` entry names a method a fixed field holds (`GET`, `query`); it is left out.'
  },
  ...CONVERSION_32_CODES,
  ...TARGET_CODES,
  REVIEW_NEEDS_BASE_SPEC: {
    family: 'run',
    severity: 'warning',
    meaning: 'The base is an index or artifact, which holds only hashes: no change is classified.'
  },
  EXTENSION_FLAG_UNMATCHED: {
    family: 'run',
    severity: 'warning',
    meaning: 'An `include-extensions` flag matches no operation (a value no operation carries).'
  },
  REVIEW_ACCEPTED_UNUSED: {
    family: 'run',
    severity: 'info',
    meaning: 'An accepted change’s fingerprint matches no change since the base spec; it can be removed.'
  }
} as const satisfies Record<string, FindingEntry>

export type FindingCode = keyof typeof FINDING_CODES

/** A note about a version conversion: what index.csv's `conversion_notes` column holds. */
export function isConversionNote(code: FindingCode): boolean {
  return FINDING_CODES[code].family === 'conversion'
}
