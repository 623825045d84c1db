// Sends whose outcome was lost (a timeout, a 5xx, a worker that died after sending) are settled
// before anything is sent again, with what each platform offers:
// - a key the platform deduplicates on, while it still remembers it: Bluesky's record key (for
//   good), Mastodon's Idempotency-Key (an hour) — the same key is simply sent again;
// - reading the account's posts back (X; Mastodon after its hour; LinkedIn only with
//   r_member_social): the post is recorded if found, sent again only once it would have shown;
// - a platform that refuses the same text twice (LinkedIn, X) and cannot be read back: sent again,
//   and a duplicate refusal taken as the answer — LinkedIn names the post it already has;
// - otherwise (Medium) the item needs the user's attention, with the facts, rather than a guess.
import type { Platform } from '@brandwright/contracts';
import type { PlatformError, RecentPost } from '../../adapters/social/index.js';
import { RetryJobLater } from '../../platform/jobs/index.js';
import { label } from './adaptation.js';
import type { AttemptRow } from './attempts.repository.js';
import { type PublisherDeps, recordPart, releaseItem } from './engine-deps.js';
import { NeedsAttention } from './failure-policy.js';
import type { StoredPart } from './publishing.schema.js';
import type { ItemRow } from './schedule.repository.js';

/** How long after a send the platform still answers a resend with the same key with the first post. */
const KEY_KEPT_MS: Partial<Record<Platform, number>> = {
  // The record key is derived from ours, and a repository never holds two records with one key.
  bluesky: Number.POSITIVE_INFINITY,
  // Mastodon keeps an Idempotency-Key for an hour; ten minutes' margin for clocks and slow sends.
  mastodon: 50 * 60_000,
};
/** Platforms that refuse the same text twice, so a resend cannot become a second post. */
const REFUSES_DUPLICATES = new Set<Platform>(['linkedin', 'x']);
/** How far before a lost send the platform's listing is read, for clocks that disagree. */
const CLOCK_SLACK_MS = 5 * 60_000;

/** A part on the platform and the attempt that put it there. */
export interface SentPart {
  part: StoredPart;
  attemptId: string;
}

/** A post as the item stores it, from a send's answer or the platform's listing. */
export function storedPart(
  index: number,
  post: { id: string; url: string; cid?: string; publishedAt: Date },
): StoredPart {
  return { index, id: post.id, url: post.url, cid: post.cid, publishedAt: post.publishedAt.toISOString() };
}

