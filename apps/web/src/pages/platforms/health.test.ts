import { describe, expect, it } from 'vitest';
import { describeHealth } from './health';

describe('describeHealth', () => {
  it('names days left for tokens that need the user again', () => {
    expect(describeHealth({ status: 'expiring', daysLeft: 1, refreshable: false })).toMatchObject({
      tone: 'warning',
      label: 'Expires in 1 day',
    });
    expect(describeHealth({ status: 'healthy', daysLeft: 60, refreshable: false }).detail).toBe(
      'Reconnect within 60 days; we will remind you.',
    );
  });

  it('tells renewing and never-ending connections apart', () => {
    expect(describeHealth({ status: 'healthy', refreshable: true }).detail).toMatch(/automatically/);
    expect(describeHealth({ status: 'healthy', refreshable: false }).detail).toMatch(/until you disconnect/);
  });

  it('asks to reconnect when expired or revoked', () => {
    expect(describeHealth({ status: 'expired', daysLeft: 0, refreshable: false })).toMatchObject({
      tone: 'danger',
      label: 'Expired',
    });
    expect(describeHealth({ status: 'revoked', refreshable: true }).label).toBe('Access revoked');
  });
});
