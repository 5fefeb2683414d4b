/**
 * The first steps of a run's plan (plan.ts), which the base comparison takes the same way: load and
 * convert a spec, and look up each operation's services in the service map.
 */
import { convertDocument, type ConvertedDocument } from '../convert/convert-document.js'
import { loadSpec, type LoadedSpec, type LoadOptions, type OasVersion } from '../load/load-spec.js'
import type { SpecReader } from '../load/spec-reader.js'
import type { OperationInfo } from '../openapi/operations.js'
import type { BatchRequest } from '../request.js'
import { assignServices, type ServiceAssignment } from '../select/services.js'

/** A document at the version its slices are cut at. */
export type ConvertedSpec = Omit<ConvertedDocument, 'version'> & { version: OasVersion }

/** A spec loaded with the request's reference options, and converted to the output version. */
export async function loadConverted(
  specPath: string,
  request: Pick<BatchRequest, 'refRoot' | 'allowRemoteRefs'>,
  outputVersion: BatchRequest['outputVersion'] | OasVersion,
  reader: SpecReader | undefined,
  subject: LoadOptions['subject'] = 'spec'
): Promise<{ spec: LoadedSpec; converted: ConvertedSpec }> {
  const spec = await loadSpec(specPath, {
    refRoot: request.refRoot,
    allowRemoteRefs: request.allowRemoteRefs,
    reader,
    subject
  })
  return { spec, converted: convertSpec(spec, outputVersion) }
}

/** The spec at the output version: as it is at its own version, else converted. */
export function convertSpec(
  spec: Pick<LoadedSpec, 'doc' | 'version' | 'sourceVersion'>,
  outputVersion: BatchRequest['outputVersion'] | OasVersion
): ConvertedSpec {
  return convertDocument(spec.doc, spec.version, outputVersion)
}

/** The services of each operation from the request's service map; none without a map. */
export function serviceLookup(
  operations: OperationInfo[],
  request: Pick<BatchRequest, 'services' | 'overlap' | 'orphans' | 'filterType'>
): { assignment?: ServiceAssignment; servicesOf?: (operation: OperationInfo) => string[] } {
  if (request.services.length === 0) return {}
  const assignment = assignServices(operations, request.services, request)
  return { assignment, servicesOf: operation => assignment.servicesOf.get(operation.key) ?? [] }
}
