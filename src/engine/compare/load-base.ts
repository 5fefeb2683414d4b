/**
 * Reads the base a run is compared with and compares it per operation: a spec is loaded and sliced
 * the same way as the head (same selection, same output version); a previous index.csv, or an artifact
 * folder holding one, gives each operation's slice hash.
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import { loadConverted, serviceLookup } from '../batch/plan-steps.js'
import { SliceOasError } from '../errors.js'
import type { LoadedSpec } from '../load/load-spec.js'
import { nodeSpecReader, type SpecReader } from '../load/spec-reader.js'
import { enumerateOperations, operationKey, type OperationInfo } from '../openapi/operations.js'
import { INDEX_NAME, readIndex } from '../output/index-csv.js'
import type { Serializer } from '../output/serialize.js'
import type { BatchRequest } from '../request.js'
import { matchesSelection } from '../select/select-operations.js'
import { defaultService } from '../select/services.js'
import { buildSlice } from '../slice/build-slice.js'
import { SpecIndex } from '../slice/spec-index.js'
import { compareWithBase, compareWithIndex, type Comparison } from './compare-base.js'
import { sourceLocator } from './locate-pointers.js'

export async function compareAgainstBase(
  request: BatchRequest,
  version: '3.0' | '3.1' | '3.2',
  head: {
    index: SpecIndex
    operations: OperationInfo[]
    servicesOf: (operation: OperationInfo) => string[]
    /** The head's loaded spec, to locate its changes. */
    spec?: Pick<LoadedSpec, 'file' | 'locate' | 'format' | 'sourceVersion'>
    /** The run's serializer: a slice's hash in an index is that of its file. */
    serialize: Serializer
  },
  reader: SpecReader = nodeSpecReader
): Promise<Comparison> {
  const fallback = (operation: OperationInfo) => [defaultService(operation.tags, operation.path)]
  const headServices = (op: OperationInfo) =>
    request.services.length > 0 ? head.servicesOf(op) : fallback(op)
  const indexFile = await previousIndex(request.baseSpec!, reader)
  if (indexFile) {
    const operations = new Map<string, { sha256: string; services: string[] }>()
    for (const row of (await readIndex(indexFile)).rows) {
      if (row.validation_status !== 'PASS') continue
      const rowPath = row.path ?? ''
      const key = operationKey(
        rowPath.startsWith('webhook:') ? 'webhook' : 'path',
        rowPath.replace(/^webhook:/, ''),
        row.method ?? ''
      )
      const services = row.services
        ? row.services.split(';')
        : [defaultService(row.tags ? row.tags.split(';') : [], rowPath)]
      operations.set(key, { sha256: row.sha256 ?? '', services })
    }
    return compareWithIndex(
      {
        operations,
        // The index's sha256 is that of the operation's own slice file, as written with group-by operation.
        headHash: op =>
          createHash('sha256')
            .update(head.serialize(buildSlice(head.index, [op]).document))
            .digest('hex')
      },
      { ...head, servicesOf: headServices }
    )
  }
  // Converted to the head's version, so a version upgrade alone is no change.
  const { spec, converted } = await loadConverted(request.baseSpec!, request, version, reader, 'base spec')
  const operations = enumerateOperations(converted.doc).filter(matchesSelection(request, converted.doc))
  const { servicesOf } = serviceLookup(operations, { ...request, overlap: 'allow', orphans: 'warn' })
  return compareWithBase(
    {
      index: new SpecIndex(converted.doc),
      operations,
      servicesOf: servicesOf ?? fallback,
      locateAll: await sourceLocator(spec, reader)
    },
    {
      ...head,
      servicesOf: headServices,
      ...(head.spec ? { locateAll: await sourceLocator(head.spec, reader) } : {})
    },
    request
  )
}

/** The text of a previous index when the base is an index.csv or a folder holding one (a downloaded artifact). */
async function previousIndex(base: string, reader: SpecReader): Promise<string | undefined> {
  const isFolder = await reader.isDirectory(base).catch(() => false)
  const file = isFolder ? path.join(base, INDEX_NAME) : /\.csv$/i.test(base) ? base : undefined
  if (!file) return undefined
  try {
    return (await reader.readFile(file)).toString('utf8')
  } catch {
    throw new SliceOasError(
      'SPEC_NOT_FOUND',
      `The base ${base} has no readable ${INDEX_NAME}; give base-spec a spec, an index.csv, or an artifact folder holding one.`
    )
  }
}
