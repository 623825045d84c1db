// The sandbox consent page as a browser reads it: its pattern must compile the way browsers compile
// `pattern` (with the `v` flag), the emulator must refuse on POST what the form refuses, and the
// page must not send the browser looking for a favicon.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.js';
import { ACCOUNT_PATTERN, consentPage } from './consent.js';
import { SANDBOX_CLIENT } from './sandbox-clients.js';
import { s256 } from './state.js';

const rules = { platform: 'x', title: 'X', pkceRequired: true, codeTtlSeconds: 60 } as const;

/** What Chromium does with a pattern attribute: anchor it and compile it with the `v` flag. */
const asBrowserCompiles = (pattern: string) => new RegExp(`^(?:${pattern})$`, 'v');

describe('sandbox consent page', () => {
  const page = consentPage(rules, new URLSearchParams({ login_hint: 'ada.l-ove_1' }), '/authorize');
  const pattern = /pattern="([^"]+)"/.exec(page)?.[1] ?? '';

  it('has an account pattern that browsers can compile, so its validation is on', () => {
    expect(pattern).toBe(ACCOUNT_PATTERN);
    const compiled = asBrowserCompiles(pattern);
    expect(compiled.test('ada.l-ove_1')).toBe(true);
    expect(compiled.test('ada lovelace')).toBe(false);
    expect(compiled.test('x'.repeat(41))).toBe(false);
  });

  it('carries its own icon', () => {
    expect(page).toMatch(/<link rel="icon" href="data:image\/svg\+xml,/);
  });
});

describe('sandbox consent on the wire', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await createEmulator({ port: 0 });
  });
  afterAll(() => emulator.close());

  const decide = (account: string) =>
    fetch(`${emulator.platformUrl('x')}/i/oauth2/authorize`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({
        response_type: 'code',
        client_id: SANDBOX_CLIENT.clientId,
        redirect_uri: 'http://127.0.0.1:9/cb',
        scope: 'tweet.read users.read',
        state: 's',
        code_challenge: s256('a-verifier-that-is-long-enough-to-be-a-real-pkce-verifier-0123456789'),
        code_challenge_method: 'S256',
        account,
        decision: 'approve',
      }),
    });

  it('approves an account the form accepts and refuses one it refuses', async () => {
    expect((await decide('ada.l-ove_1')).status).toBe(302);
    const refused = await decide('ada lovelace');
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('letters, digits, dots, dashes and underscores');
  });
});
