// Record keys derived from idempotency keys. Bluesky has no idempotency header, but a client may
// choose the record key: the same publish attempt always asks for the same key, so a retry after a
// lost answer collides with the first record instead of posting twice. Post keys must be TIDs:
// 13 base32-sortable characters encoding 53 bits of microseconds and a 10-bit clock id.
import { createHash } from 'node:crypto';

const ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
export const TID_PATTERN = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;
/** Derived timestamps fall in 2023–2025: always in the past, never "from the future". */
const BASE_MICROS = BigInt(Date.UTC(2023, 0, 1)) * 1000n;
const SPREAD_MICROS = 1n << 46n;

export function recordKeyFor(idempotencyKey: string): string {
  const digest = createHash('sha256').update(`bluesky-record-key:${idempotencyKey}`).digest();
  const micros = BASE_MICROS + (digest.readBigUInt64BE(0) % SPREAD_MICROS);
  let value = (micros << 10n) | BigInt(digest.readUInt16BE(8) & 0x3ff);
  let key = '';
  for (let i = 0; i < 13; i += 1) {
    key = ALPHABET[Number(value & 31n)] + key;
    value >>= 5n;
  }
  return key;
}

/** Splits `at://did/collection/rkey`. */
export function parseAtUri(uri: string): { repo: string; collection: string; rkey: string } | undefined {
  const match = /^at:\/\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(uri);
  if (!match) return undefined;
  return { repo: match[1] ?? '', collection: match[2] ?? '', rkey: match[3] ?? '' };
}
