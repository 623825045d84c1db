// What every emulated LinkedIn API call passes through before its handler: the versioning headers
// of /rest (LinkedIn-Version, X-Restli-Protocol-Version), the bearer token, the scope the resource
// needs, and injected faults mapped to LinkedIn's own answers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../../http.js';
import { bearer, hangThenDrop, sendEmpty } from '../responses.js';
import type { SocialState } from '../state.js';
import type { Account, SocialFault, Token } from '../types.js';
import {
  accessDenied,
  badRequest,
  duplicatePost,
  type Reply,
  serverError,
  throttled,
  unauthorized,
} from './errors.js';

export interface Caller {
  token: Token;
  account: Account;
  /** `urn:li:person:{sub}`. */
  urn: string;
  /** The LinkedIn-Version the call asked for (YYYYMM), absent on unversioned routes. */
  version?: string;
}

export const personUrn = (account: Account) => `urn:li:person:${account.id}`;

/** LinkedIn keeps a monthly version active for (at least) a year. */
const ACTIVE_MONTHS = 12;

export function versionProblem(req: IncomingMessage, nowMs: number): Reply | undefined {
  const header = req.headers['linkedin-version'];
  const version = Array.isArray(header) ? header[0] : header;
  if (!version)
    return badRequest(
      'A version must be present. Please specify a version by adding the LinkedIn-Version header.',
      'VERSION_MISSING',
    );
  const match = /^(\d{4})(\d{2})(?:\.\d{2})?$/.exec(version);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const now = new Date(nowMs);
  const age = (now.getUTCFullYear() - year) * 12 + (now.getUTCMonth() + 1 - month);
  if (!match || month < 1 || month > 12 || age < 0 || age > ACTIVE_MONTHS) {
    const day = match ? `${match[1]}${match[2]}01` : version;
    return {
      status: 426,
      body: { status: 426, code: 'NONEXISTENT_VERSION', message: `Requested version ${day} is not active` },
    };
  }
  // ⚠ Without 2.0.0 LinkedIn falls back to Rest.li 1.0 encoding; the emulator insists so that a
  // client which forgets the header fails here rather than in production.
  if (req.headers['x-restli-protocol-version'] !== '2.0.0')
    return badRequest('X-Restli-Protocol-Version 2.0.0 is required by this resource');
  return undefined;
}

export function authenticate(state: SocialState, req: IncomingMessage): Caller | Reply {
  const value = bearer(req);
  if (!value) return unauthorized('missing');
  const check = state.checkAccess('linkedin', value);
  if (!check.ok) return unauthorized(check.reason);
  return { token: check.token, account: check.account, urn: personUrn(check.account) };
}

/** The answer an injected fault gives instead of the handler's; `timeout` is the dispatcher's job. */
export function faultReply(state: SocialState, caller: Caller, fault: SocialFault): Reply | undefined {
  const { account } = caller;
  switch (fault.kind) {
    case 'rate_limit':
      return throttled('MEMBER');
    case 'server_error':
      return serverError();
    case 'token_expired':
      state.expireAccess('linkedin', account.id);
      return unauthorized('expired');
    case 'revoked':
      state.revokeWhere((t) => t.platform === 'linkedin' && t.accountId === account.id);
      return unauthorized('revoked');
    case 'duplicate': {
      const latest = state.livePosts('linkedin', account.id).at(-1);
      return duplicatePost(latest?.id ?? 'urn:li:share:7000000000000000000');
    }
    default:
      return undefined;
  }
}

export function send(res: ServerResponse, answer: Reply): void {
  const headers = { 'x-restli-protocol-version': '2.0.0', ...answer.headers };
  if (answer.body === undefined) sendEmpty(res, answer.status, headers);
  else sendJson(res, answer.status, answer.body, headers);
}

export interface ApiRoute {
  /** `publish` routes consume publish faults; others only `any` faults. */
  operation: 'publish' | 'read';
  /** The OAuth scope LinkedIn requires for this resource. */
  scopes: string[];
  /** For the 403 message ("partnerApiPostsExternal.CREATE"). */
  resource: string;
  versioned: boolean;
  handle(caller: Caller): Promise<Reply> | Reply;
}

/** Runs one authenticated API call: headers, token, fault, scope, then the handler. */
export async function serveApi(
  state: SocialState,
  req: IncomingMessage,
  res: ServerResponse,
  route: ApiRoute,
): Promise<void> {
  const problem = route.versioned ? versionProblem(req, state.now()) : undefined;
  if (problem) return send(res, problem);
  const caller = authenticate(state, req);
  if ('status' in caller) return send(res, caller);
  const version = req.headers['linkedin-version'];
  if (typeof version === 'string') caller.version = version;
  const fault = state.takeFault('linkedin', route.operation);
  const faulted = fault && fault.kind !== 'timeout' ? faultReply(state, caller, fault) : undefined;
  if (faulted) return send(res, faulted);
  const answer = route.scopes.every((scope) => caller.token.scopes.includes(scope))
    ? await route.handle(caller)
    : accessDenied(caller.version ? `${route.resource}.${caller.version}` : route.resource);
  // The hard case for clients: the request took effect, the answer never comes.
  if (fault?.kind === 'timeout') return hangThenDrop(res, fault.latencyMs);
  send(res, answer);
}
