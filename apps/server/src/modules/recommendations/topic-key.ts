// Topic identity: the normalised form feedback and de-duplication go by, and stable ids derived
// from it, so the same user, type and topic always get the same id (a retried feedback finds it).
import { createHash } from 'node:crypto';

/** Lower case, punctuation to spaces, single spaces: "Hiring  engineers!" and "hiring engineers" match. */
export function topicKey(topic: string): string {
  return topic
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A UUID-shaped id from sha256 of the parts (version nibble 5-like, variant 10xx) for uuid columns. */
export function stableId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const recommendationId = (userId: string, type: string, topic: string) =>
  stableId('recommendation', userId, type, topicKey(topic));

/** A post's opening as a topic: its first line, cut at a word near 100 characters. */
export function topicFromText(text: string): string {
  const line = (text.split(/\n/).find((l) => l.trim()) ?? text).trim();
  if (line.length <= 100) return line;
  return `${line.slice(0, 100).replace(/\s+\S*$/, '')}…`;
}
