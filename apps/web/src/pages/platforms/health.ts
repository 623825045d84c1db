// Token health in words, pure: what the card's status line says and how loudly.
import type { TokenHealth } from '@brandwright/contracts';

export type HealthTone = 'good' | 'warning' | 'danger';

export interface HealthText {
  tone: HealthTone;
  /** The short status: "Healthy", "Expires in 5 days"… */
  label: string;
  /** What it means for the user. */
  detail: string;
}

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

export function describeHealth(health: TokenHealth): HealthText {
  switch (health.status) {
    case 'revoked':
      return {
        tone: 'danger',
        label: 'Access revoked',
        detail: 'The platform withdrew access. Reconnect to publish again.',
      };
    case 'expired':
      return {
        tone: 'danger',
        label: 'Expired',
        detail: 'The connection ran out. Reconnect to publish again.',
      };
    case 'expiring':
      return {
        tone: 'warning',
        label: `Expires in ${days(health.daysLeft ?? 0)}`,
        detail: 'This platform needs you to sign in again before then: reconnect to keep publishing.',
      };
    case 'healthy':
      return {
        tone: 'good',
        label: 'Healthy',
        detail: health.refreshable
          ? 'Renews itself automatically.'
          : health.daysLeft !== undefined
            ? `Reconnect within ${days(health.daysLeft)}; we will remind you.`
            : 'Stays connected until you disconnect.',
      };
  }
}
