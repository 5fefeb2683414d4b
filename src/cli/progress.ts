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

/** A rate over less time than this says more about the clock than about the run: none is shown. */
export const MIN_RATE_MS = 250

/** Slices per second, or undefined when too little time has passed to tell. */
export function sliceRate(done: number, elapsedMs: number): number | undefined {
  return elapsedMs >= MIN_RATE_MS ? (done / elapsedMs) * 1000 : undefined
}

/** "1 slice", "2 slices". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
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
      `${start.dryRun ? 'Validating' : 'Slicing'} ${plural(start.total, 'slice')} from ${plural(start.operations, 'operation')} of ${start.spec.file} (OpenAPI ${start.spec.sourceVersion} → ${start.outputVersion})\n`
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

  /**
   * Shows the last count, which a stopped run leaves short of the total, with the slices it skipped when
   * told them, and ends the live line.
   */
  finish(end: { skipped?: number } = {}): void {
    const stopped = this.done < this.total
    if (stopped || (this.done > 0 && this.shown !== this.done)) this.draw(this.clock(), stopped, end.skipped)
    if (this.lineOpen) this.out.write('\n')
    this.lineOpen = false
  }

  private percent(): number {
    return this.total === 0 ? 100 : Math.floor((this.done / this.total) * 100)
  }

  private draw(now: number, stopped = false, skipped?: number): void {
    const { done, total } = this
    const rate = sliceRate(done, now - this.startedAt)
    const eta = rate ? ((total - done) / rate) * 1000 : NaN
    const parts = [`${done}/${total} (${this.percent()}%)`]
    if (rate !== undefined) parts.push(`${rate.toFixed(1)} slices/s`)
    if (stopped) parts.push(skipped ? `stopped, ${skipped} skipped` : 'stopped')
    else if (rate !== undefined) parts.push(`ETA ${formatDuration(eta)}`)
    const line = parts.join(' · ')
    this.shown = done
    if (!this.out.isTTY) return this.out.write(line + '\n')
    this.lineOpen = done !== total
    this.out.write(`\r\x1b[2K${line}${this.lineOpen ? '' : '\n'}`)
  }
}
