import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

/** The example at the head revision: one change of each kind, each in a known service. */
export function editedExample(): object {
  const doc = parse(readFileSync(path.resolve('examples/store-platform.yaml'), 'utf8'))
  doc.paths['/orders/{orderId}'].get.parameters = [
    { name: 'expand', in: 'query', schema: { type: 'string' } }
  ]
  doc.paths['/orders'].post.requestBody.required = false
  doc.paths['/orders/export'] = {
    get: { operationId: 'exportOrders', tags: ['orders'], responses: { '200': { description: 'CSV.' } } }
  }
  delete doc.paths['/users/{userId}'].delete
  doc.paths['/users'].get.responses['429'] = { description: 'Slow down.' }
  doc.paths['/payments'].post.security = [{ apiKeyAuth: [] }]
  doc.paths['/payments'].get.servers = [{ url: 'https://payments.store.example.com' }]
  doc.paths['/catalog/products'].get.summary = 'List every product'
  return doc
}
