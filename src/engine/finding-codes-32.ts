/**
 * The codes of a conversion down from OpenAPI 3.2: part of the one catalogue, which finding-codes.ts
 * spreads them into (the README lists them with the others).
 */
import type { FindingEntry } from './finding-codes.js'

export const CONVERSION_32_CODES = {
  CONVERT_OPERATION_LEFT_OUT: {
    family: 'conversion',
    severity: 'warning',
    meaning: 'A `query` or custom-method operation gets no slice below 3.2; kept as an extension.'
  },
  CONVERT_QUERYSTRING: {
    family: 'conversion',
    severity: 'warning',
    meaning: 'An `in: querystring` parameter moved, resolved, to `x-oai-querystring`.'
  },
  CONVERT_TAG_HIERARCHY: {
    family: 'conversion',
    severity: 'warning',
    meaning: 'A tag’s `parent` (warning), `summary` or `kind` became `x-oai-<field>`.'
  },
  CONVERT_ITEM_SCHEMA: {
    family: 'conversion',
    severity: 'warning',
    meaning: '`itemSchema`, `itemEncoding`, `prefixEncoding` became `x-oai-<field>`.'
  },
  CONVERT_MEDIA_TYPE_INLINED: {
    family: 'conversion',
    severity: 'warning',
    meaning: 'A `$ref` to `components/mediaTypes` was written inline (warning: it could not be).'
  },
  CONVERT_RESPONSE_SUMMARY: {
    family: 'conversion',
    severity: 'info',
    meaning: 'A response’s `summary` went into its description, or a description was added.'
  },
  CONVERT_EXAMPLE_VALUE: {
    family: 'conversion',
    severity: 'warning',
    meaning: '`dataValue` became `value` (info); `serializedValue` became an extension.'
  },
  CONVERT_SECURITY_32: {
    family: 'conversion',
    severity: 'warning',
    meaning: 'A `deviceAuthorization` flow (warning) or another 3.2 security field became `x-oai-<field>`.'
  },
  CONVERT_FIELD_AS_EXTENSION: {
    family: 'conversion',
    severity: 'warning',
    meaning: 'Another 3.2 field became `x-oai-<field>` or 3.1’s form (server `name`, …); `$self` went.'
  }
} as const satisfies Record<string, FindingEntry>
