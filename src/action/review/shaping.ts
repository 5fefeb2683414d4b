/**
 * What slice-oas changed for the gateway, per service: the target-fix changes, the overlays applied and
 * what the gateway would ignore. A team importing one service reads its own row.
 */
import type { BatchResult, Finding } from '../../engine/index.js'
import { count, details, escapeText, prose, table } from './markdown.js'
import { servicesOf } from './services.js'

interface Shaped {
  fixes: Finding[]
  ignored: number
  overlay?: string
}

const isFix = (note: Finding) => note.code.startsWith('TARGET_FIX_')

function byService(result: BatchResult): Map<string, Shaped> {
  const services = new Map<string, Shaped>()
  const row = (name: string) => {
    const found = services.get(name) ?? { fixes: [], ignored: 0 }
    services.set(name, found)
    return found
  }
  for (const slice of result.slices) {
    const names = servicesOf(slice)
    names.forEach(row)
    for (const note of slice.notes) {
      if (isFix(note)) names.forEach(name => row(name).fixes.push(note))
      if (note.code === 'TARGET_IGNORED') names.forEach(name => row(name).ignored++)
    }
  }
  for (const note of result.notes)
    if (note.code === 'OVERLAY_APPLIED' && note.service) row(note.service).overlay = note.message
  return services
}

/** A headline and a collapsed table, or nothing when the run shaped nothing. */
export function shapingParts(result: BatchResult, cap: number): string[] {
  const services = [...byService(result).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  // The version conversion is the run's; every other fix is a slice's, listed under its service.
  const runFixes = result.notes.filter(note => note.code === 'TARGET_FIX_CONVERTED')
  const fixes = services.reduce((sum, [, shaped]) => sum + shaped.fixes.length, 0)
  const overlays = services.filter(([, shaped]) => shaped.overlay).length
  const ignored = services.reduce((sum, [, shaped]) => sum + shaped.ignored, 0)
  if (fixes + overlays + ignored + runFixes.length === 0) return []
  const headline = `**Shaped for the gateway:** ${count(fixes, 'fix', 'fixes')} in ${count(services.length, 'service')}, ${count(overlays, 'overlay')} applied.`
  const rows = services
    .slice(0, cap)
    .map(([name, shaped]) => [
      escapeText(name),
      String(shaped.fixes.length),
      shaped.overlay ? 'yes' : 'no',
      String(shaped.ignored)
    ])
  const lines = [
    table(['Service', 'Fixes', 'Overlay', 'Ignored by the gateway'], rows, ['left', 'right', 'left', 'right'])
  ]
  for (const note of runFixes) lines.push(`- ${prose(note.message)}`)
  for (const [name, shaped] of services.slice(0, cap)) {
    const kinds = new Map<string, number>()
    for (const fix of shaped.fixes) kinds.set(fix.message, (kinds.get(fix.message) ?? 0) + 1)
    if (kinds.size === 0) continue
    lines.push(`**${escapeText(name)}**`)
    for (const [message, n] of [...kinds].slice(0, 10))
      lines.push(`- ${prose(message)}${n > 1 ? ` (${n} slices)` : ''}`)
  }
  return [headline, details(`Fixes per service: ${count(services.length, 'service')}`, lines.join('\n\n'))]
}
