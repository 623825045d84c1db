// Serves the built web app at / with history fallback: any GET that is not an API or asset path gets
// index.html, so deep links work. Hashed assets are cached for a year, index.html never. The web
// build writes brotli and gzip twins of each file; @fastify/static's preCompressed sends the best one
// the browser accepts (Content-Encoding, Vary: Accept-Encoding), so nothing is compressed per request.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './error-handler.js';
import { problem } from './problem.js';
import { encodingFor, loadRoutePages, type RoutePageFinder } from './web-preload.js';

/** WEB_DIST_DIR if given, else apps/web/dist found from this file (sources or bundle). */
export function findWebDist(configured?: string): string | undefined {
  if (configured) return existsSync(join(configured, 'index.html')) ? resolve(configured) : undefined;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'apps', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    const sibling = join(dir, 'web', 'dist');
    if (existsSync(join(sibling, 'index.html'))) return sibling;
    dir = dirname(dir);
  }
  return undefined;
}

export async function installWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    preCompressed: true,
    // Our own Cache-Control below; send's default (max-age=0) would otherwise replace it.
    cacheControl: false,
    setHeaders(res, path) {
      const immutable = path.includes(`${join(root, 'assets')}`);
      res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      // The bytes depend on Accept-Encoding (brotli, gzip or plain): shared caches must key on it.
      res.setHeader('vary', 'accept-encoding');
    },
  });
  const internal = { schema: { hide: true }, config: { rateLimit: false } };
  const sendIndex = indexSender(loadRoutePages(root));
  app.get('/*', internal, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path)) {
      return sendProblem(reply, problem(404, 'NOT_FOUND', `No route for GET ${path}.`));
    }
    return sendIndex(request, reply, path);
  });
  app.get('/', internal, async (request, reply) => sendIndex(request, reply, '/'));
}

/** index.html for a deep link: the route's own page (with its preloads) if it has one, else the file. */
function indexSender(routePages: RoutePageFinder) {
  return (request: FastifyRequest, reply: FastifyReply, path: string) => {
    reply.header('cache-control', 'no-cache');
    const page = routePages(path);
    if (!page) return reply.sendFile('index.html');
    const encoding = encodingFor(request.headers['accept-encoding']);
    reply.header('vary', 'accept-encoding').type('text/html; charset=utf-8');
    if (!encoding) return reply.send(page.html);
    return reply.header('content-encoding', encoding).send(encoding === 'br' ? page.br : page.gzip);
  };
}
