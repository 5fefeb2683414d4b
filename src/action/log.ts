/** The runner-facing log port: @actions/core in a workflow, a fake in tests. */
export interface AnnotationProps {
  title?: string
  file?: string
  startLine?: number
  startColumn?: number
}

export interface ActionLog {
  info(message: string): void
  debug(message: string): void
  notice(message: string, props?: AnnotationProps): void
  warning(message: string, props?: AnnotationProps): void
  error(message: string, props?: AnnotationProps): void
  startGroup(name: string): void
  endGroup(): void
}

/** "1 slice", "2 slices": a count in a log line. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
