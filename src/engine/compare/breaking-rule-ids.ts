/** The rule ids the classification can report, which the config's `breaking-rules` may name. */
export const BREAKING_RULE_IDS: readonly string[] = ['api-removed-without-deprecation', 'endpoint-added']
