// What LinkedIn tells about the member: OpenID userinfo (/v2/userinfo) and the follower count
// (/rest/memberFollowersCount), which grows with the shared seeded engagement model; post analytics
// live in analytics.ts.
import { followersAt } from '../engagement.js';
import type { SocialState } from '../state.js';
import { badRequest, type Reply, reply } from './errors.js';
import type { Caller } from './gate.js';
import { emailOf } from './id-token.js';

const EMPTY_PAGING = { start: 0, count: 10, links: [] };

export function userinfo(caller: Caller): Reply {
  const { account, token } = caller;
  const [given, ...family] = account.name.split(' ');
  return reply(200, {
    sub: account.id,
    ...(token.scopes.includes('profile')
      ? {
          name: account.name,
          given_name: given ?? account.name,
          family_name: family.join(' '),
          picture: account.avatarUrl,
          locale: { country: 'US', language: 'en' },
        }
      : {}),
    ...(token.scopes.includes('email') ? { email: emailOf(account), email_verified: true } : {}),
  });
}

export function followersCount(state: SocialState, url: URL, caller: Caller): Reply {
  if (url.searchParams.get('q') !== 'me') return badRequest('Unsupported finder; use q=me');
  const posts = state.livePosts('linkedin', caller.account.id);
  return reply(200, {
    paging: EMPTY_PAGING,
    elements: [{ memberFollowersCount: followersAt(caller.account, posts, state.now()) }],
  });
}
