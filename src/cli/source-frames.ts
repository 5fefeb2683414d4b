/**
 * Code frames for the places a run reports: each file read once, only when a place in it is shown, and
 * nothing shown for a place that cannot be read (a remote document, a file gone since).
 */
import { readFileSync } from 'node:fs'
import { codeFrame, type SourceLocation } from '../engine/index.js'
import type { Paint } from './colour.js'

export class SourceFrames {
  private readonly texts = new Map<string, string | undefined>()

  constructor(
    private readonly paint: Paint,
    private readonly read: (file: string) => string = file => readFileSync(file, 'utf8')
  ) {}

  /** The frame's lines, each led by `indent`; none without a line to show. */
  frame(location: SourceLocation | undefined, indent = '    '): string[] {
    if (location?.line === undefined) return []
    const text = this.text(location.file)
    if (text === undefined) return []
    return codeFrame(text, location.line, location.column).map(line => indent + this.colour(line))
  }

  private text(file: string): string | undefined {
    if (!this.texts.has(file)) {
      let text: string | undefined
      try {
        text = /^[a-z][a-z0-9+.-]*:\/\//i.test(file) ? undefined : this.read(file)
      } catch {
        text = undefined
      }
      this.texts.set(file, text)
    }
    return this.texts.get(file)
  }

  /** The gutter dim, the line at fault bold, the caret red. */
  private colour(line: string): string {
    const bar = line.indexOf(' | ')
    if (bar < 0) return line
    const gutter = line.slice(0, bar + 3)
    const code = line.slice(bar + 3)
    if (/^\s*\^$/.test(code)) return this.paint('dim', gutter) + code.replace('^', this.paint('red', '^'))
    return this.paint(line.startsWith('>') ? 'red' : 'dim', gutter) + code
  }
}