/** Compares texts as platforms echo them back: URLs rewritten (X's t.co), whitespace changed. */
export function sameText(a: string, b: string): boolean {
  const normal = (text: string) =>
    text
      .replace(/https?:\/\/\S+/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  return normal(a) === normal(b);
}

export class Reconciler {
  constructor(private readonly deps: PublisherDeps) {}

  /** The item ready to send its remaining parts, or undefined when it was settled here. */
  async reconcile(item: ItemRow): Promise<ItemRow | undefined> {
    const open = (await this.deps.attempts.unresolved(item.id)).filter(
      (attempt) => !item.publishedParts.some((part) => part.index === attempt.partIndex),
    );
    const first = open[0];
    if (!first) return item;
    if (open.every((attempt) => this.keyStillKept(item.platform, attempt))) {
      await this.close(open, 'the platform deduplicates a resend with the same key');
      return item;
    }
    const recent = await this.readBack(item, first.startedAt);
    if (recent) return this.fromReadBack(item, open, recent);
    if (!REFUSES_DUPLICATES.has(item.platform)) return this.askUser(item, first);
    await this.waitToSettle(item, first);
    await this.close(
      open,
      `${label(item.platform)} cannot be read back by this connection: sending again, which ${label(item.platform)} refuses as a duplicate if this send went out`,
    );
    return item;
  }

  /**
   * After the platform refused part `index` as a duplicate: when an earlier send of that part lost
   * its answer, that send is the post — the one the refusal names, or the one found in the listing.
   * NeedsAttention when neither shows it; undefined when no lost send of ours explains the refusal.
   */
  async explainDuplicate(
    item: ItemRow,
    index: number,
    refusal: PlatformError,
  ): Promise<SentPart | undefined> {
    const lost = await this.deps.attempts.lostAnswer(item.id, index);
    if (!lost) return undefined;
    const { existingPostId: id, existingPostUrl: url } = refusal.options;
    if (id && url)
      return { part: storedPart(index, { id, url, publishedAt: lost.startedAt }), attemptId: lost.id };
    const text = item.plan.parts[index]?.text ?? '';
    const recent = await this.readBack(item, lost.startedAt);
    const found = recent?.find((post) => sameText(post.text, text));
    if (found) return { part: storedPart(index, found), attemptId: lost.id };
    const name = label(item.platform);
    const why = recent
      ? `it is not among your recent ${name} posts yet`
      : `${name} did not say which post it is and it cannot be read back by this connection (${name} lets only approved partner apps list your posts)`;
    throw new NeedsAttention(
      `${name} refused to post part ${index + 1} again as a duplicate, so the send at ${lost.startedAt.toISOString()} whose answer was lost most likely went out, but ${why}. Look at your ${name} profile: mark it as published if it is there; if it is not, change the text and publish again.`,
    );
  }

  private keyStillKept(platform: Platform, attempt: AttemptRow): boolean {
    const kept = KEY_KEPT_MS[platform] ?? 0;
    return this.deps.clock().getTime() - attempt.startedAt.getTime() < kept;
  }

  /** The account's posts since shortly before `sentAt`; undefined where they cannot be listed. */
  private readBack(item: ItemRow, sentAt: Date): Promise<RecentPost[] | undefined> {
    const since = new Date(sentAt.getTime() - CLOCK_SLACK_MS);
    return this.deps.platforms.withSession(item.userId, item.platform, (client, session) =>
      client.recentPosts ? client.recentPosts(session, since) : Promise.resolve(undefined),
    );
  }

  private async fromReadBack(
    item: ItemRow,
    open: AttemptRow[],
    recent: RecentPost[],
  ): Promise<ItemRow | undefined> {
    const first = open[0] as AttemptRow;
    const text = item.plan.parts[first.partIndex]?.text ?? '';
    const found = recent.find((post) => sameText(post.text, text));
    if (found) {
      const row = await recordPart(this.deps, item, storedPart(first.partIndex, found), first.id);
      await this.close(open.slice(1), 'found on the platform');
      return this.reconcile(row);
    }
    const waited = await this.waitToSettle(item, first);
    await this.close(
      open,
      `not on ${label(item.platform)} ${Math.round(waited / 1000)} s later: sending again`,
    );
    return item;
  }

  /** Hands the item back until a lost send is old enough to show (or be refused); returns its age. */
  private async waitToSettle(item: ItemRow, attempt: AttemptRow): Promise<number> {
    const waited = this.deps.clock().getTime() - attempt.startedAt.getTime();
    if (waited >= this.deps.settleMs) return waited;
    await releaseItem(this.deps, item, { status: 'pending', attempts: item.attempts - 1 });
    throw new RetryJobLater(this.deps.settleMs - waited, 'waiting before reading the post back');
  }

  private async askUser(item: ItemRow, attempt: AttemptRow): Promise<undefined> {
    const name = label(item.platform);
    await this.deps.attempts.finish(attempt.id, 'unknown', { detail: 'outcome cannot be checked' });
    await releaseItem(this.deps, item, {
      status: 'needs_attention',
      errorCode: 'UNKNOWN_OUTCOME',
      errorDetail: `Part ${attempt.partIndex + 1} was sent to ${name} at ${attempt.startedAt.toISOString()} but no answer came back, and ${name} offers no way to check. Look at your ${name} profile: mark it as published if it is there, or retry if it is not.`,
    });
    return undefined;
  }

  private async close(attempts: AttemptRow[], detail: string): Promise<void> {
    for (const attempt of attempts) await this.deps.attempts.finish(attempt.id, 'reconciled', { detail });
  }
}
