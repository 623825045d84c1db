// Publishing a thread through any SocialClient: each part replies to the previous one, and a thread
// that failed midway resumes after the parts already published (their ids are passed back in).
import type { OutgoingPost, PublishedPost, Session, SocialClient } from './port.js';

export interface ThreadPart extends Omit<OutgoingPost, 'replyTo' | 'idempotencyKey'> {}

/**
 * Publishes `parts[published.length…]`, calling `onPart` after each so the caller can persist
 * progress before the next request. The idempotency key of part i is `${key}:${i}`.
 */
export async function publishThread(
  client: SocialClient,
  session: Session,
  parts: ThreadPart[],
  key: string,
  published: PublishedPost[] = [],
  onPart: (index: number, post: PublishedPost) => Promise<void> | void = () => {},
): Promise<PublishedPost[]> {
  const done = [...published];
  for (let index = done.length; index < parts.length; index += 1) {
    const root = done[0];
    const parent = done[done.length - 1];
    const post = await client.publish(session, {
      ...(parts[index] as ThreadPart),
      replyTo: root && parent ? { root, parent } : undefined,
      idempotencyKey: `${key}:${index}`,
    });
    done.push(post);
    await onPart(index, post);
  }
  return done;
}
