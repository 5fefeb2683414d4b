/**
 * The options of the breaking-change review: the gate (input, flag, config), and the two controls that
 * only the config file holds, because they are data a review accumulates: per-rule levels and the
 * changes accepted by fingerprint.
 */
import type { OptionRow } from './option-row.js'

export const REVIEW_OPTIONS: readonly OptionRow[] = [
  {
    name: 'fail-on-change',
    field: 'failOnChange',
    kind: 'enum',
    values: ['error', 'warning', 'info', 'none'],
    default: 'none',
    applies: ['action', 'cli', 'config'],
    help: ['fail on changes since the base spec of this level or above (default: {default})']
  },
  {
    name: 'breaking-rules',
    field: 'breakingRules',
    kind: 'rule-levels',
    applies: ['config'],
    help: ['per-rule levels of the base comparison: rule id to error, warning, info or off']
  },
  {
    name: 'accepted-changes',
    field: 'acceptedChanges',
    kind: 'accepted-changes',
    applies: ['config'],
    help: ['changes accepted in review, by fingerprint (with an optional reason)']
  }
]
