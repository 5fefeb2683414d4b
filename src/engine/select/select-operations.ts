/** Filters the document's operations by path patterns, methods, tags, operationIds and deprecation. */
import { SliceOasError } from '../errors.js'
import type { OperationInfo } from '../openapi/operations.js'
import { compilePattern, type FilterType } from './patterns.js'

export interface Selection {
  include: string[]
  exclude: string[]
  filterType: FilterType
  methods: string[]
  tags: string[]
  operationIds: string[]
  excludeDeprecated: boolean
}

/** A predicate for the selection, its patterns compiled once. */
export function matchesSelection(selection: Selection): (operation: OperationInfo) => boolean {
  const include = selection.include.map(p => compilePattern(p, selection.filterType))
  const exclude = selection.exclude.map(p => compilePattern(p, selection.filterType))
  const methods = new Set(selection.methods.map(m => m.toLowerCase()))
  const tags = new Set(selection.tags)
  const operationIds = new Set(selection.operationIds)
  return operation => {
    // Webhooks are matched by their name, paths by their template.
    const subject = operation.path
    if (include.length > 0 && !include.some(p => p.test(subject))) return false
    if (exclude.some(p => p.test(subject))) return false
    if (methods.size > 0 && !methods.has(operation.method.toLowerCase())) return false
    if (tags.size > 0 && !operation.tags.some(tag => tags.has(tag))) return false
    if (operationIds.size > 0 && !(operation.operationId && operationIds.has(operation.operationId)))
      return false
    if (selection.excludeDeprecated && operation.deprecated) return false
    return true
  }
}

/** Operations matched by the selection, in source order. Throws SELECTION_EMPTY when none match. */
export function selectOperations(
  operations: readonly OperationInfo[],
  selection: Selection
): OperationInfo[] {
  const selected = operations.filter(matchesSelection(selection))
  if (selected.length === 0) {
    const criteria = [
      selection.include.length ? `include ${selection.include.join(', ')}` : '',
      selection.exclude.length ? `exclude ${selection.exclude.join(', ')}` : '',
      selection.methods.length ? `methods ${selection.methods.join(', ')}` : '',
      selection.tags.length ? `tags ${selection.tags.join(', ')}` : '',
      selection.operationIds.length ? `operation-ids ${selection.operationIds.join(', ')}` : '',
      selection.excludeDeprecated ? 'exclude-deprecated' : ''
    ].filter(Boolean)
    throw new SliceOasError(
      'SELECTION_EMPTY',
      operations.length === 0
        ? 'The spec has no operations to slice.'
        : `No operation matches the selection (${criteria.join('; ') || 'everything'}) among the spec's ${operations.length} operations. Check the patterns and filters.`
    )
  }
  return selected
}
