/** Tiny base/head documents and a compact view of what the classification says about them. */
import { classifyChanges, type ClassifyOptions } from '../../../../src/engine/compare/breaking/classify.js'
import type { ClassifiedChange } from '../../../../src/engine/compare/breaking/types.js'
import type { JsonObject } from '../../../../src/engine/json-value.js'
import { enumerateOperations } from '../../../../src/engine/openapi/operations.js'

export const NOW = new Date('2026-06-01T00:00:00Z')

export const ok = (schema?: JsonObject): JsonObject => ({
  description: 'ok',
  ...(schema ? { content: { 'application/json': { schema } } } : {})
})

export function spec(paths: JsonObject, components: JsonObject = {}, extra: JsonObject = {}): JsonObject {
  return { openapi: '3.0.3', info: { title: 't', version: '1' }, ...extra, paths, components }
}

export const input = (doc: JsonObject) => ({ doc, operations: enumerateOperations(doc) })

export function classify(
  base: JsonObject,
  head: JsonObject,
  options: ClassifyOptions = {}
): ClassifiedChange[] {
  return classifyChanges(input(base), input(head), { now: NOW, ...options })
}

/** `rule:level` of every change, in order. */
export function verdicts(base: JsonObject, head: JsonObject): string[] {
  return classify(base, head).map(change => `${change.rule}:${change.level}`)
}

/** One operation `POST /pets` taking a body with the given schema. */
export function requestWith(schema: JsonObject, components: JsonObject = {}): JsonObject {
  return spec(
    {
      '/pets': {
        post: { requestBody: { content: { 'application/json': { schema } } }, responses: { '200': ok() } }
      }
    },
    components
  )
}

/** One operation `GET /pets` answering 200 with the given schema. */
export function responseWith(schema: JsonObject, components: JsonObject = {}): JsonObject {
  return spec({ '/pets': { get: { responses: { '200': ok(schema) } } } }, components)
}

/** One operation `GET /pets` with the given parameters. */
export function parametersWith(parameters: JsonObject[], components: JsonObject = {}): JsonObject {
  return spec({ '/pets': { get: { parameters, responses: { '200': ok() } } } }, components)
}
