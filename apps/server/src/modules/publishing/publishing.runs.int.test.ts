// The engine driven one run at a time, with no worker running, so a test can act between and during
// runs: a worker that loses the item mid-send commits nothing, the lease is renewed while a part is
// in flight, an aborted job stops between parts, a rescheduled item is not published at its old
// time, and a Mastodon send lost longer ago than the instance keeps Idempotency-Keys is read back.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.js';
import { RetryJobLater } from '../../platform/jobs/index.js';
import { emulatorControl } from '../../test/platforms.js';
import { connectSandbox, createPiece, emulatedPosts, fault, item, publish } from '../../test/publishing.js';
import { postWith, tamperingFetch } from '../../test/tampering-fetch.js';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

const ENV = { PUBLISH_LEASE_SECONDS: '3', PUBLISH_RECONCILE_DELAY_SECONDS: '1', PLATFORM_TIMEOUT_MS: '1500' };
const tamper = tamperingFetch();
let t: TestApp;
/** Another replica on the same database: another worker. */
let other: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestApp(ENV, undefined, { platformFetch: tamper.fetch });
  other = await createTestApp(ENV, t);
  token = (await registerUser(t)).accessToken;
  for (const platform of ['x', 'mastodon']) await connectSandbox(t, token, platform);
});
afterAll(async () => {
  await other.close();
  await t.close();
});

let counter = 0;
function unique(text: string): string {
  counter += 1;
  return `${text} ${counter} ${Date.now().toString(36)}.`;
}

async function schedule(body: string, platform: string): Promise<string> {
  const res = await publish(t, token, await createPiece(t, token, body), { platforms: [platform] });
  expect(res.statusCode, res.body).toBe(202);
  return res.json().items[0].id;
}

/** One run of the job's handler; a "run again later" is a normal ending here. */
const run = (app: TestApp, id: string, signal?: AbortSignal) =>
  app.services.publishing.publisher.publish(id, signal).then(
    () => 'done',
    (error: unknown) => {
      if (error instanceof RetryJobLater) return 'later';
      throw error;
    },
  );

const execute = (statement: ReturnType<typeof sql>) => t.database.db.execute(statement);
const outcomes = async (id: string) =>
  (
    await queryRows<{ outcome: string | null }>(
      t.database.db,
      sql`select outcome from publish_attempts where item_id = ${id} order by started_at`,
    )
  ).map((row) => row.outcome);
const copies = async (platform: string, text: string) =>
  (await emulatedPosts(t, platform)).filter((post) => post.text.includes(text)).length;

describe('a worker that lost the item while a part was in flight', () => {
  it('commits nothing, and the next owner reconciles instead of sending again', async () => {
    const text = unique('Owned by one worker at a time');
    const id = await schedule(text, 'x');
    const gate = tamper.gate(postWith(text));
    const first = run(t, id);
    await gate.arrived;
    // Its lease ran out during the send and another worker took the item over.
    await execute(sql`update scheduled_posts set locked_by = 'publisher-elsewhere',
      locked_until = now() + interval '1 minute' where id = ${id}`);
    gate.release();
    await first;
    expect(await outcomes(id)).toEqual([null]);
    expect((await item(t, token, id)).parts.published).toBe(0);
    // That worker died too: a third takes over and finds the post.
    await execute(
      sql`update scheduled_posts set locked_until = now() - interval '1 second' where id = ${id}`,
    );
    expect(await run(other, id)).toBe('done');
    expect(await item(t, token, id)).toMatchObject({ status: 'published', parts: { published: 1 } });
    expect(await copies('x', text)).toBe(1);
  });

  it('keeps the item while a send outlasts the lease', async () => {
    const text = unique('A slow platform');
    const id = await schedule(text, 'x');
    const gate = tamper.gate(postWith(text));
    const first = run(t, id);
    await gate.arrived;
    const [claimed] = await queryRows<{ until: string }>(
      t.database.db,
      sql`select locked_until::text as until from scheduled_posts where id = ${id}`,
    );
    // Wait (no timing asserted) until the lease reaches past the end of the one taken at the claim.
    for (;;) {
      const [now] = await queryRows<{ renewed: boolean }>(
        t.database.db,
        sql`select locked_until > ${claimed?.until}::timestamptz + interval '3 seconds' as renewed
          from scheduled_posts where id = ${id}`,
      );
      if (now?.renewed) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await run(other, id)).toBe('later');
    gate.release();
    expect(await first).toBe('done');
    expect((await item(t, token, id)).status).toBe('published');
    expect(await copies('x', text)).toBe(1);
  }, 20_000);
});

