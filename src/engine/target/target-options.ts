/** The option-table rows of target profiles: the gateway to check slices against, and target-fix. */
import type { OptionRow } from '../options/option-row.js'
import { TARGETS } from './target-rule.js'

export const TARGET_OPTIONS: readonly OptionRow[] = [
  {
    name: 'target',
    field: 'target',
    kind: 'enum',
    values: ['none', ...TARGETS],
    default: 'none',
    applies: ['action', 'cli', 'config'],
    help: ["check slices against this API gateway's import rules (docs/targets.md)"]
  },
  {
    name: 'target-fix',
    field: 'targetFix',
    kind: 'boolean',
    default: false,
    applies: ['action', 'cli', 'config'],
    help: ['apply the changes that keep meaning for the target gateway']
  }
]
