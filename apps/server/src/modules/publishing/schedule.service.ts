// Use cases of scheduling: publish now or at a time, add to the queue's next free slot, list,
// reschedule, cancel, and resolve items that need attention. Items are written first and their
// jobs enqueued after; the sweep re-triggers any item whose enqueue was lost.
import type {
  Platform,
  PublishContentInput,
  QueueContentInput,
  ResolveItemInput,
  ScheduledItem,
  ScheduleQuery,
} from '@brandwright/contracts';
import type { Database } from '../../platform/db/index.js';
import type { FieldProblem } from '../../platform/errors/index.js';
import { decodeCursor, encodeCursor } from '../../platform/http/index.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import { adaptContent, label } from './adaptation.js';
import type { AttemptsRepository } from './attempts.repository.js';
import type { ContentSource, PlatformAccess, ZoneSource } from './ports.js';
import { nextFreeSlot } from './posting-slots.js';
import type { Publisher } from './publisher.js';
import { PublishingError } from './publishing.errors.js';
import { enqueuePublish, publishJobKey } from './publishing.jobs.js';
import { presentItem } from './publishing.presenter.js';
import type { PublishingEvents } from './publishing-events.js';
import type { ItemRow, NewItem, ScheduleRepository } from './schedule.repository.js';
import type { SettingsRepository } from './settings.repository.js';
import { PAST_GRACE_MS } from './timing.js';

export interface ScheduleServiceDeps {
  database: Database;
  repository: ScheduleRepository;
  attempts: AttemptsRepository;
  settings: SettingsRepository;
  content: ContentSource;
  platforms: PlatformAccess;
  zones: ZoneSource;
  jobs: JobQueue;
  publisher: Publisher;
  events: PublishingEvents;
  clock: () => Date;
}

type Target = { platform: Platform; at: Date };

/** Rolls back an insert that met another request's items with the same request key. */
class RequestKeyTaken extends Error {}

export class ScheduleService {
  constructor(private readonly deps: ScheduleServiceDeps) {}

  async publish(userId: string, contentId: string, input: PublishContentInput, requestKey?: string) {
    const repeated = await this.repeated(userId, contentId, requestKey);
    if (repeated) return repeated;
    const at = this.checkedTime(input.scheduledFor);
    return this.schedule(
      userId,
      contentId,
      await this.piece(userId, contentId),
      input.platforms.map((platform) => ({ platform, at })),
      'manual',
      requestKey,
    );
  }

  /** Each platform's next free posting slot in the user's zone. */
  async queue(
    userId: string,
    contentId: string,
    input: QueueContentInput,
    requestKey?: string,
    source: 'queue' | 'evergreen' = 'queue',
  ) {
    const repeated = await this.repeated(userId, contentId, requestKey);
    if (repeated) return repeated;
    const piece = await this.piece(userId, contentId);
    const platforms = input.platforms ?? piece.platforms;
    const zone = await this.deps.zones.timezoneOf(userId);
    const now = this.deps.clock();
    const targets: Target[] = [];
    const problems: FieldProblem[] = [];
    for (const [i, platform] of platforms.entries()) {
      const slots = (await this.deps.settings.slots(userId, platform)).map(({ weekday, time }) => ({
        weekday,
        time,
      }));
      const held = await this.deps.repository.heldInstants(userId, platform, now);
      const at = nextFreeSlot(slots, zone, now, held);
      if (at) targets.push({ platform, at });
      else
        problems.push({
          path: `platforms.${i}`,
          message: `No free posting slot for ${label(platform)}: add slots first`,
        });
    }
    if (problems.length > 0) throw new PublishingError('NO_SLOTS', undefined, { fields: problems });
    return this.schedule(userId, contentId, piece, targets, source, requestKey);
  }

