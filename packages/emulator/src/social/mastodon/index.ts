// Emulated Mastodon instances on the Mastodon origin. The instance is named by the request's Host, as
// a real server knows its own domain: each host is an independent instance (its own apps, accounts
// and tokens); on loopback that is `127.0.0.1:<port>`. Routes the REST API, applies injected faults (a
// `timeout` applies the request, then never answers) and adds X-RateLimit-* headers.
import type { ServerResponse } from 'node:http';
import type { PlatformHandler } from '../handler.js';
import { sendPostPage } from '../pages.js';
import { hangThenDrop } from '../responses.js';
import {
  type Answer,
  answer,
  authenticate,
  faultAnswer,
  type MastoContext,
  mastoError,
  send,
} from './api.js';
import { statusContext } from './context.js';
import { getMedia, uploadMedia } from './media.js';
import { authorize, metadata, registerApp, revoke, token } from './oauth.js';
import { accountStatuses, createStatus, deleteStatus, getStatus } from './statuses.js';
import { accountView, instanceView } from './views.js';

interface Route {
  method: string;
  pattern: RegExp;
  /** The scope a bearer token needs; `optional:` = public unless a token is sent. Absent: no token. */
  scope?: string;
  publish?: boolean;
  run: (ctx: MastoContext, id: string) => Promise<Answer> | Answer;
}

const ROUTES: Route[] = [
  { method: 'POST', pattern: /^\/api\/v1\/apps$/, run: registerApp },
  { method: 'POST', pattern: /^\/oauth\/token$/, run: token },
  { method: 'POST', pattern: /^\/oauth\/revoke$/, run: revoke },
  { method: 'GET', pattern: /^\/\.well-known\/oauth-authorization-server$/, run: metadata },
  { method: 'GET', pattern: /^\/api\/v2\/instance$/, run: (ctx) => answer(200, instanceView(ctx)) },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/accounts\/verify_credentials$/,
    scope: 'read:accounts',
    run: (ctx) => answer(200, ctx.account ? accountView(ctx, ctx.account) : {}),
  },
  {
    method: 'POST',
    pattern: /^\/api\/v1\/statuses$/,
    scope: 'write:statuses',
    publish: true,
    run: createStatus,
  },
  { method: 'GET', pattern: /^\/api\/v1\/statuses\/(\d+)$/, scope: 'optional:read:statuses', run: getStatus },
  { method: 'DELETE', pattern: /^\/api\/v1\/statuses\/(\d+)$/, scope: 'write:statuses', run: deleteStatus },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/statuses\/(\d+)\/context$/,
    scope: 'optional:read:statuses',
    run: statusContext,
  },
  { method: 'POST', pattern: /^\/api\/v2\/media$/, scope: 'write:media', run: uploadMedia },
  { method: 'GET', pattern: /^\/api\/v1\/media\/(\d+)$/, scope: 'write:media', run: getMedia },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/accounts\/(\d+)\/statuses$/,
    scope: 'optional:read:statuses',
    run: accountStatuses,
  },
];

async function dispatch(ctx: MastoContext, res: ServerResponse, route: Route, id: string): Promise<void> {
  const scope = route.scope?.replace(/^optional:/, '');
  const needsToken =
    route.scope !== undefined && (!route.scope.startsWith('optional:') || ctx.req.headers.authorization);
  if (scope && needsToken) {
    const refused = authenticate(ctx, scope);
    if (refused) return send(res, ctx, refused);
  }
  const fault = needsToken ? ctx.state.takeFault('mastodon', route.publish ? 'publish' : 'read') : undefined;
  const faulted = fault && faultAnswer(ctx, fault);
  if (faulted) return send(res, ctx, faulted);
  const result = await route.run(ctx, id);
  if (fault?.kind === 'timeout') return hangThenDrop(res, fault.latencyMs);
  send(res, ctx, result);
}

export const handleMastodon: PlatformHandler = async (state, req, res, path, url) => {
  const ctx: MastoContext = { state, req, url, host: url.host.toLowerCase(), path, rateHeaders: {} };
  const status = /^\/@([^/]+)\/(\d+)$/.exec(ctx.path);
  if (req.method === 'GET' && status) {
    // {instance}/@{handle}/{id}: where a published status can be read.
    const post = state.findPost('mastodon', status[2] ?? '');
    sendPostPage(res, 'Mastodon', post?.handle === status[1] ? post : undefined);
    return true;
  }
  if (ctx.path === '/oauth/authorize' && (req.method === 'GET' || req.method === 'POST')) {
    await authorize(ctx, res);
    return true;
  }
  const route = ROUTES.find((r) => r.pattern.test(ctx.path) && r.method === req.method);
  if (!route) {
    const known = ROUTES.some((r) => r.pattern.test(ctx.path));
    send(res, ctx, known ? mastoError(405, 'Method Not Allowed') : mastoError(404, 'Not Found'));
    return true;
  }
  await dispatch(ctx, res, route, route.pattern.exec(ctx.path)?.[1] ?? '');
  return true;
};
