// A whole thread through one adapter, part after part, as the publishing engine sends it
// (threadPost), with a hook after each part so a test can fail or record midway.
import type { PublishedPost, Session, SocialClient } from '../port.js';
import { type ThreadPart, threadPost } from '../thread.js';

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
    const post = await client.publish(session, threadPost(parts[index] as ThreadPart, index, key, done));
    done.push(post);
    await onPart(index, post);
  }
  return done;
}
