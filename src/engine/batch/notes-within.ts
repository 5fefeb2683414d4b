/**
 * The conversion notes that fall inside one slice: those at or below one of its operations, their path
 * item's parameters, or a component it carries. Notes are filed once under every pointer that holds
 * them, so each slice looks up its own places instead of testing every note against each of them.
 */
import type { Finding } from '../findings.js'
import type { OperationInfo } from '../openapi/operations.js'
import { pointerText } from '../pointer.js'

export class NotesByPlace {
  private readonly byPrefix = new Map<string, number[]>()

  constructor(private readonly notes: readonly Finding[]) {
    notes.forEach((note, i) => {
      const pointer = note.pointer
      if (!pointer) return
      // "/a/b" is filed under "/a/b" and "/a".
      for (let end = pointer.length; end > 0; end = pointer.lastIndexOf('/', end - 1)) {
        const prefix = pointer.slice(0, end)
        const filed = this.byPrefix.get(prefix)
        if (filed) filed.push(i)
        else this.byPrefix.set(prefix, [i])
      }
    })
  }

  /** The notes inside a slice, in the order they were made. */
  within(operations: readonly OperationInfo[], units: readonly string[]): Finding[] {
    if (this.byPrefix.size === 0) return []
    const prefixes = [
      ...operations.map(op => pointerText(op.tokens)),
      ...operations.map(op => pointerText([op.tokens[0], op.tokens[1], 'parameters'])),
      ...units.map(unit => unit.slice(1))
    ]
    const found = new Set<number>()
    for (const prefix of prefixes) for (const i of this.byPrefix.get(prefix) ?? []) found.add(i)
    return [...found].sort((a, b) => a - b).map(i => this.notes[i])
  }
}
