// Test helpers for the content suites: a typed API caller and sample pieces.
import { call, type TestApp } from './test-app.js';

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export function contentApi(t: TestApp) {
  return (
    token: string,
    method: Method,
    url: string,
    payload?: object | string,
    headers?: Record<string, string>,
  ) =>
    call(t, token, {
      method,
      url: `/api/v1/content${url}`,
      ...(payload !== undefined ? { payload } : {}),
      headers: {
        ...(typeof payload === 'string' ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
    });
}

export const samplePost = {
  type: 'post',
  body: 'Shipping beats polishing.\n\nThree lessons from #StartupLife with @ada_l:',
  platforms: ['linkedin', 'x'],
  pillar: 'Engineering leadership',
} as const;

export const sampleArticle = {
  type: 'article',
  title: 'Why small releases win',
  body: '<h2>The claim</h2><p>Small releases <strong>reduce</strong> risk.</p><script>alert(1)</script><p><a href="https://example.com" onclick="x()">Read more</a></p>',
  platforms: ['medium', 'linkedin'],
} as const;
