// What part `index` of a thread is sent as, on any platform: it replies to the thread's first post
// (root) and to the part before it (parent), and carries the idempotency key `${key}:${index}`, so a
// resend of the same part is recognisable and a thread that failed midway resumes where it stopped.
import type { OutgoingPost, PublishedPost } from './port.js';

export type ThreadPart = Omit<OutgoingPost, 'replyTo' | 'idempotencyKey'>;

/** `published`: the parts already out, in order (part i at position i). */
export function threadPost(
  part: ThreadPart,
  index: number,
  key: string,
  published: PublishedPost[],
): OutgoingPost {
  const root = published[0];
  const parent = published[index - 1];
  return {
    ...part,
    replyTo: index > 0 && root && parent ? { root, parent } : undefined,
    idempotencyKey: `${key}:${index}`,
  };
}
