/**
 * Swagger 2.0 becomes OpenAPI 3.0 with swagger2openapi, before anything else; its slices are then sliced,
 * validated and indexed like any other. External refs are first resolved in 2.0 space (see
 * swagger-bundle.ts), so the converter sees one document. Operations keep their pointers, so locations
 * still hold.
 */
import { SliceOasError, type SourceLocation } from '../errors.js'
import type { Finding } from '../findings.js'
import type { JsonObject } from '../json-value.js'
import { pointerText } from '../pointer.js'
import { hasExternalRefs } from './bundle.js'
import { parameterizedHostServers, takeParameterizedHost } from './ms-parameterized-host.js'
import type { RefFilesOptions } from './ref-files.js'
import { bundleSwaggerRefs } from './swagger-bundle.js'
import { finishNullTypes, prepareNullTypes } from './swagger-null.js'

export interface ConvertedSwagger {
  doc: JsonObject
  /** External files read, for the input digest. */
  files: { file: string; text: string }[]
}

export async function swaggerToOpenApi(
  data: JsonObject,
  sandbox: RefFilesOptions,
  locateInRoot: (tokens: readonly string[]) => { line: number; column: number } | undefined,
  notes: Finding[]
): Promise<ConvertedSwagger> {
  const file = sandbox.rootFile
  let source = data
  let files: ConvertedSwagger['files'] = []
  let origins = new Map<string, { file: string; pointer: string }>()
  if (hasExternalRefs(data)) {
    const bundled = await bundleSwaggerRefs(data, sandbox)
    source = bundled.doc
    files = bundled.files
    origins = bundled.origins
    notes.push(...bundled.notes)
  }
  const input = structuredClone(source)
  const locate = (tokens: string[]): SourceLocation | undefined => {
    const origin = tokens.length >= 2 ? origins.get(`${tokens[0]}/${tokens[1]}`) : undefined
    if (origin) return { file: origin.file, pointer: origin.pointer + pointerText(tokens.slice(2)) }
    const position = locateInRoot(tokens)
    return position ? { file, pointer: pointerText(tokens), ...position } : undefined
  }
  prepareNullTypes(input, locate, notes)
  const host = takeParameterizedHost(input)
  const openapi = await convert(input, file, notes)
  finishNullTypes(openapi)
  if (host) {
    const servers = parameterizedHostServers(host, source, notes)
    if (servers.length > 0)
      openapi.servers = [...(Array.isArray(openapi.servers) ? openapi.servers : []), ...servers]
  }
  return { doc: openapi, files }
}

async function convert(input: JsonObject, file: string, notes: Finding[]): Promise<JsonObject> {
  const options: {
    patch: boolean
    warnOnly: boolean
    resolve: boolean
    warnings?: { message?: string }[]
  } = { patch: true, warnOnly: true, resolve: false }
  // Loaded only for Swagger 2.0 input: it is the largest module of the bundle, slow to load.
  const { default: swagger2openapi } = await import('swagger2openapi')
  let openapi: JsonObject
  try {
    openapi = (await swagger2openapi.convertObj(input as never, options as never)).openapi as never
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause)
    throw new SliceOasError(
      'SPEC_CONVERSION_FAILED',
      `The Swagger 2.0 document could not be converted to OpenAPI 3.0: the converter stopped with "${detail}". Convert it to OpenAPI 3.0 yourself, or simplify the construct it names.`,
      { file },
      { cause }
    )
  }
  notes.push({
    code: 'CONVERT_SWAGGER_2',
    severity: 'info',
    message: 'The Swagger 2.0 document was converted to OpenAPI 3.0 before slicing.'
  })
  for (const warning of options.warnings ?? []) {
    notes.push({
      code: 'CONVERT_SWAGGER_2',
      severity: 'warning',
      message: `Converting from Swagger 2.0: ${warning.message ?? String(warning)}`
    })
  }
  return openapi
}
