// The emulated Bluesky PDS/entryway on its own origin: routes /xrpc/<nsid> to its method,
// checks access tokens, applies injected faults (a `timeout` applies the request, then never
// answers) and answers with the PDS's status codes, headers and error bodies.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PlatformHandler } from '../handler.js';
import { sendPostPage } from '../pages.js';
import { hangThenDrop } from '../responses.js';
import type { SocialState } from '../state.js';
import { getLikes, getRepostedBy } from './engagers.js';
import { getAuthorFeed, getPosts, getProfile, resolveHandle } from './feed.js';
import { createRecord, deleteRecord, getRecord, listRecords, uploadBlob } from './repo.js';
import { createSession, deleteSession, getSession, refreshSession } from './session.js';
import { getPostThread } from './thread.js';
import { authenticate, faultAnswer, sendXrpc, type XrpcAnswer, type XrpcContext, xrpcError } from './xrpc.js';

interface Method {
  http: 'GET' | 'POST';
  /** `access`: needs an access JWT and is subject to injected faults. */
  auth: 'none' | 'access';
  /** Creating records is what `publish` faults target (likes and reposts are records too). */
  publish?: boolean;
  run: (ctx: XrpcContext) => Promise<XrpcAnswer>;
}

const METHODS: Record<string, Method> = {
  'com.atproto.server.createSession': { http: 'POST', auth: 'none', run: createSession },
  'com.atproto.server.refreshSession': { http: 'POST', auth: 'none', run: refreshSession },
  'com.atproto.server.deleteSession': { http: 'POST', auth: 'none', run: deleteSession },
  'com.atproto.server.getSession': { http: 'GET', auth: 'access', run: getSession },
  'com.atproto.identity.resolveHandle': { http: 'GET', auth: 'none', run: resolveHandle },
  'com.atproto.repo.createRecord': { http: 'POST', auth: 'access', publish: true, run: createRecord },
  'com.atproto.repo.deleteRecord': { http: 'POST', auth: 'access', run: deleteRecord },
  'com.atproto.repo.getRecord': { http: 'GET', auth: 'none', run: getRecord },
  'com.atproto.repo.listRecords': { http: 'GET', auth: 'none', run: listRecords },
  'com.atproto.repo.uploadBlob': { http: 'POST', auth: 'access', run: uploadBlob },
  'app.bsky.feed.getPosts': { http: 'GET', auth: 'access', run: getPosts },
  'app.bsky.feed.getAuthorFeed': { http: 'GET', auth: 'access', run: getAuthorFeed },
  'app.bsky.feed.getPostThread': { http: 'GET', auth: 'access', run: getPostThread },
  'app.bsky.feed.getLikes': { http: 'GET', auth: 'access', run: getLikes },
  'app.bsky.feed.getRepostedBy': { http: 'GET', auth: 'access', run: getRepostedBy },
  'app.bsky.actor.getProfile': { http: 'GET', auth: 'access', run: getProfile },
};

async function call(
  state: SocialState,
  req: IncomingMessage,
  res: ServerResponse,
  method: Method,
  url: URL,
): Promise<void> {
  const ctx: XrpcContext = { state, req, url };
  if (method.auth === 'access') {
    const refused = authenticate(ctx);
    if (refused) return sendXrpc(res, refused);
  }
  const fault =
    method.auth === 'access' ? state.takeFault('bluesky', method.publish ? 'publish' : 'read') : undefined;
  const faulted = fault && faultAnswer(ctx, fault);
  if (faulted) return sendXrpc(res, faulted);
  const answer = await method.run(ctx);
  if (fault?.kind === 'timeout') return hangThenDrop(res, fault.latencyMs);
  sendXrpc(res, answer);
}

/** bsky.app/profile/{handle or DID}/post/{rkey}: where a published post can be read. */
function postPage(state: SocialState, res: ServerResponse, actor: string, rkey: string): void {
  const post = state
    .livePosts('bluesky')
    .find(
      (p) => p.id.endsWith(`/app.bsky.feed.post/${rkey}`) && (p.handle === actor || p.accountId === actor),
    );
  sendPostPage(res, 'Bluesky', post);
}

export const handleBluesky: PlatformHandler = async (state, req, res, path, url) => {
  const page = /^\/profile\/([^/]+)\/post\/([^/]+)$/.exec(path);
  if (req.method === 'GET' && page) {
    postPage(state, res, decodeURIComponent(page[1] ?? ''), page[2] ?? '');
    return true;
  }
  const match = /^\/xrpc\/([a-zA-Z0-9.]+)$/.exec(path);
  if (!match) return false;
  const method = METHODS[match[1] ?? ''];
  if (!method) {
    // What an XRPC server answers for a method it does not serve (not a placeholder): clients
    // calling a lexicon method the emulator lacks see the same 501 as from a real PDS.
    sendXrpc(res, xrpcError(501, 'MethodNotImplemented', 'Method Not Implemented'));
    return true;
  }
  if (req.method !== method.http) {
    sendXrpc(
      res,
      xrpcError(400, 'InvalidRequest', `Incorrect HTTP method (${req.method}) expected ${method.http}`),
    );
    return true;
  }
  await call(state, req, res, method, url);
  return true;
};
