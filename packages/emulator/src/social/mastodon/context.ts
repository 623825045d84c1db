// GET /api/v1/statuses/:id/context on an emulated instance: the statuses above one (ancestors, root
// first) and below it (descendants, depth first with siblings oldest first, the order of Mastodon's
// recursive query), only those the viewer may see. Without a token Mastodon shows public threads but
// caps them (40 ancestors, 60 descendants, 20 levels deep); with one, 4,096 each.
import type { Account, EmulatedPost } from '../types.js';
import { type Answer, answer, type MastoContext, notFound } from './api.js';
import { statusView } from './views.js';

const ANONYMOUS = { ancestors: 40, descendants: 60, depth: 20 };
const SIGNED_IN = { ancestors: 4096, descendants: 4096, depth: Number.POSITIVE_INFINITY };

/**
 * Public and unlisted statuses are anyone's to read. Private (followers) and direct statuses are
 * shown to their author only: the emulator keeps no follow graph and no mentions.
 */
export function visibleTo(post: EmulatedPost, viewer: Account | undefined): boolean {
  const visibility = post.extra.visibility ?? 'public';
  return visibility === 'public' || visibility === 'unlisted' || viewer?.id === post.accountId;
}

function statusOn(ctx: MastoContext, id: string | undefined): EmulatedPost | undefined {
  const post = id ? ctx.state.findPost('mastodon', id) : undefined;
  return post && post.extra.server === ctx.host ? post : undefined;
}

/** The nearest `limit` statuses up the reply chain, root first. */
function ancestorsOf(ctx: MastoContext, post: EmulatedPost, limit: number): EmulatedPost[] {
  const chain: EmulatedPost[] = [];
  let parent = statusOn(ctx, post.replyToId);
  while (parent && chain.length < limit) {
    chain.unshift(parent);
    parent = statusOn(ctx, parent.replyToId);
  }
  return chain;
}

/** Depth first, siblings by id (oldest first), down to `depth` levels and `limit` statuses. */
function descendantsOf(ctx: MastoContext, post: EmulatedPost, limits: typeof ANONYMOUS): EmulatedPost[] {
  const children = new Map<string, EmulatedPost[]>();
  for (const p of ctx.state.livePosts('mastodon'))
    if (p.replyToId && p.extra.server === ctx.host)
      children.set(p.replyToId, [...(children.get(p.replyToId) ?? []), p]);
  const out: EmulatedPost[] = [];
  const walk = (id: string, level: number) => {
    if (level > limits.depth) return;
    const below = [...(children.get(id) ?? [])].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    for (const child of below) {
      if (out.length >= limits.descendants) return;
      out.push(child);
      walk(child.id, level + 1);
    }
  };
  walk(post.id, 1);
  return out;
}

export function statusContext(ctx: MastoContext, id: string): Answer {
  const post = statusOn(ctx, id);
  if (!post || !visibleTo(post, ctx.account)) return notFound();
  const limits = ctx.account ? SIGNED_IN : ANONYMOUS;
  const shown = (posts: EmulatedPost[]) =>
    posts.filter((p) => visibleTo(p, ctx.account)).map((p) => statusView(ctx, p));
  return answer(200, {
    ancestors: shown(ancestorsOf(ctx, post, limits.ancestors)),
    descendants: shown(descendantsOf(ctx, post, limits)),
  });
}
