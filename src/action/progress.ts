/** Progress in the job log: inside a collapsible group, a line every 5% or every 2 seconds, never per slice. */
import type { BatchStart } from '../engine/index.js'
import { plural, type ActionLog } from './log.js'

export class ActionProgress {
  private startedAt = 0
  private lastAt = 0
  private lastStep = -1
  private total = 0
  private open = false

  constructor(
    private readonly log: ActionLog,
    private readonly clock: () => number = () => Date.now()
  ) {}

  start(start: BatchStart): void {
    this.startedAt = this.lastAt = this.clock()
    this.total = start.total
    this.log.startGroup(
      `slice-oas: slicing ${plural(start.total, 'slice')} from ${plural(start.operations, 'operation')}`
    )
    this.open = true
  }

  update(done: number): void {
    const now = this.clock()
    const percent = this.total === 0 ? 100 : Math.floor((done / this.total) * 100)
    const step = Math.floor(percent / 5)
    if (step === this.lastStep && now - this.lastAt < 2000 && done < this.total) return
    this.lastStep = step
    this.lastAt = now
    const elapsed = (now - this.startedAt) / 1000
    // Over a near-zero time a rate means nothing (a dry run's first slices would show 100000 slices/s).
    const rate = elapsed >= 0.25 ? done / elapsed : 0
    const eta = rate > 0 ? Math.round((this.total - done) / rate) : undefined
    const speed = rate > 0 ? ` · ${rate.toFixed(1)} slices/s` : ''
    this.log.info(
      `${done}/${this.total} (${percent}%)${speed}${eta === undefined ? '' : ` · about ${eta}s left`}`
    )
  }

  finish(): void {
    if (this.open) this.log.endGroup()
    this.open = false
  }
}
