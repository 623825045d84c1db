// A post's engagement as the AppView reports it (getPosts, getPostThread, getAuthorFeed): the
// emulator's seeded audience (engagement.ts: grows with age, hour, length, topic…) plus what really
// happened in the emulator — indexed like and repost records (one per account and post) and live
// direct replies. Quotes are seeded only: the emulator accepts no quote embeds. Also the viewer's
// own like and repost, which the SDK needs to undo them.
import { engagementAt } from '../engagement.js';
import type { SocialState } from '../state.js';
import type { Account, EmulatedPost, RepoRecord } from '../types.js';

export const LIKE = 'app.bsky.feed.like';
export const REPOST = 'app.bsky.feed.repost';

/** The indexed records of `collection` about `uri`, newest first. */
export function interactions(state: SocialState, collection: string, uri: string): RepoRecord[] {
  return state.records
    .filter((r) => r.platform === 'bluesky' && r.collection === collection && r.subject === uri && r.indexed)
    .reverse();
}

export function postCounts(state: SocialState, post: EmulatedPost) {
  const account = state.accountById('bluesky', post.accountId) as Account;
  const seeded = engagementAt(post, account, state.now());
  const replies = state.livePosts('bluesky').filter((p) => p.replyToId === post.id).length;
  return {
    replyCount: seeded.comments + replies,
    repostCount: seeded.reposts + interactions(state, REPOST, post.id).length,
    likeCount: seeded.likes + interactions(state, LIKE, post.id).length,
    quoteCount: seeded.quotes,
  };
}

/** app.bsky.feed.defs#viewerState for a signed-in viewer. */
export function viewerState(state: SocialState, post: EmulatedPost, viewer: Account | undefined) {
  if (!viewer) return undefined;
  const own = (collection: string) =>
    interactions(state, collection, post.id).find((r) => r.accountId === viewer.id)?.uri;
  const like = own(LIKE);
  const repost = own(REPOST);
  return {
    ...(like ? { like } : {}),
    ...(repost ? { repost } : {}),
    threadMuted: false,
    embeddingDisabled: false,
  };
}
