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
