/** The option rows one front end reads itself: the action's artifact and comment, the CLI's own flags. */
import type { OptionRow } from './option-row.js'

const ACTION = ['action'] as const

export const ADAPTER_OPTIONS: readonly OptionRow[] = [
  {
    name: 'upload-artifact',
    kind: 'boolean',
    default: true,
    applies: ACTION,
    help: ['upload the slices and index.csv as a workflow artifact']
  },
  {
    name: 'artifact-name',
    kind: 'string',
    default: 'openapi-slices',
    applies: ACTION,
    help: ['name of the artifact']
  },
  { name: 'retention-days', kind: 'number', applies: ACTION, help: ['days to keep the artifact, 1–90'] },
  {
    name: 'comment-on-pr',
    kind: 'enum', // true and false are still read, as always and never
    values: ['always', 'on-failure', 'on-change', 'never'],
    default: 'never',
    applies: ACTION,
    help: ['when to write the summary as one pull-request comment per spec']
  },
  {
    name: 'github-token',
    kind: 'string',
    default: '${{ github.token }}',
    applies: ACTION,
    help: ['token for the pull-request comment']
  },
  {
    name: 'merge',
    kind: 'list',
    applies: ACTION,
    help: ['shard output folders to merge instead of slicing']
  },
  {
    name: 'verbose',
    kind: 'boolean',
    applies: ['cli'],
    short: 'v',
    help: ['show every finding and failure in full']
  },
  { name: 'help', kind: 'boolean', applies: ['cli'], short: 'h', help: ['this help'] },
  { name: 'version', kind: 'boolean', applies: ['cli'], help: ['the version'] },
  {
    name: 'overwrite-artifact',
    kind: 'boolean',
    default: false,
    applies: ACTION,
    help: ['replace an artifact of the same name from an earlier step']
  }
]
