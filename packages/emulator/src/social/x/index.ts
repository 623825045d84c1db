// The emulated X: x.com's consent page and tweet pages, and api.x.com's v2 endpoints, all under
// the emulator's X origin. Paths, statuses, headers and bodies mirror the real ones so that the production
// client, pointed at this base URL, cannot tell the difference.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleAuthorize } from '../consent.js';
import { sendPostPage } from '../pages.js';
import type { SocialState } from '../state.js';
import { type ApiRoute, perAppDaily, perUser, serveApi } from './guard.js';
import { mediaMetadata, uploadMedia } from './media.js';
import { handleRevoke, handleToken } from './oauth.js';
import { getMe, getTimeline, getTweet, getTweets } from './reads.js';
import { searchRecent } from './search.js';
import { sendX } from './shapes.js';
import { createTweet, deleteTweet } from './tweets.js';

const ID = '([0-9]{1,19})';

/** Rate limits are X's published ones for these endpoints (per user per 15 min unless noted). */
const ROUTES: ApiRoute[] = [
  {
    method: 'POST',
    pattern: /^\/2\/tweets$/,
    operation: 'publish',
    scopes: ['tweet.read', 'tweet.write', 'users.read'],
    limits: [perUser('tweets.create', 100), perAppDaily('tweets.create', 10_000)],
    handle: createTweet,
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`^/2/tweets/${ID}$`),
    operation: 'read',
    scopes: ['tweet.read', 'tweet.write', 'users.read'],
    limits: [perUser('tweets.delete', 50)],
    handle: deleteTweet,
  },
  {
    method: 'GET',
    pattern: /^\/2\/tweets$/,
    operation: 'read',
    scopes: ['tweet.read', 'users.read'],
    limits: [perUser('tweets.lookup.ids', 900)],
    handle: getTweets,
  },
  {
    method: 'GET',
    // ⚠ X's published figure for the Pro tier; Basic allows far fewer.
    pattern: /^\/2\/tweets\/search\/recent$/,
    operation: 'read',
    scopes: ['tweet.read', 'users.read'],
    limits: [perUser('tweets.search.recent', 300)],
    handle: searchRecent,
  },
  {
    method: 'GET',
    pattern: /^\/2\/tweets\/([^/]+)$/,
    operation: 'read',
    scopes: ['tweet.read', 'users.read'],
    limits: [perUser('tweets.lookup', 900)],
    handle: getTweet,
  },
  {
    method: 'GET',
    pattern: /^\/2\/users\/me$/,
    operation: 'read',
    scopes: ['tweet.read', 'users.read'],
    limits: [perUser('users.me', 75)],
    handle: getMe,
  },
  {
    method: 'GET',
    // Emulated user ids are opaque hex, real ones numeric: clients treat both as strings.
    pattern: /^\/2\/users\/([^/]+)\/tweets$/,
    operation: 'read',
    scopes: ['tweet.read', 'users.read'],
    limits: [perUser('users.tweets', 900)],
    handle: getTimeline,
  },
  {
    method: 'POST',
    pattern: /^\/2\/media\/upload$/,
    operation: 'read',
    scopes: ['media.write'],
    limits: [perUser('media.upload', 500)],
    handle: uploadMedia,
  },
  {
    method: 'POST',
    pattern: /^\/2\/media\/metadata$/,
    operation: 'read',
    scopes: ['media.write'],
    limits: [perUser('media.metadata', 500)],
    handle: mediaMetadata,
  },
];

/** x.com/{handle}/status/{id} and x.com/i/web/status/{id}: where a published tweet can be read. */
function statusPage(state: SocialState, res: ServerResponse, id: string): void {
  sendPostPage(res, 'X', state.findPost('x', id));
}

async function handleApi(
  state: SocialState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  url: URL,
): Promise<boolean> {
  const candidates = ROUTES.filter((route) => route.pattern.test(path));
  const route = candidates.find((r) => r.method === req.method);
  if (!route) {
    if (candidates.length === 0) return false;
    sendX(state, res, {
      status: 405,
      body: { title: 'Method Not Allowed', type: 'about:blank', status: 405, detail: 'Method Not Allowed' },
    });
    return true;
  }
  const params = route.pattern.exec(path)?.slice(1) ?? [];
  await serveApi(state, req, res, url, route, params);
  return true;
}

export async function handleX(
  state: SocialState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  url: URL,
): Promise<boolean> {
  if (path === '/i/oauth2/authorize' && (req.method === 'GET' || req.method === 'POST')) {
    await handleAuthorize(
      state,
      { platform: 'x', title: 'X', pkceRequired: true, codeTtlSeconds: 30, challengeMethodAnyCase: true },
      req,
      res,
      url,
    );
    return true;
  }
  if (req.method === 'POST' && path === '/2/oauth2/token') {
    sendX(state, res, await handleToken(state, req));
    return true;
  }
  if (req.method === 'POST' && path === '/2/oauth2/revoke') {
    sendX(state, res, await handleRevoke(state, req));
    return true;
  }
  const status = /^\/(?:i\/web|[A-Za-z0-9._-]{1,40})\/status\/([0-9]{1,19})$/.exec(path);
  if (req.method === 'GET' && status) {
    statusPage(state, res, status[1] ?? '');
    return true;
  }
  return handleApi(state, req, res, path, url);
}
