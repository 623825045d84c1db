// Domain events of the platforms module, for notifications (later) and anything else that listens.
// Payloads name the user and platform only: never a token.
import type { Platform } from '@brandwright/contracts';

/** A connection that cannot renew itself ends in `daysLeft` days: sent at 14, 7 and 1 days, each once. */
export interface ConnectionExpiringEvent {
  type: 'platform.connection.expiring';
  payload: { userId: string; platform: Platform; daysLeft: number; expiresAt: string };
}

/** The connection's tokens ran out; the user must connect again. */
export interface ConnectionExpiredEvent {
  type: 'platform.connection.expired';
  payload: { userId: string; platform: Platform };
}

/** The platform refused the tokens for good (revoked by the user, or a refresh refused). */
export interface ConnectionRevokedEvent {
  type: 'platform.connection.revoked';
  payload: { userId: string; platform: Platform };
}

/** A connection was made (or made again): analytics backfills the account's recent posts. */
export interface ConnectionConnectedEvent {
  type: 'platform.connection.connected';
  payload: { userId: string; platform: Platform; connectionId: string };
}

export type PlatformConnectionEvent =
  | ConnectionConnectedEvent
  | ConnectionExpiringEvent
  | ConnectionExpiredEvent
  | ConnectionRevokedEvent;
