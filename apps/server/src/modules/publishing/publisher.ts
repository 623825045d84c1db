// The publishing engine: claims one scheduled item, checks it is not too late, reconciles sends
// whose outcome was lost, sends the remaining parts (persisting each before the next), and settles
// the item as published, failed or needs_attention — or hands it back to the queue to retry later.
// The item's lease is renewed while the run works; a run that lost it writes nothing more.
import type { OutgoingPost, PublishedPost } from '../../adapters/social/index.js';
import { isPlatformError, threadPost } from '../../adapters/social/index.js';
import { RetryJobLater } from '../../platform/jobs/index.js';
import { adaptContent } from './adaptation.js';
import { type PublisherDeps, recordPart, releaseItem } from './engine-deps.js';
import { decisionFor } from './failure-policy.js';
import { ItemLease, LeaseLost, RunStopped } from './lease.js';
import type { StoredPart } from './publishing.schema.js';
import { Reconciler, type SentPart, storedPart } from './reconciler.js';
import type { ItemRow } from './schedule.repository.js';
import { lateness } from './timing.js';

/** How soon a run that stopped between parts is taken up again (by this worker or another). */
const RESUME_MS = 1000;

export const asPublished = (part: StoredPart): PublishedPost => ({
  id: part.id,
  url: part.url,
  cid: part.cid,
  publishedAt: new Date(part.publishedAt),
});

interface Run {
  lease: ItemLease;
  /** The job's: aborted when the worker shuts down or loses the job. */
  signal?: AbortSignal;
}

export class Publisher {
  private readonly reconciler: Reconciler;

  constructor(private readonly deps: PublisherDeps) {
    this.reconciler = new Reconciler(deps);
  }

  /** The job handler's body: safe to run any number of times for the same item. */
  async publish(itemId: string, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw new RetryJobLater(RESUME_MS, 'the worker is stopping');
    const claim = await this.deps.repository.claim(itemId, this.deps.workerId, this.deps.leaseMs);
    if (!claim.claimed) {
      // Held by a live worker (look again when its lease ends, in case it dies), or not due yet.
      if (claim.retryInMs !== undefined) throw new RetryJobLater(claim.retryInMs, claim.reason ?? '');
      return;
    }
    const lease = new ItemLease(this.deps, itemId);
    try {
      await this.run(claim.item, { lease, signal });
    } finally {
      lease.end();
    }
  }

  private async run(claimed: ItemRow, run: Run): Promise<void> {
    const item = claimed;
    await this.deps.events.changed(item);
    try {
      if (await this.markedMissed(item)) return;
      const prepared = await this.prepare(item);
      if (!prepared) return;
      const reconciled = await this.reconciler.reconcile(prepared);
      if (!reconciled) return;
      await this.finish(await this.sendRemaining(reconciled, run));
    } catch (error) {
      await this.handleFailure(item, error);
    }
  }

  /** After downtime: an item found later than the user's limit is marked missed, not sent late. */
  private async markedMissed(item: ItemRow): Promise<boolean> {
    if (item.publishedParts.length > 0 || item.attempts > 1) return false;
    const { missedAfterMinutes } = await this.deps.settings.settings(item.userId);
    const late = lateness(item.scheduledFor, this.deps.clock(), missedAfterMinutes);
    if (!late) return false;
    await this.settle(item, { status: 'missed', errorCode: 'MISSED', errorDetail: late });
    return true;
  }

  /** Until the first part goes out, the plan follows the piece's latest text. */
  private async prepare(item: ItemRow): Promise<ItemRow | undefined> {
    if (item.publishedParts.length > 0) return item;
    const piece = await this.deps.content.find(item.userId, item.contentId);
    const connection = await this.deps.platforms.connection(item.userId, item.platform);
    const adapted = piece
      ? adaptContent(piece, item.platform, connection?.maxPostLength)
      : { ok: false as const, problem: 'The content was deleted.' };
    if (!adapted.ok) {
      await this.settle(item, {
        status: 'failed',
        errorCode: 'INVALID_CONTENT',
        errorDetail: adapted.problem,
      });
      return undefined;
    }
    const { platform: _platform, ...plan } = adapted.plan;
    const row = await this.deps.repository.settle(item.id, this.deps.workerId, { plan });
    if (!row) throw new LeaseLost();
    return row;
  }

