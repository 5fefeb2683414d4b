/** Conversion notes as each slice is told of them. */
import type { Finding } from '../findings.js'

/** A component's own pointer, at the start of a pointer inside it. */
const COMPONENT = /^\/components\/[^/]+\/[^/]+/

/**
 * The notes of one kind inside one component, as one note at the component's pointer that says each
 * change and where: a large description converts thousands of schemas, and each slice is told of the
 * components it carries. Other notes, and a kind's only note in a component, stay as they are.
 */
export function byComponent(notes: readonly Finding[]): Finding[] {
  const groups = new Map<string, { component: string; notes: Finding[] }>()
  const order: (Finding | { component: string; notes: Finding[] })[] = []
  for (const note of notes) {
    const component = note.pointer ? COMPONENT.exec(note.pointer)?.[0] : undefined
    if (component === undefined) {
      order.push(note)
      continue
    }
    const key = `${note.code} ${component}`
    const group = groups.get(key)
    if (group) group.notes.push(note)
    else {
      const created = { component, notes: [note] }
      groups.set(key, created)
      order.push(created)
    }
  }
  return order.map(entry => {
    if (!('component' in entry)) return entry
    const [first, ...rest] = entry.notes
    if (rest.length === 0) return first
    return {
      code: first.code,
      severity: entry.notes.some(note => note.severity === 'warning') ? 'warning' : first.severity,
      pointer: entry.component,
      message: `${entry.notes.length} changes in ${entry.component}: ${entry.notes.map(note => note.message).join(' ')}`
    }
  })
}

/** Where slices look for their notes: in paths and webhooks, and inside one component. */
const IN_A_SLICE = /^\/(paths|webhooks)\/|^\/components\/[^/]+\/[^/]/

/**
 * The conversion notes no slice reports, so the run does: an operation or webhook that gets no slice,
 * and what changed at the document's root (tags, servers, `$self`, `info`, a components section).
 */
export function runLevelNotes(notes: readonly Finding[]): Finding[] {
  return notes.filter(
    note =>
      note.code === 'CONVERT_OPERATION_LEFT_OUT' ||
      note.code === 'CONVERT_WEBHOOK_DROPPED' ||
      !IN_A_SLICE.test(note.pointer ?? '')
  )
}
