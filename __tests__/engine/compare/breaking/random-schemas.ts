/** A seeded generator of random request schemas, and the mutations that only widen what they accept. */
import type { JsonObject, JsonValue } from '../../../../src/engine/json-value.js'
import { spec } from './fixture.js'

export type Random = () => number

/** mulberry32: small, fast and the same on every machine. */
export function seeded(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]
const chance = (random: Random, p: number) => random() < p
const COMPONENTS = ['A', 'B', 'C']

function scalar(random: Random): JsonObject {
  const type = pick(random, ['string', 'integer', 'number', 'boolean'])
  const schema: JsonObject = { type }
  if (type === 'string') {
    if (chance(random, 0.3)) schema.enum = ['x', 'y', 'z'].slice(0, 1 + Math.floor(random() * 3))
    if (chance(random, 0.3)) schema.pattern = '^[a-z]+$'
    if (chance(random, 0.3)) schema.maxLength = 5 + Math.floor(random() * 10)
    if (chance(random, 0.3)) schema.minLength = 1 + Math.floor(random() * 3)
    if (chance(random, 0.2)) schema.format = pick(random, ['uuid', 'date', 'email'])
  }
  if (type === 'integer' || type === 'number') {
    if (chance(random, 0.4)) schema.maximum = 10 + Math.floor(random() * 100)
    if (chance(random, 0.4)) schema.minimum = Math.floor(random() * 5)
    if (chance(random, 0.2)) schema.enum = [1, 2, 3]
  }
  return schema
}

export function randomSchema(random: Random, depth = 0): JsonObject {
  const roll = random()
  if (depth > 0 && roll < 0.15) return { $ref: `#/components/schemas/${pick(random, COMPONENTS)}` }
  if (depth >= 3 || roll < 0.4) return scalar(random)
  if (roll < 0.55)
    return {
      type: 'array',
      items: randomSchema(random, depth + 1),
      ...(chance(random, 0.3) ? { maxItems: 9 } : {})
    }
  if (roll < 0.62)
    return {
      [pick(random, ['oneOf', 'anyOf', 'allOf'])]: [
        randomSchema(random, depth + 1),
        randomSchema(random, depth + 1)
      ]
    }
  const properties: JsonObject = {}
  const count = 1 + Math.floor(random() * 4)
  for (let i = 0; i < count; i++) properties[`p${i}`] = randomSchema(random, depth + 1)
  const required = Object.keys(properties).filter(() => chance(random, 0.5))
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    ...(chance(random, 0.2) ? { additionalProperties: false } : {})
  }
}

export function randomSpec(random: Random): JsonObject {
  const schemas: JsonObject = {}
  for (const name of COMPONENTS) schemas[name] = randomSchema(random, 1)
  const body = { content: { 'application/json': { schema: randomSchema(random) } } }
  return spec(
    { '/things': { post: { requestBody: body, responses: { '204': { description: 'done' } } } } },
    { schemas }
  )
}

/** Every schema object the request body reaches, through references to components too. */
export function schemasOf(doc: JsonObject): JsonObject[] {
  const found: JsonObject[] = []
  const components = (doc.components as JsonObject).schemas as JsonObject
  const followed = new Set<string>()
  const visit = (schema: JsonValue | undefined) => {
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema) || found.includes(schema))
      return
    if (typeof schema.$ref === 'string') {
      if (followed.has(schema.$ref)) return
      followed.add(schema.$ref)
      return visit(components[schema.$ref.split('/').pop()!])
    }
    found.push(schema)
    if (typeof schema.properties === 'object' && schema.properties !== null)
      for (const child of Object.values(schema.properties)) visit(child)
    visit(schema.items)
    for (const keyword of ['oneOf', 'anyOf', 'allOf'])
      if (Array.isArray(schema[keyword])) for (const child of schema[keyword] as JsonValue[]) visit(child)
  }
  const post = ((doc.paths as JsonObject)['/things'] as JsonObject).post as JsonObject
  visit((((post.requestBody as JsonObject).content as JsonObject)['application/json'] as JsonObject).schema)
  return found
}

const CONSTRAINTS = [
  'pattern',
  'maxLength',
  'minLength',
  'maximum',
  'minimum',
  'maxItems',
  'format',
  'enum',
  'additionalProperties'
]

/** The widenings that apply to a schema: each makes it accept at least what it accepted. */
export function widenings(schema: JsonObject): [string, () => void][] {
  const found: [string, () => void][] = []
  for (const keyword of CONSTRAINTS)
    if (schema[keyword] !== undefined) found.push([`remove ${keyword}`, () => delete schema[keyword]])
  if (Array.isArray(schema.enum))
    found.push(['add an enum value', () => (schema.enum as JsonValue[]).push('w')])
  if (Array.isArray(schema.required) && schema.required.length > 0)
    found.push(['make a property optional', () => (schema.required as JsonValue[]).pop()])
  if (typeof schema.type === 'string') {
    const type = schema.type
    found.push([
      'turn the type into a union',
      () => (schema.type = [type, type === 'string' ? 'integer' : 'string'])
    ])
    found.push(['remove the type', () => delete schema.type])
    found.push(['accept null', () => (schema.nullable = true)])
  }
  if (schema.type === 'object' && typeof schema.properties === 'object' && schema.properties !== null)
    found.push([
      'add an optional property',
      () => ((schema.properties as JsonObject).extra = { type: 'string' })
    ])
  return found
}
