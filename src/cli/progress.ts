/** Progress on the console: a live line on a terminal, a plain line every few percent otherwise. */
import type { BatchStart } from '../engine/index.js'

export interface ProgressOutput {
  write(text: string): void
  isTTY: boolean
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?'
  const seconds = Math.round(ms / 1000)
  return seconds < 60
    ? `${seconds}s`
    : `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`
}

export class ConsoleProgress {
  private startedAt = 0
  private total = 0
  private lastDraw = 0
  private lastPercentStep = -1
  private done = 0
  /** The count last written, and whether a terminal's live line still lacks its newline. */
  private shown = -1
  private lineOpen = false

  constructor(
    private readonly out: ProgressOutput,
    private readonly clock: () => number = () => Date.now(),
    private readonly stepPercent = 5
  ) {}

  start(start: BatchStart): void {
    this.startedAt = this.clock()
    this.total = start.total
    this.out.write(
      `Slicing ${start.total} slice(s) from ${start.operations} operation(s) of ${start.spec.file} (OpenAPI ${start.spec.sourceVersion} → ${start.outputVersion})\n`
    )
  }

  update(done: number): void {
    this.done = done
    const now = this.clock()
    if (this.out.isTTY) {
      if (now - this.lastDraw < 100 && done < this.total) return
      this.lastDraw = now
      this.draw(now)
      return
    }
    const step = Math.floor(this.percent() / this.stepPercent)
    if (step === this.lastPercentStep && done < this.total) return
    this.lastPercentStep = step
    this.draw(now)
  }

  /** Shows the last count, which a stopped run leaves short of the total, and ends the live line. */
  finish(): void {
    if (this.done > 0 && this.shown !== this.done) this.draw(this.clock(), this.done < this.total)
    if (this.lineOpen) this.out.write('\n')
    this.lineOpen = false
  }

  private percent(): number {
    return this.total === 0 ? 100 : Math.floor((this.done / this.total) * 100)
  }

  private draw(now: number, stopped = false): void {
    const { done, total } = this
    const elapsed = now - this.startedAt
    const rate = elapsed > 0 ? (done / elapsed) * 1000 : 0
    const eta = rate > 0 ? ((total - done) / rate) * 1000 : NaN
    const line = `${done}/${total} (${this.percent()}%) · ${rate.toFixed(1)} slices/s · ${stopped ? 'stopped' : `ETA ${formatDuration(eta)}`}`
    this.shown = done
    if (!this.out.isTTY) return this.out.write(line + '\n')
    this.lineOpen = done !== total
    this.out.write(`\r\x1b[2K${line}${this.lineOpen ? '' : '\n'}`)
  }
}
