/** The target phase's and target-fix's finding codes, spread into the catalogue in finding-codes.ts. */
import type { FindingEntry } from './finding-codes.js'

export const TARGET_CODES = {
  TARGET_IGNORED: {
    family: 'slice',
    severity: 'warning',
    meaning: 'The target gateway would import the slice but ignore something in it (see docs/targets.md).'
  },
  TARGET_FIX_CONVERTED: {
    family: 'slice',
    severity: 'info',
    meaning: 'With target-fix, slices are converted to the OpenAPI version the target gateway reads.'
  },
  TARGET_FIX_KEYWORD_DROPPED: {
    family: 'slice',
    severity: 'info',
    meaning: 'With target-fix, keywords the gateway ignores anyway (`example` for AWS) were dropped.'
  },
  TARGET_FIX_OPERATION_RENAMED: {
    family: 'slice',
    severity: 'info',
    meaning: 'With target-fix, an operationId that would collide once the gateway normalises it was renamed.'
  },
  TARGET_FIX_SERVICE_NAMED: {
    family: 'slice',
    severity: 'info',
    meaning: 'With target-fix, `x-kong-name` and `x-kong-tags` name the slice’s service for Kong.'
  }
} as const satisfies Record<string, FindingEntry>
