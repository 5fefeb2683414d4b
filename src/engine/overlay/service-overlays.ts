/**
 * The service map's overlays for one run: each loaded once, applied to the slices of its service, and
 * followed across the run so an action that selects nothing in any of them is reported.
 */
import path from 'node:path'
import type { Finding } from '../findings.js'
import type { SpecReader } from '../load/spec-reader.js'
import type { OperationInfo } from '../openapi/operations.js'
import type { ServiceDefinition } from '../select/services.js'
import { loadOverlay, type Overlay } from './overlay-file.js'

interface Applied {
  service: string
  overlay: Overlay
  /** Per action: selected something in at least one slice. */
  matched: boolean[]
  slices: number
}

export class ServiceOverlays {
  private constructor(private readonly byService: Map<string, Applied>) {}

  static async load(services: readonly ServiceDefinition[], reader?: SpecReader): Promise<ServiceOverlays> {
    const byService = new Map<string, Applied>()
    for (const service of services) {
      if (!service.overlay) continue
      const overlay = await loadOverlay(service.overlay, reader)
      byService.set(service.name, {
        service: service.name,
        overlay,
        matched: overlay.actions.map(() => false),
        slices: 0
      })
    }
    return new ServiceOverlays(byService)
  }

  get size(): number {
    return this.byService.size
  }

  /** The overlays of a slice's services, in the service map's order. */
  forOperations(
    operations: readonly OperationInfo[],
    servicesOf: (op: OperationInfo) => string[]
  ): Overlay[] {
    if (this.byService.size === 0) return []
    const names = new Set(operations.flatMap(servicesOf))
    return [...this.byService.values()].filter(applied => names.has(applied.service)).map(a => a.overlay)
  }

  /** Records which actions of each applied overlay selected something in one slice. */
  record(overlays: readonly Overlay[], matches: readonly boolean[][]): void {
    overlays.forEach((overlay, i) => {
      const applied = [...this.byService.values()].find(entry => entry.overlay === overlay)
      if (!applied) return
      applied.slices++
      matches[i].forEach((hit, action) => (applied.matched[action] ||= hit))
    })
  }

  findings(): Finding[] {
    const notes: Finding[] = []
    for (const { service, overlay, matched, slices } of this.byService.values()) {
      if (slices === 0) continue
      const file = path.basename(overlay.file)
      notes.push({
        code: 'OVERLAY_APPLIED',
        severity: 'info',
        service,
        location: { file: overlay.file, line: 1 },
        message: `The overlay ${file} (${overlay.actions.length} action${overlay.actions.length === 1 ? '' : 's'}) was applied to the ${slices} slice${slices === 1 ? '' : 's'} of the service ${service}.`
      })
      overlay.actions.forEach((action, i) => {
        if (matched[i]) return
        notes.push({
          code: 'OVERLAY_TARGET_UNMATCHED',
          severity: 'warning',
          service,
          location: { file: overlay.file, ...(action.line ? { line: action.line } : {}) },
          message: `The overlay ${file}'s action ${i} (target \`${action.target}\`) selects nothing in any slice of the service ${service}; it changed nothing.`
        })
      })
    }
    return notes
  }
}
