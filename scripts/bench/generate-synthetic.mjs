// Writes a synthetic OpenAPI 3.0 document with N operations and realistic structure: services of
// resources with path parameters, shared envelope and error schemas, nested models that reference each
// other, a circular tree, a discriminator with implicit subtypes, and security.
//   node scripts/bench/generate-synthetic.mjs 100000 .bench/synthetic-100k.json
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export function syntheticDocument(operationCount) {
  const schemas = {
    Id: { type: 'string', format: 'uuid' },
    Money: {
      type: 'object',
      required: ['amount', 'currency'],
      properties: { amount: { type: 'string' }, currency: { type: 'string', minLength: 3, maxLength: 3 } }
    },
    Audit: {
      type: 'object',
      properties: {
        createdAt: { type: 'string', format: 'date-time' },
        updatedAt: { type: 'string', format: 'date-time' }
      }
    },
    Problem: {
      type: 'object',
      properties: {
        type: { type: 'string' },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string' }
      }
    },
    Page: {
      type: 'object',
      properties: { nextCursor: { type: 'string', nullable: true }, total: { type: 'integer' } }
    },
    Node: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        children: { type: 'array', items: { $ref: '#/components/schemas/Node' } }
      }
    },
    Payment: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { type: 'string' } },
      discriminator: { propertyName: 'kind' }
    },
    Card: {
      allOf: [
        { $ref: '#/components/schemas/Payment' },
        { type: 'object', properties: { last4: { type: 'string' } } }
      ]
    },
    Transfer: {
      allOf: [
        { $ref: '#/components/schemas/Payment' },
        { type: 'object', properties: { iban: { type: 'string' } } }
      ]
    }
  }
  const modelCount = Math.max(20, Math.min(2000, Math.floor(operationCount / 50)))
  for (let m = 0; m < modelCount; m++) {
    const properties = {
      id: { $ref: '#/components/schemas/Id' },
      name: { type: 'string', description: `The name of model ${m}.` },
      price: { $ref: '#/components/schemas/Money' },
      tags: { type: 'array', items: { type: 'string' } },
      tree: { $ref: '#/components/schemas/Node' }
    }
    if (m > 0) properties.parent = { $ref: `#/components/schemas/Model${(m * 7) % m}` }
    if (m % 5 === 0) properties.payment = { $ref: '#/components/schemas/Payment' }
    schemas[`Model${m}`] = { allOf: [{ $ref: '#/components/schemas/Audit' }, { type: 'object', properties }] }
  }
  const paths = {}
  let operations = 0
  for (let r = 0; operations < operationCount; r++) {
    const service = `service${r % 40}`
    const model = `Model${r % modelCount}`
    const ref = { $ref: `#/components/schemas/${model}` }
    const collection = `/${service}/resource${r}`
    const item = `${collection}/{id}`
    const body = { required: true, content: { 'application/json': { schema: ref } } }
    const one = { description: 'The resource.', content: { 'application/json': { schema: ref } } }
    paths[collection] = {
      get: {
        operationId: `list${r}`,
        tags: [service],
        parameters: [{ $ref: '#/components/parameters/Limit' }, { $ref: '#/components/parameters/Cursor' }],
        responses: {
          200: {
            description: 'A page.',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    { $ref: '#/components/schemas/Page' },
                    { type: 'object', properties: { items: { type: 'array', items: ref } } }
                  ]
                }
              }
            }
          },
          default: { $ref: '#/components/responses/Error' }
        }
      },
      post: {
        operationId: `create${r}`,
        tags: [service],
        requestBody: body,
        responses: { 201: one, default: { $ref: '#/components/responses/Error' } }
      }
    }
    paths[item] = {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { $ref: '#/components/schemas/Id' } }],
      get: {
        operationId: `get${r}`,
        tags: [service],
        responses: { 200: one, 404: { $ref: '#/components/responses/Error' } }
      },
      put: {
        operationId: `replace${r}`,
        tags: [service],
        requestBody: body,
        responses: { 200: one, default: { $ref: '#/components/responses/Error' } }
      },
      delete: {
        operationId: `delete${r}`,
        tags: [service],
        security: [],
        responses: { 204: { description: 'Deleted.' } }
      }
    }
    operations += 5
  }
  return {
    openapi: '3.0.3',
    info: { title: `Synthetic API with ${operations} operations`, version: '1.0.0' },
    servers: [{ url: 'https://api.example.com' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      schemas,
      parameters: {
        Limit: { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500 } },
        Cursor: { name: 'cursor', in: 'query', schema: { type: 'string' } }
      },
      responses: {
        Error: {
          description: 'An error.',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } }
        }
      },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } }
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100000)
  const out = process.argv[3] ?? `.bench/synthetic-${count}.json`
  mkdirSync(path.dirname(out), { recursive: true })
  writeFileSync(out, JSON.stringify(syntheticDocument(count)))
  console.log(`wrote ${out}`)
}
