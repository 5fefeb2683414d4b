/** The rule ids the classification can report, which the config's `breaking-rules` may name. */
import { RULES } from './breaking/rules.js'

export const BREAKING_RULE_IDS: readonly string[] = [...RULES.keys()].sort()
