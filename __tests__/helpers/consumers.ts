/**
 * Three independent consumers of OpenAPI documents, run on a source and on its slices: Scalar's
 * parser validates, openapi-to-postmanv2 converts to a collection, json-schema-ref-parser
 * dereferences. Each reports errors as `message @ where`, normalised so that one defect reads the
 * same in the source and in a slice.
 */
import { dereference } from '@scalar/openapi-parser'
import Converter from 'openapi-to-postmanv2'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

type Json = Record<string, unknown>

export interface Consumer {
  name: string
  /** The document's errors, one normalised key each, de-duplicated. */
  errors(doc: Json, operations: number): Promise<string[]>
}

/**
 * One defect gives one message wherever it is seen, so the message (spaces collapsed) and where it
 * points are the error's identity; a slice keeps the source's paths and component names.
 */
export function normaliseMessage(message: string): string {
  return message.replace(/\s+/g, ' ').trim()
}

/**
 * A deep copy made in the caller's realm: both consumers test for plain objects by prototype, and
 * under jest's VM `structuredClone` makes objects of another realm.
 */
function copy(doc: Json): Json {
  return JSON.parse(JSON.stringify(doc)) as Json
}

/**
 * The reference check clones with `structuredClone`, whose objects under jest's VM belong to
 * another realm, and then skips whatever is not a plain object of its own: every reference would
 * pass unseen. For the call, clones are made in this realm.
 */
function withRealmClone<T>(run: () => T): T {
  const saved = globalThis.structuredClone
  globalThis.structuredClone = (value => copy(value as Json)) as typeof structuredClone
  try {
    return run()
  } finally {
    globalThis.structuredClone = saved
  }
}

interface ScalarError {
  message: string
  path?: string
  code?: string
}

function scalarKey(error: ScalarError): string {
  // A reference error names the reference itself, which is where it is.
  if (error.code) return `${error.code} ${normaliseMessage(error.message)}`
  return `${normaliseMessage(error.message)} @ ${error.path ?? ''}`
}

interface ScalarValidator {
  validate(filesystem: unknown): { errors?: ScalarError[] }
}

/**
 * `validate()` compiles the OpenAPI schema anew on every call (a tenth of a second); one instance
 * of its Validator class keeps the compiled schema, and validates exactly as `validate()` does.
 */
async function scalarValidator(): Promise<{
  validator: ScalarValidator
  makeFilesystem: (doc: Json) => unknown
}> {
  const dist = path.dirname(createRequire(import.meta.url).resolve('@scalar/openapi-parser'))
  const load = (file: string) => import(pathToFileURL(path.join(dist, file)).href)
  const [{ Validator }, { makeFilesystem }] = await Promise.all([
    load('lib/Validator/Validator.js'),
    load('utils/make-filesystem.js')
  ])
  return { validator: new Validator(), makeFilesystem }
}

let scalar: ReturnType<typeof scalarValidator> | undefined

export const scalarConsumer: Consumer = {
  name: '@scalar/openapi-parser validate',
  async errors(doc) {
    const { validator, makeFilesystem } = await (scalar ??= scalarValidator())
    const validated = validator.validate(makeFilesystem(copy(doc)))
    // validate() checks references only when the structure passed, so they are checked apart too.
    const dereferenced = withRealmClone(() => dereference(copy(doc)))
    const all = [...(validated.errors ?? []), ...(dereferenced.errors ?? [])] as ScalarError[]
    return [...new Set(all.map(scalarKey))].sort()
  }
}

interface PostmanItem {
  item?: PostmanItem[]
  request?: unknown
}

function countRequests(items: PostmanItem[] | undefined): number {
  let count = 0
  for (const item of items ?? []) count += item.request ? 1 : countRequests(item.item)
  return count
}

interface ConvertResult {
  result: boolean
  reason?: string
  output?: { data?: object }[]
}

function convert(doc: Json): Promise<ConvertResult> {
  return new Promise(resolve => {
    try {
      // The current conversion (the one Postman imports with); it rewrites its input, hence the copy.
      Converter.convertV2({ type: 'json', data: copy(doc) }, { includeWebhooks: true }, (error, result) =>
        resolve(error || !result ? { result: false, reason: `threw: ${error?.message}` } : result)
      )
    } catch (error) {
      resolve({ result: false, reason: `threw: ${(error as Error).message}` })
    }
  })
}

export const postmanConsumer: Consumer = {
  name: 'openapi-to-postmanv2 convert',
  async errors(doc, operations) {
    const converted = await convert(doc)
    if (!converted.result) return [`refused: ${normaliseMessage(converted.reason ?? '')}`]
    const requests = countRequests((converted.output?.[0]?.data as PostmanItem | undefined)?.item)
    // Every operation should come out as one request; a lost one is an error.
    return requests === operations ? [] : ['lost requests']
  }
}

interface RefParserError {
  name?: string
  message: string
}

/**
 * Scalar's reference check misses a ref whose last token is absent (`#/components/schemas/Gone`
 * beside other schemas); a dereference that collects every error sees each dangling pointer.
 */
export const refParserConsumer: Consumer = {
  name: '@apidevtools/json-schema-ref-parser dereference',
  async errors(doc) {
    const { default: $RefParser } = await import('@apidevtools/json-schema-ref-parser')
    try {
      await withRealmClone(() =>
        new $RefParser().dereference(copy(doc), {
          continueOnError: true,
          resolve: { external: false },
          dereference: { circular: 'ignore' }
        })
      )
      return []
    } catch (error) {
      const errors = (error as { errors?: RefParserError[] }).errors ?? [error as RefParserError]
      return [...new Set(errors.map(e => `${e.name ?? 'Error'} ${normaliseMessage(e.message)}`))].sort()
    }
  }
}

export const consumers: readonly Consumer[] = [scalarConsumer, postmanConsumer, refParserConsumer]

let silenced = 0
let saved: Pick<Console, 'log' | 'warn' | 'error' | 'info'> | undefined

/**
 * Runs a consumer with the console silenced: both log their own warnings (unknown formats, merges).
 * Calls may overlap; the console comes back when the last one ends.
 */
export async function quietly<T>(run: () => Promise<T>): Promise<T> {
  if (silenced++ === 0) {
    saved = { log: console.log, warn: console.warn, error: console.error, info: console.info }
    const silent = () => undefined
    Object.assign(console, { log: silent, warn: silent, error: silent, info: silent })
  }
  try {
    return await run()
  } finally {
    if (--silenced === 0) Object.assign(console, saved)
  }
}
