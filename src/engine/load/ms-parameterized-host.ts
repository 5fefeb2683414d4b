/**
 * Azure's `x-ms-parameterized-host` becomes OpenAPI 3.0 servers with variables, as swagger2openapi makes
 * them, but here: the converter throws on a parameter it cannot resolve or on a document without
 * `schemes`, and copies fields a Server Variable does not allow (`format`, `type`).
 */
import type { Finding } from '../findings.js'
import { isObject, type JsonObject, type JsonValue } from '../json-value.js'
import { getAt, parsePointer } from '../pointer.js'

const HOST = 'x-ms-parameterized-host'

/** Removes the extension from the document (the caller's own copy) and returns it. */
export function takeParameterizedHost(doc: JsonObject): JsonObject | undefined {
  const host = doc[HOST]
  if (host === undefined) return undefined
  delete doc[HOST]
  return isObject(host) ? host : undefined
}

/** The servers the extension describes; `doc` is the Swagger 2.0 document its parameter refs point into. */
export function parameterizedHostServers(host: JsonObject, doc: JsonObject, notes: Finding[]): JsonObject[] {
  if (typeof host.hostTemplate !== 'string') {
    notes.push({
      code: 'CONVERT_PARAMETERIZED_HOST',
      severity: 'warning',
      message: `${HOST} has no hostTemplate string; no server was made from it.`,
      pointer: `/${HOST}`
    })
    return []
  }
  const url = host.hostTemplate + (typeof doc.basePath === 'string' ? doc.basePath : '')
  const names = (host.hostTemplate.match(/\{[^{}]+\}/g) ?? []).map(name => name.slice(1, -1))
  const variables: JsonObject = {}
  const parameters = Array.isArray(host.parameters) ? host.parameters : []
  parameters.forEach((entry, index) => {
    const parameter = resolveParameter(entry, doc)
    const name = typeof parameter?.name === 'string' ? parameter.name : names[index]
    if (!parameter || name === undefined) {
      notes.push({
        code: 'CONVERT_PARAMETERIZED_HOST',
        severity: 'warning',
        message: `${HOST} parameter ${index} could not be resolved; the server has no variable for it.`,
        pointer: `/${HOST}/parameters/${index}`
      })
      return
    }
    variables[name] = serverVariable(parameter)
  })
  const server = (serverUrl: string): JsonObject =>
    Object.keys(variables).length > 0 ? { url: serverUrl, variables } : { url: serverUrl }
  const schemes = Array.isArray(doc.schemes) ? doc.schemes.filter(s => typeof s === 'string') : []
  if (host.useSchemePrefix === false || schemes.length === 0) return [server(url)]
  return schemes.map(scheme => server(`${String(scheme)}://${url}`))
}

function resolveParameter(entry: unknown, doc: JsonObject): JsonObject | undefined {
  let node = entry
  for (let hops = 0; hops < 16 && isObject(node) && typeof node.$ref === 'string'; hops++) {
    const tokens = node.$ref.startsWith('#') ? parsePointer(node.$ref) : undefined
    node = tokens ? getAt(doc, tokens) : undefined
  }
  return isObject(node) && typeof node.$ref !== 'string' ? node : undefined
}

/** A Server Variable holds `default`, `enum`, `description` and extensions only; values are strings. */
function serverVariable(parameter: JsonObject): JsonObject {
  const values = Array.isArray(parameter.enum) ? parameter.enum.filter(v => v !== null).map(String) : []
  const variable: JsonObject = {
    default:
      parameter.default !== undefined && parameter.default !== null
        ? String(parameter.default)
        : (values[0] ?? 'none')
  }
  if (values.length > 0) variable.enum = values
  if (typeof parameter.description === 'string') variable.description = parameter.description
  for (const key of Object.keys(parameter))
    if (key.startsWith('x-')) variable[key] = parameter[key] as JsonValue
  return variable
}
