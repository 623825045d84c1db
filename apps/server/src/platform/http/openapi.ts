// The OpenAPI 3 document, generated from the same zod schemas that validate requests and responses,
// served at /api/v1/openapi.json with a docs UI at /api/docs whose assets ship in the package.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

/** Only /api/v1 routes carry zod schemas; everything else is kept out of the document. */
function transform(input: TransformInput) {
  if (!input.url.startsWith('/api/v1/') || input.url === '/api/v1/openapi.json') {
    return { schema: { ...input.schema, hide: true }, url: input.url };
  }
  return jsonSchemaTransform(input);
}

export async function installOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Brandwright API',
        version,
        description: 'REST API of Brandwright. Errors are application/problem+json (RFC 9457).',
      },
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    },
    transform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { rateLimit: false } }, async () =>
    app.swagger(),
  );
}
