/** A small OpenAPI 3.2 document with each construct only 3.2 has, for the conversion tests. */
import type { JsonObject } from '../../../src/engine/json-value.js'

export function document32(): JsonObject {
  return {
    openapi: '3.2.0',
    $self: 'https://example.com/api/openapi.yaml',
    info: { title: 'Pets', version: '1' },
    servers: [{ url: 'https://api.example.com', name: 'production' }],
    tags: [
      { name: 'animals', summary: 'Animals', kind: 'nav' },
      { name: 'pets', parent: 'animals', description: 'Pets' }
    ],
    paths: {
      '/pets': {
        get: {
          operationId: 'listPets',
          tags: ['pets'],
          parameters: [
            { $ref: '#/components/parameters/Search' },
            { name: 'session', in: 'cookie', style: 'cookie', schema: { type: 'string' } }
          ],
          responses: {
            '200': {
              summary: 'The pets',
              description: 'Every pet there is.',
              content: { 'application/json': { $ref: '#/components/mediaTypes/PetList' } }
            },
            '204': { summary: 'Nothing' },
            '404': {}
          }
        },
        query: {
          operationId: 'queryPets',
          requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
          responses: { '200': { description: 'Found' } }
        },
        additionalOperations: {
          LINK: { operationId: 'linkPets', responses: { '204': { description: 'Linked' } } }
        }
      },
      '/pets/stream': {
        post: {
          operationId: 'streamPets',
          parameters: [
            {
              name: 'filter',
              in: 'querystring',
              content: {
                'application/x-www-form-urlencoded': { schema: { $ref: '#/components/schemas/Filter' } }
              }
            }
          ],
          requestBody: {
            content: {
              'multipart/mixed': {
                description: 'Parts',
                prefixEncoding: [{ contentType: 'application/json' }],
                itemEncoding: { contentType: 'application/octet-stream' }
              }
            }
          },
          responses: {
            '200': {
              description: 'Events',
              content: {
                'text/event-stream': {
                  itemSchema: { $ref: '#/components/schemas/Pet' },
                  examples: {
                    one: { dataValue: { id: 1 }, serializedValue: 'data: {"id":1}' }
                  }
                }
              }
            }
          },
          security: [{ device: ['read'] }]
        }
      }
    },
    components: {
      schemas: {
        Pet: {
          type: 'object',
          properties: { id: { type: 'integer' }, kind: { type: 'string' } },
          discriminator: { propertyName: 'kind', defaultMapping: 'Pet' },
          xml: { nodeType: 'element' }
        },
        Filter: {
          type: 'object',
          properties: { tags: { type: 'array', items: { type: 'string' }, xml: { nodeType: 'element' } } }
        }
      },
      parameters: {
        Search: {
          name: 'q',
          in: 'query',
          schema: { type: 'string' },
          examples: { plain: { dataValue: 'cat' } }
        }
      },
      mediaTypes: {
        PetList: {
          schema: { type: 'array', items: { $ref: '#/components/schemas/Pet' } }
        }
      },
      securitySchemes: {
        device: {
          type: 'oauth2',
          deprecated: true,
          oauth2MetadataUrl: 'https://auth.example.com/.well-known/oauth-authorization-server',
          flows: {
            deviceAuthorization: {
              deviceAuthorizationUrl: 'https://auth.example.com/device',
              tokenUrl: 'https://auth.example.com/token',
              scopes: { read: 'Read' }
            }
          }
        }
      }
    }
  }
}
