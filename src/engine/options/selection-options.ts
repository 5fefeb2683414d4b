/** The option rows that choose which operations are sliced: paths, methods, tags, ids and flags. */
import type { OptionRow } from './option-row.js'

const ALL = ['action', 'cli', 'config'] as const

export const SELECTION_OPTIONS: readonly OptionRow[] = [
  {
    name: 'include',
    field: 'include',
    kind: 'list',
    arg: 'PATTERN',
    applies: ALL,
    aliases: ['filter'],
    help: ['path patterns to keep; repeat or separate with commas']
  },
  {
    name: 'exclude',
    field: 'exclude',
    kind: 'list',
    arg: 'PATTERN',
    applies: ALL,
    help: ['path patterns to drop']
  },
  {
    name: 'filter-type',
    field: 'filterType',
    kind: 'enum',
    values: ['glob', 'regex'],
    default: 'glob',
    applies: ALL,
    help: ['how patterns read (default: {default}; * is one segment, ** many)']
  },
  {
    name: 'methods',
    field: 'methods',
    kind: 'list',
    arg: 'LIST',
    applies: ALL,
    help: ['only these HTTP methods']
  },
  {
    name: 'tags',
    field: 'tags',
    kind: 'list',
    arg: 'LIST',
    applies: ALL,
    help: ['only operations with one of these tags']
  },
  {
    name: 'operation-ids',
    field: 'operationIds',
    kind: 'list',
    arg: 'LIST',
    applies: ALL,
    help: ['only these operationIds']
  },
  {
    name: 'exclude-deprecated',
    field: 'excludeDeprecated',
    kind: 'boolean',
    default: false,
    applies: ALL,
    help: ['drop deprecated operations']
  },
  {
    name: 'include-extensions',
    field: 'includeExtensions',
    kind: 'list',
    arg: 'FLAGS',
    applies: ALL,
    help: ['keep operations with these extension flags (x-public=true); others', 'keep unless fail-closed']
  },
  {
    name: 'exclude-extensions',
    field: 'excludeExtensions',
    kind: 'list',
    arg: 'FLAGS',
    applies: ALL,
    help: ['drop operations with these extension flags (x-internal, x-audience=partner)']
  },
  {
    name: 'fail-closed',
    field: 'failClosed',
    kind: 'boolean',
    default: false,
    applies: ALL,
    help: ['with include-extensions, leave out operations that carry no included flag']
  }
]
