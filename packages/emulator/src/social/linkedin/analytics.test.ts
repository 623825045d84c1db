// memberCreatorPostAnalytics with plain fetch as LinkedIn documents it: every queryType, TOTAL and
// DAILY (with a dateRange, one element per day), in LinkedIn's shape, from the engagement model.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../index.js';
import { engagementAt } from '../engagement.js';
import { connectMember, createPost, type Member, restCall, toBusyMorning } from './testing.js';

let emulator: Emulator;
let member: Member;
let urn: string;
const KEY = 'com.linkedin.adsexternalapi.memberanalytics.v1.CreatorPostAnalyticsMetricTypeV1';
const DAY = 86_400_000;

beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  member = await connectMember(emulator, 'radia', ['openid', 'w_member_social', 'r_member_postAnalytics']);
  toBusyMorning(emulator);
  urn = await createPost(
    emulator,
    member,
    'What 100 customer calls taught me about pricing, and why it matters',
  );
  emulator.social.advanceClock(3 * 86_400);
});
afterAll(() => emulator.close());

interface Element {
  count: number;
  metricType: Record<string, string>;
  dateRange?: {
    start: { day: number; month: number; year: number };
    end: { day: number; month: number; year: number };
  };
}

const restliDate = (ms: number) => {
  const d = new Date(ms);
  return `(day:${d.getUTCDate()},month:${d.getUTCMonth() + 1},year:${d.getUTCFullYear()})`;
};

async function analytics(queryType: string, aggregation: string, range?: [number, number]) {
  const entity = `(share:${encodeURIComponent(urn)})`;
  const dateRange = range ? `&dateRange=(start:${restliDate(range[0])},end:${restliDate(range[1])})` : '';
  const response = await restCall(
    emulator,
    member,
    `/rest/memberCreatorPostAnalytics?q=entity&entity=${entity}&queryType=${queryType}&aggregation=${aggregation}${dateRange}`,
  );
  return {
    status: response.status,
    body: (await response.json()) as { elements: Element[]; paging: unknown },
  };
}

describe('memberCreatorPostAnalytics', () => {
  it('answers TOTAL for every queryType from the engagement model, in LinkedIn’s shape', async () => {
    const post = emulator.social.findPost('linkedin', urn);
    const account = emulator.social.account('linkedin', 'radia');
    if (!post) throw new Error('post missing');
    const numbers = engagementAt(post, account, emulator.social.now());
    const expected: Record<string, number> = {
      IMPRESSION: numbers.impressions,
      MEMBERS_REACHED: Math.round(numbers.impressions * 0.72),
      RESHARE: numbers.reposts,
      REACTION: numbers.likes,
      COMMENT: numbers.comments,
      POST_SAVE: numbers.bookmarks,
      POST_SEND: Math.round(numbers.reposts / 3),
    };
    expect(numbers.impressions).toBeGreaterThan(0);
    for (const [queryType, count] of Object.entries(expected)) {
      const { status, body } = await analytics(queryType, 'TOTAL');
      expect(status).toBe(200);
      expect(body).toEqual({
        paging: { start: 0, count: 10, links: [] },
        elements: [{ count, metricType: { [KEY]: queryType } }],
      });
    }
  });

  it('answers DAILY over a dateRange: one element per begun day, adding up to the total', async () => {
    const created = Date.parse(emulator.social.findPost('linkedin', urn)?.createdAt ?? '');
    const firstDay = created - (created % DAY);
    const range: [number, number] = [firstDay - DAY, firstDay + 10 * DAY];
    const days = Math.floor((emulator.social.now() - range[0]) / DAY) + 1;
    for (const queryType of ['IMPRESSION', 'REACTION', 'COMMENT', 'RESHARE', 'POST_SAVE', 'POST_SEND']) {
      const daily = await analytics(queryType, 'DAILY', range);
      expect(daily.status).toBe(200);
      expect(daily.body.elements).toHaveLength(days);
      const [before, ...rest] = daily.body.elements;
      expect(before).toEqual({
        dateRange: { start: expect.any(Object), end: expect.any(Object) },
        count: 0,
        metricType: { [KEY]: queryType },
      });
      for (const [i, element] of daily.body.elements.entries()) {
        const start = new Date(range[0] + i * DAY);
        expect(element.dateRange?.start).toEqual({
          day: start.getUTCDate(),
          month: start.getUTCMonth() + 1,
          year: start.getUTCFullYear(),
        });
      }
      const total = (await analytics(queryType, 'TOTAL')).body.elements[0]?.count;
      expect(rest.reduce((sum, e) => sum + e.count, 0)).toBe(total);
      const inRange = (await analytics(queryType, 'TOTAL', range)).body.elements[0];
      expect(inRange?.count).toBe(total);
    }
    const impressions = (await analytics('IMPRESSION', 'DAILY', range)).body.elements.map((e) => e.count);
    // Most impressions come on the first day: the model's growth is front-loaded.
    expect(impressions[1]).toBeGreaterThan(impressions[3] ?? 0);
  });

  it('refuses what LinkedIn refuses with 400', async () => {
    const range: [number, number] = [emulator.social.now() - 2 * DAY, emulator.social.now()];
    for (const [queryType, aggregation, withRange] of [
      ['IMPRESSION', 'DAILY', false],
      ['MEMBERS_REACHED', 'DAILY', true],
      ['CLICKS', 'TOTAL', false],
      ['IMPRESSION', 'WEEKLY', false],
    ] as const)
      expect((await analytics(queryType, aggregation, withRange ? range : undefined)).status).toBe(400);
    const backwards = await restCall(
      emulator,
      member,
      `/rest/memberCreatorPostAnalytics?q=entity&entity=(share:${encodeURIComponent(urn)})&queryType=IMPRESSION&aggregation=DAILY&dateRange=(start:(day:5,month:5,year:2026),end:(day:1,month:5,year:2026))`,
    );
    expect(backwards.status).toBe(400);
  });
});
