// Sends whose outcome was lost (a timeout, or a worker that died after sending) are settled before
// anything is sent again. Mastodon (Idempotency-Key) and Bluesky (client-chosen record key) make a
// resend with the same key safe. LinkedIn and X are read back: the post is recorded if found, and
// sent again only once enough time has passed for it to have appeared. Medium cannot be read back:
// the item needs the user's attention rather than a guess. A resend that the platform refuses as a
// duplicate (LinkedIn and X refuse the same text twice) means the lost send did go out after all
// (the listing was late): it is looked for once more, and recorded or handed to the user.
import type { RecentPost } from '../../adapters/social/index.js';
import { RetryJobLater } from '../../platform/jobs/index.js';
import { label } from './adaptation.js';
import type { AttemptRow } from './attempts.repository.js';
import { type PublisherDeps, recordPart, releaseItem } from './engine-deps.js';
import { NeedsAttention } from './failure-policy.js';
import type { StoredPart } from './publishing.schema.js';
import type { ItemRow } from './schedule.repository.js';

const RESEND_IS_SAFE = new Set(['mastodon', 'bluesky']);
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
    if (RESEND_IS_SAFE.has(item.platform)) {
      await this.close(open, 'the platform deduplicates a resend with the same key');
      return item;
    }
    const recent = await this.readBack(item, first.startedAt);
    if (!recent) return this.askUser(item, first);
    return this.fromReadBack(item, open, recent);
  }

  /**
   * After the platform refused part `index` as a duplicate: when an earlier send of that part lost
   * its answer, that send is the post, found in the listing (or, if the listing cannot show it,
   * NeedsAttention for the user). Undefined when no lost send of ours explains it.
   */
  async explainDuplicate(item: ItemRow, index: number): Promise<SentPart | undefined> {
    const lost = await this.deps.attempts.lostAnswer(item.id, index);
    if (!lost) return undefined;
    const text = item.plan.parts[index]?.text ?? '';
    const found = (await this.readBack(item, lost.startedAt))?.find((post) => sameText(post.text, text));
    if (found) return { part: storedPart(index, found), attemptId: lost.id };
    const name = label(item.platform);
    throw new NeedsAttention(
      `${name} refused to post part ${index + 1} again as a duplicate, so the send at ${lost.startedAt.toISOString()} whose answer was lost most likely went out, but it is not among your recent ${name} posts yet. Look at your ${name} profile: mark it as published if it is there; if it is not, change the text and publish again.`,
    );
  }

  /** The account's posts since shortly before `sentAt`; undefined where the platform cannot list them. */
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
      const part = storedPart(first.partIndex, found);
      const row = await recordPart(this.deps, item, part, first.id);
      await this.close(open.slice(1), 'found on the platform');
      return this.reconcile(row);
    }
    const waited = this.deps.clock().getTime() - first.startedAt.getTime();
    if (waited < this.deps.settleMs) {
      await releaseItem(this.deps, item, { status: 'pending', attempts: item.attempts - 1 });
      throw new RetryJobLater(this.deps.settleMs - waited, 'waiting before reading the post back');
    }
    await this.close(
      open,
      `not on ${label(item.platform)} ${Math.round(waited / 1000)} s later: sending again`,
    );
    return item;
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
