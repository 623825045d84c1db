// Like and repost records in an account's repository (app.bsky.feed.like / app.bsky.feed.repost):
// the lexicon check the PDS makes (a strong ref subject {uri, cid} in at-uri and CID formats, a
// datetime createdAt, an optional `via` strong ref), storage, and whether the AppView indexes it.
// The PDS does not check that the subject exists: a like of a missing post is stored, never counted.
import type { SocialState } from '../state.js';
import type { Account, RepoRecord } from '../types.js';
import { LIKE, REPOST } from './counts.js';
import { cidOf, didOf } from './xrpc.js';

export const INTERACTIONS = new Set([LIKE, REPOST]);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const AT_URI = /^at:\/\/[a-zA-Z0-9._:%-]+(\/[a-zA-Z0-9.-]+(\/[a-zA-Z0-9._~:-]{1,512})?)?$/;
const CID = /^(b[a-z2-7]{50,}|Qm[1-9A-HJ-NP-Za-km-z]{44})$/;

function checkStrongRef(ref: unknown, path: string): string | undefined {
  if (!isObject(ref)) return `${path} must be an object`;
  if (typeof ref.uri !== 'string' || !AT_URI.test(ref.uri)) return `${path}/uri must be a valid at-uri`;
  if (typeof ref.cid !== 'string' || !CID.test(ref.cid)) return `${path}/cid must be a cid string`;
  return undefined;
}

/** An error message for a 400 InvalidRequest, or the subject's uri. */
export function validateInteraction(collection: string, record: unknown): { subject: string } | string {
  if (!isObject(record)) return `Invalid ${collection} record: Record must be an object`;
  if (record.$type !== collection)
    return `Invalid $type: expected ${collection}, got ${String(record.$type)}`;
  const problem =
    checkStrongRef(record.subject, 'Record/subject') ??
    (record.via === undefined ? undefined : checkStrongRef(record.via, 'Record/via')) ??
    (typeof record.createdAt !== 'string' || Number.isNaN(Date.parse(record.createdAt))
      ? 'Record/createdAt must be an valid datetime string'
      : undefined);
  if (problem) return `Invalid ${collection} record: ${problem}`;
  return { subject: String((record.subject as Json).uri) };
}

export const recordUri = (account: Account, collection: string, rkey: string) =>
  `at://${didOf(account)}/${collection}/${rkey}`;

export function findInteraction(state: SocialState, uri: string): RepoRecord | undefined {
  return state.records.find((r) => r.platform === 'bluesky' && r.uri === uri);
}

/** Stores the record; the AppView indexes it only if the account has no indexed one on that subject. */
export function storeInteraction(
  state: SocialState,
  account: Account,
  write: { collection: string; rkey: string; record: Json; subject: string },
): RepoRecord {
  const indexed = !state.records.some(
    (r) =>
      r.platform === 'bluesky' &&
      r.collection === write.collection &&
      r.accountId === account.id &&
      r.subject === write.subject &&
      r.indexed,
  );
  const stored: RepoRecord = {
    platform: 'bluesky',
    accountId: account.id,
    collection: write.collection,
    rkey: write.rkey,
    uri: recordUri(account, write.collection, write.rkey),
    cid: cidOf(JSON.stringify(write.record), 0x71),
    value: write.record,
    subject: write.subject,
    indexed,
    createdAt: new Date(state.now()).toISOString(),
  };
  state.records.push(stored);
  state.onChange();
  return stored;
}

/** Deleting removes the record from the repository, and so from the AppView's counts. */
export function removeInteraction(state: SocialState, uri: string): boolean {
  const index = state.records.findIndex((r) => r.platform === 'bluesky' && r.uri === uri);
  if (index < 0) return false;
  state.records.splice(index, 1);
  state.onChange();
  return true;
}
