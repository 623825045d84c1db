// Helpers of the history import suites: multipart uploads (with the trainVoice field), waiting
// for an import to finish through its GET endpoint, and counting what a user's imports wrote.
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { queryRows } from '../platform/db/index.js';
import { multipartFile } from './multipart.js';
import { call, type TestApp } from './test-app.js';

export function importsClient(t: TestApp) {
  const URL_ = '/api/v1/analytics/imports';

  function form(fileName: string, content: string | Buffer, trainVoice?: boolean) {
    const body = multipartFile(fileName, content);
    if (trainVoice === undefined) return body;
    const boundary = body.headers['content-type'].split('boundary=')[1];
    const field = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="trainVoice"\r\n\r\n${trainVoice}\r\n`,
    );
    return { ...body, payload: Buffer.concat([field, body.payload]) };
  }

  const upload = (
    token: string,
    fileName: string,
    content: string | Buffer,
    trainVoice?: boolean,
    key?: string,
  ) => {
    const body = form(fileName, content, trainVoice);
    return call(t, token, {
      method: 'POST',
      url: URL_,
      payload: body.payload,
      headers: { ...body.headers, ...(key ? { 'idempotency-key': key } : {}) },
    });
  };

  /** Polls until the import ends; `waitMs` bounds the wait (a 50,000-row file on a busy machine takes minutes). */
  async function finished(token: string, id: string, waitMs = 30_000) {
    for (const deadline = Date.now() + waitMs; Date.now() < deadline; ) {
      const res = await call(t, token, { method: 'GET', url: `${URL_}/${id}` });
      const body = res.json();
      if (body.status === 'done' || body.status === 'failed') return body;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('import did not finish');
  }

  async function imported(token: string, fileName: string, content: string | Buffer, trainVoice?: boolean) {
    const res = await upload(token, fileName, content, trainVoice);
    expect(res.statusCode, res.body).toBe(202);
    return finished(token, res.json().id);
  }

  const counts = async (userId: string) =>
    (
      await queryRows<{ posts: number; content: number; snapshots: number }>(
        t.database.db,
        sql`select (select count(*)::int from analytics_posts where user_id = ${userId}) as posts,
                   (select count(*)::int from content where user_id = ${userId} and source = 'imported') as content,
                   (select count(*)::int from analytics_snapshots where user_id = ${userId}) as snapshots`,
      )
    )[0];

  return { URL_, upload, finished, imported, counts };
}
