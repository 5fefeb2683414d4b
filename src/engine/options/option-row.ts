/** One row of the option table: what an option is called, what it sets, and where it applies. */

export type OptionKind =
  | 'string'
  | 'path'
  | 'enum'
  | 'list'
  | 'boolean'
  | 'number'
  | 'shard'
  /** Config only: a mapping of rule ids to levels. */
  | 'rule-levels'
  /** Config only: a list of fingerprints, or of {fingerprint, reason}. */
  | 'accepted-changes'
export type OptionSurface = 'action' | 'cli' | 'config'

export interface OptionRow {
  /** Kebab-case: the action input, the CLI flag and the config key. */
  name: string
  /** The request field it sets; absent for options an adapter reads itself (artifact, help…). */
  field?: string
  kind: OptionKind
  /** The allowed values of an enum. */
  values?: readonly string[]
  default?: string | number | boolean
  /** The --help line: `{default}` stands for the default; later lines continue the first. */
  help: readonly string[]
  /** The placeholder in --help (FILE, N…); an enum shows its values. */
  arg?: string
  applies: readonly OptionSurface[]
  /** CLI flags that mean the same. */
  aliases?: readonly string[]
  short?: string
  /** A boolean that defaults to true is turned off on the CLI by --no-NAME. */
  negated?: boolean
}
