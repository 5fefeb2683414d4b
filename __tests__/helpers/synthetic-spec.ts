/** A generated document with many operations and shared, nested and circular schemas, for long runs. */
export function syntheticSpec(operationCount: number): object {
  const paths: Record<string, object> = {}
  const schemas: Record<string, object> = {
    Node: {
      type: 'object',
      properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } }
    },
    Money: { type: 'object', properties: { amount: { type: 'string' }, currency: { type: 'string' } } }
  }
  for (let i = 0; i < operationCount; i++) {
    const model = `Model${i % 50}`
    schemas[model] ??= {
      type: 'object',
      properties: {
        id: { type: 'string' },
        price: { $ref: '#/components/schemas/Money' },
        tree: { $ref: '#/components/schemas/Node' },
        note: { type: 'string', description: 'x'.repeat(200) }
      }
    }
    paths[`/service${i % 20}/resource${i}/{id}`] = {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        operationId: `op${i}`,
        tags: [`service${i % 20}`],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: `#/components/schemas/${model}` } } }
          }
        }
      }
    }
  }
  return { openapi: '3.0.3', info: { title: 'synthetic', version: '1' }, paths, components: { schemas } }
}
