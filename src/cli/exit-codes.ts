/**
 * The CLI's exit codes, as the README documents them. A module of their own: the signal handler needs
 * them before the rest of the CLI has loaded.
 */
export const EXIT = {
  ok: 0,
  belowMinimum: 1,
  usage: 2,
  inputInvalid: 65,
  inputMissing: 66,
  internal: 70,
  partial: 75,
  /** fail-on-change: a change since the base spec at that level or above, not accepted in review. */
  changes: 3
} as const
