// The account's post length is read when a connection is made; a platform that cannot say leaves
// the connection usable at the default length, and the warning names no token.
import { describe, expect, it } from 'vitest';
import { PlatformError, type PlatformLimits, type SocialClient } from '../../adapters/social/index.js';
import { reportedPostLength } from './account-limits.js';

const session = { account: { id: 'a1', serverUrl: 'https://long.example' }, accessToken: 'secret-token' };

function clientWith(limits: () => Promise<PlatformLimits>): SocialClient {
  return { platform: 'mastodon', limits } as unknown as SocialClient;
}

function recordingLog() {
  const lines: string[] = [];
  return {
    lines,
    warn: (details: Record<string, unknown>, message: string) =>
      lines.push(JSON.stringify({ details, message })),
  };
}

describe('reportedPostLength', () => {
  it("is the platform's own per-post length", async () => {
    const limits: PlatformLimits = {
      maxLength: 5000,
      counting: 'characters',
      maxMedia: 4,
      threads: true,
      requiresTitle: false,
    };
    const log = recordingLog();
    expect(
      await reportedPostLength(
        clientWith(async () => limits),
        session,
        log,
      ),
    ).toBe(5000);
    expect(log.lines).toEqual([]);
  });

  it('is null, with a warning that names the failure and no token, when the platform cannot say', async () => {
    const log = recordingLog();
    const failing = clientWith(async () => {
      throw new PlatformError('mastodon', 'UNAVAILABLE', 'instance down for secret-token');
    });
    expect(await reportedPostLength(failing, session, log)).toBeNull();
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toContain('UNAVAILABLE');
    expect(log.lines[0]).not.toContain('secret-token');
  });
});