  async list(userId: string, query: ScheduleQuery) {
    const { limit, cursor, from, to, ...filters } = query;
    const rows = await this.deps.repository.list(userId, {
      ...filters,
      from: from ? new Date(from) : undefined,
      to: to ? new Date(to) : undefined,
      after: decodeCursor(cursor),
      limit,
    });
    // The cursor holds the last item's (scheduledFor, id): the list's own order.
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(presentItem),
      nextCursor:
        rows.length > limit && last ? encodeCursor({ createdAt: last.scheduledFor, id: last.id }) : null,
    };
  }

  async get(userId: string, id: string): Promise<ScheduledItem> {
    return presentItem(await this.find(userId, id));
  }

  async reschedule(userId: string, id: string, scheduledFor: string, expectedVersion?: number) {
    const item = await this.find(userId, id);
    if (item.status !== 'pending') throw new PublishingError('NOT_PENDING');
    if (expectedVersion !== undefined && expectedVersion !== item.version)
      throw new PublishingError('STALE_VERSION');
    const at = this.checkedTime(scheduledFor);
    const row = await this.deps.repository.reschedule(userId, id, item.version, at);
    if (!row) throw new PublishingError(expectedVersion === undefined ? 'NOT_PENDING' : 'STALE_VERSION');
    await this.trigger(row, true);
    await this.deps.events.changed(row);
    return presentItem(row);
  }

  /** Cancels a pending item (again: no-op); refuses once publishing started. */
  async cancel(userId: string, id: string): Promise<void> {
    const item = await this.find(userId, id);
    if (item.status === 'cancelled') return;
    const row = await this.deps.repository.transition(
      userId,
      id,
      ['pending', 'failed', 'needs_attention', 'missed'],
      {
        status: 'cancelled',
        nextAttemptAt: null,
      },
    );
    if (!row) throw new PublishingError('ALREADY_STARTED');
    await this.deps.jobs.cancel(publishJobKey(id));
    await this.deps.events.changed(row);
  }

  /**
   * The user's decision on an item that needs attention. It also settles the sends whose outcome
   * was unknown (the user has looked), or the engine would find them open and ask again forever.
   */
  async resolve(userId: string, id: string, input: ResolveItemInput): Promise<ScheduledItem> {
    const from = ['needs_attention', 'failed', 'missed'] as const;
    const { changes, decided } = this.resolution(input);
    const row = await this.deps.database.transaction(async (tx) => {
      const moved = await this.deps.repository.transition(userId, id, [...from], changes, tx);
      if (moved) await this.deps.attempts.closeUnresolved(id, decided, tx);
      return moved;
    });
    if (!row) {
      const item = await this.find(userId, id);
      // A retried request finds the item already where it asked to go.
      if (item.status === changes.status) return presentItem(item);
      throw new PublishingError('NOT_RESOLVABLE');
    }
    if (row.status === 'pending') await this.trigger(row, true);
    else await this.deps.content.setStatus(userId, row.contentId, 'published');
    await this.deps.events.changed(row);
    return presentItem(row);
  }

  /** The item's new state for the user's decision, and that decision in words for its attempts. */
  private resolution(input: ResolveItemInput) {
    if (input.action === 'mark_published')
      return {
        changes: {
          status: 'published' as const,
          postUrl: input.url ?? null,
          publishedAt: this.deps.clock(),
          errorCode: null,
          errorDetail: null,
        },
        decided: 'The user looked and marked it published.',
      };
    return {
      changes: {
        status: 'pending' as const,
        scheduledFor: this.deps.clock(),
        nextAttemptAt: null,
        attempts: 0,
        errorCode: null,
        errorDetail: null,
      },
      decided: 'The user looked, did not find it, and asked to retry.',
    };
  }

  private async find(userId: string, id: string): Promise<ItemRow> {
    const item = await this.deps.repository.find(userId, id);
    if (!item) throw new PublishingError('ITEM_NOT_FOUND');
    return item;
  }

  private async repeated(userId: string, contentId: string, requestKey?: string) {
    if (!requestKey) return undefined;
    const rows = await this.deps.repository.byRequestKey(userId, requestKey, contentId);
    return rows.length > 0 ? { items: rows.map(presentItem) } : undefined;
  }

  private checkedTime(scheduledFor?: string): Date {
    const now = this.deps.clock();
    if (!scheduledFor) return now;
    const at = new Date(scheduledFor);
    if (at.getTime() < now.getTime() - PAST_GRACE_MS)
      throw new PublishingError('IN_THE_PAST', undefined, {
        fields: [{ path: 'scheduledFor', message: 'Must not be in the past' }],
      });
    return at < now ? now : at;
  }

  private async piece(userId: string, contentId: string) {
    const piece = await this.deps.content.find(userId, contentId);
    if (!piece) throw new PublishingError('CONTENT_NOT_FOUND');
    return piece;
  }

  private async schedule(
    userId: string,
    contentId: string,
    piece: NonNullable<Awaited<ReturnType<ContentSource['find']>>>,
    targets: Target[],
    source: NewItem['source'],
    requestKey?: string,
  ) {
    const { approvalRequired } = await this.deps.settings.settings(userId);
    if (approvalRequired && piece.status === 'draft') throw new PublishingError('NOT_APPROVED');
    const items: NewItem[] = [];
    const unfit: FieldProblem[] = [];
    const disconnected: FieldProblem[] = [];
    for (const [i, { platform, at }] of targets.entries()) {
      const path = `platforms.${i}`;
      const connection = await this.deps.platforms.connection(userId, platform);
      if (!connection) disconnected.push({ path, message: `${label(platform)} is not connected` });
      const adapted = adaptContent(piece, platform, connection?.maxPostLength);
      if (!adapted.ok) unfit.push({ path, message: adapted.problem });
      else {
        const { platform: _target, ...plan } = adapted.plan;
        items.push({ userId, contentId, platform, scheduledFor: at, plan, source, requestKey });
      }
    }
    if (unfit.length > 0)
      throw new PublishingError('CONTENT_DOES_NOT_FIT', unfit[0]?.message, { fields: unfit });
    if (disconnected.length > 0)
      throw new PublishingError('PLATFORM_NOT_CONNECTED', undefined, { fields: disconnected });
    const rows = await this.insertOnce(items);
    // A concurrent request with the same Idempotency-Key wrote its items first: answer those.
    if (!rows) return this.firstAnswer(userId, contentId, requestKey);
    await this.deps.content.setStatus(userId, contentId, 'scheduled');
    for (const row of rows) {
      await this.trigger(row, false);
      await this.deps.events.changed(row);
    }
    return { items: rows.map(presentItem) };
  }

  /** Writes all the items, or none (undefined) when another request holds their request key. */
  private async insertOnce(items: NewItem[]): Promise<ItemRow[] | undefined> {
    try {
      return await this.deps.database.transaction(async (tx) => {
        const rows = await this.deps.repository.insert(tx, items);
        if (rows.length < items.length) throw new RequestKeyTaken();
        return rows;
      });
    } catch (error) {
      if (error instanceof RequestKeyTaken) return undefined;
      throw error;
    }
  }

  private async firstAnswer(userId: string, contentId: string, requestKey?: string) {
    const first = await this.repeated(userId, contentId, requestKey);
    if (!first) throw new Error('a request key conflicted, yet no item holds it');
    return first;
  }

  private trigger(item: ItemRow, reschedule: boolean): Promise<void> {
    return enqueuePublish(this.deps.jobs, this.deps.publisher, item, reschedule);
  }
}
