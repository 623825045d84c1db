// Comments under /rest/socialActions/{urn}/comments with plain fetch as LinkedIn documents it: the
// Rest.li page, commenting as the member, refusals, and agreement with the COMMENT metric.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../index.js';
import { connectMember, createPost, type Member, restCall, toBusyMorning } from './testing.js';

let emulator: Emulator;
let member: Member;
let urn: string;
const SCOPES = ['openid', 'w_member_social', 'r_member_social', 'r_member_postAnalytics'];

beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  // A large audience and a busy morning, so that people comment whatever the wall clock says.
  member = await connectMember(emulator, 'radia', SCOPES);
  toBusyMorning(emulator);
  urn = await createPost(emulator, member, 'Which pricing page would you pick? Tell me why in the comments');
});
afterAll(() => emulator.close());

interface Comment {
  actor: string;
  id: string;
  commentUrn: string;
  object: string;
  message: { text: string };
  created: { actor: string; time: number };
}
interface Page {
  paging: { start: number; count: number; total: number };
  elements: Comment[];
}

const commentsPath = (of = urn) => `/rest/socialActions/${encodeURIComponent(of)}/comments`;

async function page(query = ''): Promise<Page> {
  const response = await restCall(emulator, member, `${commentsPath()}${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Page;
}

async function commentMetric(): Promise<number | undefined> {
  const response = await restCall(
    emulator,
    member,
    `/rest/memberCreatorPostAnalytics?q=entity&entity=(share:${encodeURIComponent(urn)})&queryType=COMMENT&aggregation=TOTAL`,
  );
  return ((await response.json()) as { elements: { count: number }[] }).elements[0]?.count;
}

const comment = (body: unknown, as = member, of = urn) =>
  restCall(emulator, as, commentsPath(of), { method: 'POST', body: JSON.stringify(body) });

describe('LinkedIn comments', () => {
  it('pages the comments people left, oldest first, as many as the COMMENT metric counts', async () => {
    expect((await page()).paging).toMatchObject({ start: 0, total: 0 });
    emulator.social.advanceClock(2 * 86_400);
    const all = await page('?start=0&count=100');
    expect(all.paging.total).toBeGreaterThan(0);
    expect(all.paging.total).toBe(await commentMetric());
    const created = Date.parse(emulator.social.findPost('linkedin', urn)?.createdAt ?? '');
    const times = all.elements.map((c) => c.created.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.every((t) => t > created && t <= emulator.social.now())).toBe(true);
    expect(all.elements[0]).toMatchObject({ object: urn, actor: expect.stringMatching(/^urn:li:person:/) });
    expect(all.elements[0]?.message.text.length).toBeGreaterThan(0);
    const second = await page('?start=1&count=1');
    expect(second.elements).toEqual(all.elements.slice(1, 2));
    // The clock moves on: the comments already there keep their ids and times.
    emulator.social.advanceClock(86_400);
    expect((await page('?count=100')).elements.slice(0, all.elements.length)).toEqual(all.elements);
  });

  it('creates a comment as the member: 201 with the comment, listed last, counted by the metric', async () => {
    const before = await page('?count=100');
    const metric = await commentMetric();
    const created = await comment({
      actor: member.urn,
      object: urn,
      message: { text: 'Thanks, all (really)!' },
    });
    expect(created.status).toBe(201);
    const body = (await created.json()) as Comment;
    expect(body).toMatchObject({
      actor: member.urn,
      object: urn,
      message: { text: 'Thanks, all (really)!' },
    });
    expect(created.headers.get('x-restli-id')).toBe(body.commentUrn);
    const after = await page('?count=100');
    expect(after.paging.total).toBe(before.paging.total + 1);
    expect(after.elements.at(-1)).toEqual(body);
    expect(await commentMetric()).toBe((metric ?? 0) + 1);
  });

  it('refuses another actor, an empty message, an unknown post and missing scopes', async () => {
    const other = await connectMember(emulator, 'grace', SCOPES);
    expect((await comment({ actor: other.urn, message: { text: 'hi' } })).status).toBe(403);
    expect((await comment({ actor: member.urn, message: {} })).status).toBe(422);
    expect((await comment({ actor: member.urn, message: { text: 'x'.repeat(1251) } })).status).toBe(422);
    expect(
      (await comment({ actor: member.urn, message: { text: 'hi' } }, member, 'urn:li:share:1')).status,
    ).toBe(404);
    expect((await comment({ actor: other.urn, message: { text: 'On your post' } }, other)).status).toBe(201);
    const writeOnly = await connectMember(emulator, 'lin', ['openid', 'w_member_social']);
    const read = await restCall(emulator, writeOnly, commentsPath());
    expect([read.status, ((await read.json()) as { code: string }).code]).toEqual([403, 'ACCESS_DENIED']);
  });
});