describe('the job’s abort signal', () => {
  it('stops between parts and hands the item back, to resume from the next part', async () => {
    const marker = unique('Stopping cleanly');
    const body = `${marker} ${'Every part of this thread must go out exactly once, in order. '.repeat(8)}`;
    const id = await schedule(body, 'x');
    const gate = tamper.gate(postWith(marker));
    const stop = new AbortController();
    const first = run(t, id, stop.signal);
    await gate.arrived;
    stop.abort();
    gate.release();
    expect(await first).toBe('later');
    const handedBack = await item(t, token, id);
    expect(handedBack).toMatchObject({ status: 'pending', parts: { published: 1 } });
    expect(await run(t, id)).toBe('done');
    const done = await item(t, token, id);
    expect(done.status).toBe('published');
    const parts = (await emulatedPosts(t, 'x'))
      .filter((post) => /\(\d+\/\d+\)$/.test(post.text))
      .slice(-done.parts.total);
    expect(new Set(parts.map((post) => post.text)).size).toBe(done.parts.total);
    expect(parts[0]?.text).toContain(marker);
  });
});

describe('a claim', () => {
  it('does not publish an item rescheduled after its job started', async () => {
    const text = unique('Moved to tomorrow');
    const id = await schedule(text, 'mastodon');
    const later = new Date(Date.now() + 86_400_000).toISOString();
    const moved = await call(t, token, {
      method: 'PATCH',
      url: `/api/v1/schedule/${id}`,
      payload: { scheduledFor: later },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    // The job that was already running when the user moved it.
    expect(await run(t, id)).toBe('later');
    expect(await item(t, token, id)).toMatchObject({ status: 'pending', scheduledFor: later });
    expect(await copies('mastodon', text)).toBe(0);
  });

  it('does not take an item before its next attempt is due', async () => {
    const text = unique('Waiting out a backoff');
    const id = await schedule(text, 'mastodon');
    await execute(
      sql`update scheduled_posts set next_attempt_at = now() + interval '1 hour' where id = ${id}`,
    );
    expect(await run(t, id)).toBe('later');
    expect((await item(t, token, id)).status).toBe('pending');
    expect(await copies('mastodon', text)).toBe(0);
  });
});

describe('a Mastodon send lost longer ago than the instance keeps its Idempotency-Key', () => {
  it('is read back from the account’s statuses, not sent again with the key', async () => {
    const text = unique('An hour is all the key lasts');
    const id = await schedule(text, 'mastodon');
    await fault(t, { platform: 'mastodon', kind: 'timeout', operation: 'publish', latencyMs: 4000 });
    expect(await run(t, id)).toBe('later');
    expect(await outcomes(id)).toEqual(['unknown']);
    // Ninety minutes pass, for us and for the instance (which forgets the key after an hour).
    await execute(sql`update publish_attempts set started_at = started_at - interval '90 minutes'
      where item_id = ${id}`);
    await execute(sql`update scheduled_posts set scheduled_for = scheduled_for - interval '90 minutes',
      next_attempt_at = null where id = ${id}`);
    await emulatorControl(t, 'clock', { advanceSeconds: 90 * 60 });
    expect(await run(t, id)).toBe('done');
    expect(await item(t, token, id)).toMatchObject({ status: 'published', problem: null });
    expect(await copies('mastodon', text)).toBe(1);
    expect(await outcomes(id)).toEqual(['sent']);
  });
});
