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
    const now = this.clock()
    const elapsed = now - this.startedAt
    const percent = this.total === 0 ? 100 : Math.floor((done / this.total) * 100)
    const rate = elapsed > 0 ? (done / elapsed) * 1000 : 0
    const eta = rate > 0 ? ((this.total - done) / rate) * 1000 : NaN
    const line = `${done}/${this.total} (${percent}%) · ${rate.toFixed(1)} slices/s · ETA ${formatDuration(eta)}`
    if (this.out.isTTY) {
      if (now - this.lastDraw < 100 && done < this.total) return
      this.lastDraw = now
      this.out.write(`\r\x1b[2K${line}${done === this.total ? '\n' : ''}`)
      return
    }
    const step = Math.floor(percent / this.stepPercent)
    if (step === this.lastPercentStep && done < this.total) return
    this.lastPercentStep = step
    this.out.write(line + '\n')
  }
}
