/** Filters the document's operations by path patterns, methods, tags, operationIds and deprecation. */
import { SliceOasError } from '../errors.js'
import type { JsonObject } from '../json-value.js'
import type { OperationInfo } from '../openapi/operations.js'
import { extensionMatcher, type ExtensionSelection } from './extension-filters.js'
import { compilePattern, type FilterType } from './patterns.js'

export interface Selection extends ExtensionSelection {
  include: string[]
  exclude: string[]
  filterType: FilterType
  methods: string[]
  tags: string[]
  operationIds: string[]
  excludeDeprecated: boolean
}

/**
 * A predicate for the selection, its patterns compiled once. The extension flags are read from `doc`,
 * the document the operations were enumerated from.
 */
export function matchesSelection(
  selection: Selection,
  doc?: JsonObject
): (operation: OperationInfo) => boolean {
  const flags = doc ? extensionMatcher(doc, selection) : undefined
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
    return flags ? flags(operation) : true
  }
}

/** Operations matched by the selection, in source order. Throws SELECTION_EMPTY when none match. */
export function selectOperations(
  operations: readonly OperationInfo[],
  selection: Selection,
  doc?: JsonObject
): OperationInfo[] {
  const selected = operations.filter(matchesSelection(selection, doc))
  if (selected.length === 0) {
    const criteria = [
      selection.include.length ? `include ${selection.include.join(', ')}` : '',
      selection.exclude.length ? `exclude ${selection.exclude.join(', ')}` : '',
      selection.methods.length ? `methods ${selection.methods.join(', ')}` : '',
      selection.tags.length ? `tags ${selection.tags.join(', ')}` : '',
      selection.operationIds.length ? `operation-ids ${selection.operationIds.join(', ')}` : '',
      selection.excludeDeprecated ? 'exclude-deprecated' : '',
      selection.includeExtensions?.length
        ? `include-extensions ${selection.includeExtensions.join(', ')}`
        : '',
      selection.excludeExtensions?.length
        ? `exclude-extensions ${selection.excludeExtensions.join(', ')}`
        : '',
      selection.failClosed ? 'fail-closed' : ''
    ].filter(Boolean)
    throw new SliceOasError(
      'SELECTION_EMPTY',
      operations.length === 0
        ? 'The spec has no operations to slice.'
        : `No operation matches the selection (${criteria.join('; ') || 'everything'}) among the spec's ${operations.length} operations. ${slashHint(selection) ?? 'Check the patterns and filters.'}`
    )
  }
  return selected
}

/**
 * Glob patterns are matched against whole path templates, which start with `/`: `users` matches only a
 * webhook of that name. A pattern without the slash most likely meant the path.
 */
function slashHint(selection: Selection): string | undefined {
  if (selection.filterType !== 'glob') return undefined
  const bare = selection.include.filter(pattern => !pattern.startsWith('/') && !pattern.startsWith('*'))
  if (bare.length === 0) return undefined
  const meant = bare.map(pattern => {
    const path = `/${pattern.replace(/\/+$/, '')}`
    return /[*?[{]/.test(pattern) ? `\`${path}\`` : `\`${path}\` (or \`${path}/**\` for the paths under it)`
  })
  return `Patterns match paths, which start with /: did you mean ${meant.join(', ')}?`
}
