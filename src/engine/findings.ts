/**
 * Problems and decisions that do not stop a run are data, not exceptions: the adapters decide whether a
 * finding becomes an annotation, a console line or a summary row.
 */
import type { SourceLocation } from './errors.js'
import type { FindingCode } from './finding-codes.js'

export type Severity = 'error' | 'warning' | 'info'

export interface Finding {
  /** Stable code from the catalogue in finding-codes.ts, for example LINK_OPERATION_REF_REWRITTEN. */
  code: FindingCode
  severity: Severity
  /** A plain sentence. */
  message: string
  /** Where in the source document, as a JSON pointer, when known. */
  pointer?: string
  location?: SourceLocation
  /** The service of the service map it is about, when it is about one (an overlay, a gateway fix). */
  service?: string
}
