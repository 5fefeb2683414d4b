/** The seven validation phases, in the order they run and are reported. */
export const PHASES = [
  'structure',
  'references',
  'completeness',
  'fidelity',
  'minimality',
  'uniqueness',
  'version'
] as const
export type PhaseName = (typeof PHASES)[number]

export interface PhaseFailure {
  phase: PhaseName
  /** A plain sentence naming what is wrong. */
  reason: string
  /** Where in the slice, as a JSON pointer, when known. */
  pointer?: string
}
