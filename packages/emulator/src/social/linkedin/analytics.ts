// GET /rest/memberCreatorPostAnalytics?q=entity: one metric per call (queryType), TOTAL over the
// post's life or a dateRange, or DAILY over a dateRange (one element per UTC day, each with its own
// dateRange and count). Every number is a difference of one cumulative curve — the shared seeded
// engagement model, plus the member's own comments — so the days always add up to the total.
import { engagementAt } from '../engagement.js';
import type { SocialState } from '../state.js';
import type { Account, EmulatedPost } from '../types.js';
import { commentCountAt } from './comments.js';
import { badRequest, notFound, type Reply, reply } from './errors.js';
import type { Caller } from './gate.js';

export const METRIC_TYPES = [
  'IMPRESSION',
  'MEMBERS_REACHED',
  'RESHARE',
  'REACTION',
  'COMMENT',
  'POST_SAVE',
  'POST_SEND',
] as const;
type MetricType = (typeof METRIC_TYPES)[number];

/** ⚠ The union key LinkedIn wraps the metric type in; clients should read `count` only. */
const METRIC_TYPE_KEY = 'com.linkedin.adsexternalapi.memberanalytics.v1.CreatorPostAnalyticsMetricTypeV1';
const DAY_MS = 86_400_000;

interface RestliDate {
  day: number;
  month: number;
  year: number;
}

/** The metric's cumulative value at `atMs`. */
function cumulative(type: MetricType, post: EmulatedPost, author: Account, atMs: number): number {
  if (atMs <= Date.parse(post.createdAt)) return 0;
  if (type === 'COMMENT') return commentCountAt(post, author, atMs);
  const numbers = engagementAt(post, author, atMs);
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
    case 'POST_SAVE':
      return numbers.bookmarks;
    case 'POST_SEND':
      // Sends in private messages: about a third as common as public reshares.
      return Math.round(numbers.reposts / 3);
  }
}

/** `(share:urn:li:share:…)` or `(ugc:urn:li:ugcPost:…)`, as Rest.li 2.0 writes a union (decoded). */
function entityUrn(value: string | null): string | undefined {
  const match = /^\((share|ugc):(urn:li:(share|ugcPost):\d+)\)$/.exec(value ?? '');
  return match?.[2];
}

const DATE = '\\(day:(\\d{1,2}),month:(\\d{1,2}),year:(\\d{4})\\)';
const DATE_RANGE = new RegExp(`^\\(start:${DATE},end:${DATE}\\)$`);

/** `(start:(day:1,month:5,year:2026),end:(day:8,month:5,year:2026))` → [start, end) in epoch ms. */
function parseDateRange(value: string): [number, number] | undefined {
  const m = DATE_RANGE.exec(value)?.slice(1).map(Number);
  if (m?.length !== 6) return undefined;
  const [d1, m1, y1, d2, m2, y2] = m as [number, number, number, number, number, number];
  const start = Date.UTC(y1, m1 - 1, d1);
  const end = Date.UTC(y2, m2 - 1, d2);
  const valid = new Date(start).getUTCDate() === d1 && new Date(end).getUTCDate() === d2;
  return valid && start < end ? [start, end] : undefined;
}

const restliDate = (ms: number): RestliDate => {
  const d = new Date(ms);
  return { day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() };
};

interface Query {
  type: MetricType;
  urn: string;
  aggregation: 'TOTAL' | 'DAILY';
  /** [start, end) in epoch ms; absent = the post's whole life. */
  range?: [number, number];
}

function parseQuery(params: URLSearchParams): Query | Reply {
  if (params.get('q') !== 'entity') return badRequest('Unsupported finder; use q=entity');
  const urn = entityUrn(params.get('entity'));
  if (!urn) return badRequest('entity must be (share:urn:li:share:…) or (ugc:urn:li:ugcPost:…)');
  const type = params.get('queryType') as MetricType;
  if (!METRIC_TYPES.includes(type)) return badRequest(`queryType must be one of ${METRIC_TYPES.join(', ')}`);
  const aggregation = params.get('aggregation');
  if (aggregation !== 'TOTAL' && aggregation !== 'DAILY')
    return badRequest('aggregation must be TOTAL or DAILY');
  const rangeParam = params.get('dateRange');
  const range = rangeParam === null ? undefined : parseDateRange(rangeParam);
  if (rangeParam !== null && !range)
    return badRequest(
      'dateRange must be (start:(day:D,month:M,year:Y),end:(day:D,month:M,year:Y)), start before end',
    );
  if (aggregation === 'DAILY' && !range) return badRequest('DAILY aggregation requires a dateRange');
  // ⚠ Unique reach cannot be split by day; LinkedIn refuses the pair (as reported, not documented).
  if (aggregation === 'DAILY' && type === 'MEMBERS_REACHED')
    return badRequest('MEMBERS_REACHED does not support DAILY aggregation');
  return { type, urn, aggregation, ...(range ? { range } : {}) };
}

function element(query: Query, count: number, range?: [number, number]) {
  return {
    ...(range ? { dateRange: { start: restliDate(range[0]), end: restliDate(range[1]) } } : {}),
    count,
    metricType: { [METRIC_TYPE_KEY]: query.type },
  };
}

export function postAnalytics(state: SocialState, url: URL, caller: Caller): Reply {
  const query = parseQuery(url.searchParams);
  if ('status' in query) return query;
  const post = state.livePosts('linkedin', caller.account.id).find((p) => p.id === query.urn);
  if (!post) return notFound(`Post ${query.urn} not found for this member`);
  const now = state.now();
  const at = (ms: number) => cumulative(query.type, post, caller.account, Math.min(ms, now));
  const between = ([from, to]: [number, number]) => Math.max(0, at(to) - at(from));
  let elements: ReturnType<typeof element>[];
  if (query.aggregation === 'TOTAL')
    elements = [element(query, query.range ? between(query.range) : at(now), query.range)];
  else {
    // Days that have begun; a day still under way counts what happened so far.
    const [start, end] = query.range as [number, number];
    const days: [number, number][] = [];
    for (let day = start; day < Math.min(end, now); day += DAY_MS) days.push([day, day + DAY_MS]);
    elements = days.map((day) => element(query, between(day), day));
  }
  return reply(200, { paging: { start: 0, count: 10, links: [] }, elements });
}