  /**
   * Sends the parts not yet out, each recorded before the next. A stop request is honoured between
   * parts, never during one: cutting a send short would only turn a known outcome into an unknown.
   */
  private async sendRemaining(start: ItemRow, run: Run): Promise<ItemRow> {
    let item = start;
    for (let index = item.publishedParts.length; index < item.plan.parts.length; index += 1) {
      if (run.signal?.aborted) throw new RunStopped();
      await run.lease.hold();
      const { part, attemptId } = await this.sendPart(item, index);
      item = await recordPart(this.deps, item, part, attemptId);
    }
    return item;
  }

  /** Sends one part; the attempt that put it on the platform comes back with it. */
  private async sendPart(item: ItemRow, index: number): Promise<SentPart> {
    const attemptId = await this.deps.attempts.start(item, index);
    const outgoing = this.outgoing(item, index);
    try {
      const post = await this.deps.platforms.withSession(item.userId, item.platform, (client, session) =>
        client.publish(session, outgoing),
      );
      return { part: storedPart(index, post), attemptId };
    } catch (error) {
      const unknown = isPlatformError(error, 'UNKNOWN_OUTCOME');
      const code = isPlatformError(error) ? error.code : 'ERROR';
      await this.deps.attempts.finish(attemptId, unknown ? 'unknown' : 'failed', {
        code,
        detail: String((error as Error).message),
      });
      // Refused as a duplicate after an earlier send lost its answer: that send is the duplicate.
      const explained = isPlatformError(error, 'DUPLICATE')
        ? await this.reconciler.explainDuplicate(item, index, error)
        : undefined;
      if (explained) return explained;
      throw error;
    }
  }

  private outgoing(item: ItemRow, index: number): OutgoingPost {
    const part = item.plan.parts[index] as { text: string };
    const article =
      index === 0 ? { title: item.plan.title, format: item.plan.format, tags: item.plan.tags } : {};
    const published = [...item.publishedParts].sort((a, b) => a.index - b.index).map(asPublished);
    return threadPost({ text: part.text, ...article }, index, item.idempotencyKey, published);
  }

  private async finish(item: ItemRow): Promise<void> {
    const first = item.publishedParts.find((p) => p.index === 0);
    // Every part is out, so the piece is published whatever happens next: mark it first, so no reader
    // sees a published item beside a piece still "scheduled" (a crash before settle reruns this).
    await this.deps.content.setStatus(item.userId, item.contentId, 'published');
    await this.settle(item, {
      status: 'published',
      postId: first?.id,
      postUrl: first?.url,
      publishedAt: this.deps.clock(),
      errorCode: null,
      errorDetail: null,
      nextAttemptAt: null,
    });
  }

  private async handleFailure(item: ItemRow, error: unknown): Promise<void> {
    if (error instanceof LeaseLost) return;
    if (error instanceof RetryJobLater) throw error;
    if (error instanceof RunStopped) {
      // Not the item's failure: it goes back as it was, to resume from the next part.
      await this.settle(item, { status: 'pending', nextAttemptAt: null, attempts: item.attempts - 1 });
      throw new RetryJobLater(RESUME_MS, 'stopped between parts');
    }
    const decision = decisionFor(error, item.platform, item.attempts, this.deps.settleMs);
    if (decision.kind !== 'retry') {
      const status = decision.kind === 'fail' ? 'failed' : 'needs_attention';
      await this.settle(item, { status, errorCode: decision.code, errorDetail: decision.detail });
      return;
    }
    const nextAttemptAt = new Date(this.deps.clock().getTime() + decision.delayMs);
    await this.settle(item, {
      status: 'pending',
      nextAttemptAt,
      errorCode: decision.code,
      errorDetail: decision.detail,
      // Rate limits are the platform's pace, not the item's failures.
      attempts: decision.code === 'RATE_LIMITED' ? item.attempts - 1 : item.attempts,
    });
    throw new RetryJobLater(decision.delayMs, decision.detail);
  }

  private settle(item: ItemRow, changes: Partial<ItemRow>): Promise<void> {
    return releaseItem(this.deps, item, changes);
  }
}
