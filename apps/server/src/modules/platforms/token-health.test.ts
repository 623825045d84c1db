import { describe, expect, it } from 'vitest';
import { dueReminder, remindersCovered, type TokenFacts, tokenHealth } from './token-health.js';

const NOW = new Date('2027-03-01T12:00:00.000Z');
const inDays = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

const linkedInSelfServe = (days: number): TokenFacts => ({
  status: 'active',
  expiresAt: inDays(days),
  refreshable: false,
  refreshExpiresAt: null,
});

describe('tokenHealth', () => {
  it('counts a fresh 60-day token as healthy with its days left', () => {
    expect(tokenHealth(linkedInSelfServe(60), NOW)).toEqual({
      status: 'healthy',
      expiresAt: inDays(60).toISOString(),
      daysLeft: 60,
      refreshable: false,
    });
  });

  it('says expiring from 14 days left, rounding part days up', () => {
    expect(tokenHealth(linkedInSelfServe(14.5), NOW)).toMatchObject({ status: 'healthy', daysLeft: 15 });
    expect(tokenHealth(linkedInSelfServe(14), NOW)).toMatchObject({ status: 'expiring', daysLeft: 14 });
    expect(tokenHealth(linkedInSelfServe(0.2), NOW)).toMatchObject({ status: 'expiring', daysLeft: 1 });
  });

  it('says expired once a token that cannot renew has run out', () => {
    expect(tokenHealth(linkedInSelfServe(-1), NOW)).toMatchObject({ status: 'expired', daysLeft: 0 });
    expect(tokenHealth({ ...linkedInSelfServe(30), status: 'expired' }, NOW).status).toBe('expired');
  });

  it('keeps a renewing token healthy whatever its access token expiry', () => {
    const x: TokenFacts = {
      status: 'active',
      expiresAt: inDays(-1),
      refreshable: true,
      refreshExpiresAt: null,
    };
    expect(tokenHealth(x, NOW)).toEqual({ status: 'healthy', refreshable: true });
  });

  it('watches the refresh token when it has an end of its own (LinkedIn partner apps)', () => {
    const partner: TokenFacts = {
      status: 'active',
      expiresAt: inDays(50),
      refreshable: true,
      refreshExpiresAt: inDays(10),
    };
    expect(tokenHealth(partner, NOW)).toMatchObject({ status: 'expiring', daysLeft: 10, refreshable: true });
  });

  it('says revoked after the platform did, and never expires what does not expire', () => {
    const medium: TokenFacts = {
      status: 'active',
      expiresAt: null,
      refreshable: false,
      refreshExpiresAt: null,
    };
    expect(tokenHealth(medium, NOW)).toEqual({ status: 'healthy', refreshable: false });
    expect(tokenHealth({ ...medium, status: 'revoked' }, NOW)).toEqual({
      status: 'revoked',
      refreshable: false,
    });
  });
});

describe('dueReminder', () => {
  it('sends 14, 7 and 1 days ahead, each once', () => {
    expect(dueReminder(linkedInSelfServe(20), NOW, [])).toBeUndefined();
    expect(dueReminder(linkedInSelfServe(14), NOW, [])).toBe(14);
    expect(dueReminder(linkedInSelfServe(13), NOW, [14])).toBeUndefined();
    expect(dueReminder(linkedInSelfServe(7), NOW, [14])).toBe(7);
    expect(dueReminder(linkedInSelfServe(0.5), NOW, [14, 7])).toBe(1);
    expect(dueReminder(linkedInSelfServe(0.5), NOW, [14, 7, 1])).toBeUndefined();
  });

  it('sends only the latest missed reminder and marks the earlier ones covered', () => {
    expect(dueReminder(linkedInSelfServe(5), NOW, [])).toBe(7);
    expect(remindersCovered(7)).toEqual([14, 7]);
    expect(remindersCovered(1)).toEqual([14, 7, 1]);
  });

  it('has nothing to say about expired, revoked or never-ending tokens', () => {
    expect(dueReminder(linkedInSelfServe(-1), NOW, [])).toBeUndefined();
    expect(dueReminder({ ...linkedInSelfServe(3), status: 'revoked' }, NOW, [])).toBeUndefined();
    expect(
      dueReminder({ status: 'active', expiresAt: null, refreshable: false, refreshExpiresAt: null }, NOW, []),
    ).toBeUndefined();
  });
});
