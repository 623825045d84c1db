// What LinkedIn tells about the member: OpenID userinfo (/v2/userinfo), post analytics (one
// metric per call, /rest/memberCreatorPostAnalytics) and the follower count (/rest/memberFollowersCount).
// The numbers come from the shared seeded engagement model, so they grow as the clock advances.
import { engagementAt, followersAt } from '../engagement.js';
import type { SocialState } from '../state.js';
import { badRequest, notFound, type Reply, reply } from './errors.js';
import type { Caller } from './gate.js';
import { emailOf } from './id-token.js';

export const METRIC_TYPES = ['IMPRESSION', 'MEMBERS_REACHED', 'RESHARE', 'REACTION', 'COMMENT'] as const;
type MetricType = (typeof METRIC_TYPES)[number];

/** ⚠ The union key LinkedIn wraps the metric type in; clients should read `count` only. */
const METRIC_TYPE_KEY = 'com.linkedin.adsexternalapi.memberanalytics.v1.CreatorPostAnalyticsMetricTypeV1';
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

/** `(share:urn:li:share:…)` or `(ugc:urn:li:ugcPost:…)`, as Rest.li 2.0 writes a union (decoded). */
function entityUrn(value: string | null): string | undefined {
  const match = /^\((share|ugc):(urn:li:(share|ugcPost):\d+)\)$/.exec(value ?? '');
  return match?.[2];
}

function metricCount(type: MetricType, numbers: ReturnType<typeof engagementAt>): number {
  switch (type) {
    case 'IMPRESSION':
      return numbers.impressions;
    case 'MEMBERS_REACHED':
      // Unique members: most impressions are first views.
      return Math.round(numbers.impressions * 0.72);
    case 'RESHARE':
      return numbers.reposts;
    case 'REACTION':
      return numbers.likes;
    case 'COMMENT':
      return numbers.comments;
  }
}

export function postAnalytics(state: SocialState, url: URL, caller: Caller): Reply {
  const params = url.searchParams;
  if (params.get('q') !== 'entity') return badRequest('Unsupported finder; use q=entity');
  const urn = entityUrn(params.get('entity'));
  if (!urn) return badRequest('entity must be (share:urn:li:share:…) or (ugc:urn:li:ugcPost:…)');
  const type = params.get('queryType') as MetricType;
  if (!METRIC_TYPES.includes(type)) return badRequest(`queryType must be one of ${METRIC_TYPES.join(', ')}`);
  // ⚠ DAILY (with a dateRange) exists at LinkedIn; the emulator answers TOTAL only.
  if (params.get('aggregation') !== 'TOTAL') return badRequest('aggregation must be TOTAL');
  const post = state.livePosts('linkedin', caller.account.id).find((p) => p.id === urn);
  if (!post) return notFound(`Post ${urn} not found for this member`);
  const numbers = engagementAt(post, caller.account, state.now());
  return reply(200, {
    paging: EMPTY_PAGING,
    elements: [{ count: metricCount(type, numbers), metricType: { [METRIC_TYPE_KEY]: type } }],
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
