/**
 * A failure that only the overlaid slice has is the overlay's: it says so and points at the overlay
 * file, instead of reading as a defect of the slice or of the source.
 */
import path from 'node:path'
import type { PhaseFailure } from '../validate/phases.js'
import type { Overlay } from './overlay-file.js'

export function blameOverlays(
  failures: readonly PhaseFailure[],
  withoutOverlay: readonly PhaseFailure[],
  overlays: readonly Overlay[]
): void {
  const before = new Set(withoutOverlay.map(failure => `${failure.phase}\n${failure.reason}`))
  const names = overlays.map(overlay => path.basename(overlay.file)).join(', ')
  for (const failure of failures) {
    if (failure.cause?.inSource || before.has(`${failure.phase}\n${failure.reason}`)) continue
    failure.reason = `${failure.reason} (after the overlay ${names})`
    failure.cause = {
      key: `${failure.phase}:overlay:${failure.reason}`,
      inSource: false,
      ...(failure.pointer !== undefined ? { pointer: failure.pointer } : {}),
      location: { file: overlays[0].file },
      message: failure.reason
    }
  }
}
