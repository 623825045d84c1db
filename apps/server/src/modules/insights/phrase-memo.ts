// The key-phrase memo: topics of a post text are read once (the part-of-speech pass is most of a
// report's cost) and kept per user under a hash of the text and the extractor's version, so a
// report over 5,000 posts reads 5,000 rows instead of tagging 5,000 texts. Lazy rather than at
// ingestion: imports, tracking and backfill all write posts, and only reports need the topics.
import { createHash } from 'node:crypto';
import { topicsOfText } from './features.js';

/** Bump when topicsOfText changes what it returns: old entries are then simply never read. */
export const EXTRACTOR_VERSION = 1;

export interface PhraseStore {
  phrases(userId: string, hashes: string[]): Promise<Map<string, string[]>>;
  rememberPhrases(userId: string, entries: Map<string, string[]>): Promise<void>;
}

export function phraseKey(text: string): string {
  return createHash('sha256').update(`${EXTRACTOR_VERSION}\n${text}`).digest('hex');
}

/** Each text's topics, in order: from the memo where known, extracted (and remembered) otherwise. */
export async function memoisedTopics(
  store: PhraseStore,
  userId: string,
  texts: readonly string[],
): Promise<string[][]> {
  const keys = texts.map(phraseKey);
  const known = await store.phrases(userId, [...new Set(keys)]);
  const fresh = new Map<string, string[]>();
  const topics = texts.map((text, i) => {
    const key = keys[i] as string;
    const found = known.get(key) ?? fresh.get(key);
    if (found) return found;
    const read = topicsOfText(text);
    fresh.set(key, read);
    return read;
  });
  if (fresh.size > 0) await store.rememberPhrases(userId, fresh);
  return topics;
}
