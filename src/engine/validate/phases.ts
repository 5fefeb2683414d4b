/** The validation phases, in the order they run and are reported. */
import type { SourceLocation } from '../errors.js'

export const PHASES = [
  'structure',
  'references',
  'completeness',
  'fidelity',
  'minimality',
  'uniqueness',
  'version',
  'target'
] as const
export type PhaseName = (typeof PHASES)[number]

/** What a failure is traced back to. Slices that fail from one defect share its key. */
export interface FailureCause {
  /** Stable across slices and runs: the phase and the defect's pointer (or the reason). */
  key: string
  /** True when the source document has the defect itself: the slice only carries it. */
  inSource: boolean
  /** Where the defect is, as a JSON pointer: in the source document when `inSource`, else in the slice. */
  pointer?: string
  /** The defect's file, line and column in the source; set by the batch, which holds the locator. */
  location?: SourceLocation
  /** A plain sentence naming the defect (the failure's reason). */
  message: string
}

export interface PhaseFailure {
  phase: PhaseName
  /** A plain sentence naming what is wrong. */
  reason: string
  /** Where in the slice, as a JSON pointer, when known. */
  pointer?: string
  cause?: FailureCause
  /** The external ref a `references` failure is about, so the batch can add why it was not bundled. */
  ref?: string
}
