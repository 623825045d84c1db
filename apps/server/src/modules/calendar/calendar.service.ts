// Use cases of the editorial calendar: the month view in the user's time zone, entries made and
// moved by the user (with optimistic versions), the month plan made from the brand strategy, and
// drafting an entry through the EntryDrafter port.
import type {
  CalendarEntry,
  CalendarMonthView,
  CalendarPlanResult,
  ContentPillar,
  CreateCalendarEntry,
  PlanCalendar,
  Platform,
  SavedAnswers,
  StoredStrategy,
  UpdateCalendarEntry,
} from '@brandwright/contracts';
import type { Database, Db } from '../../platform/db/index.js';
import { DomainError } from '../../platform/errors/index.js';
import { CalendarError } from './calendar.errors.js';
import { presentEntry } from './calendar.presenter.js';
import type { CalendarRepository, EntryChanges, EntryRow } from './calendar.repository.js';
import {
  currentMonthIn,
  laterDay,
  monthRange,
  precedingMonthsRange,
  safeZone,
  todayIn,
} from './calendar-dates.js';
import { planMonth } from './planner.js';

/** Turns an entry into a draft (implemented by the content/generation side, wired in app.ts). */
export interface EntryDrafter {
  /** May be called again for the same entry after a failure; should then return the same draft. */
  draft(userId: string, entry: CalendarEntry): Promise<{ contentId: string }>;
}

/** What the calendar needs from the users module: the profile's time zone. */
export interface ProfileSource {
  get(userId: string): Promise<{ profile: { timezone: string } }>;
}

/** What the calendar needs from the brand module. */
export interface StrategySource {
  strategy(userId: string): Promise<StoredStrategy>;
  answers(userId: string): Promise<SavedAnswers>;
}

/** Recommended topics for planning (the recommendations module, wired in app.ts). */
export interface TopicSuggestions {
  suggestions(userId: string, count: number): Promise<{ topic: string; pillar: string }[]>;
}

/** The user's best weekdays from best times, best first; null while their confidence is below medium. */
export interface BestDaysSource {
  preferredWeekdays(userId: string): Promise<number[] | null>;
}

export interface CalendarDeps {
  database: Database;
  repository: CalendarRepository;
  users: ProfileSource;
  brand: StrategySource;
  /** The current instant; tests pin it. */
  clock: () => Date;
  drafter?: EntryDrafter;
  topics?: TopicSuggestions;
  bestDays?: BestDaysSource;
}

/** How many recommendations a month plan asks for (more than any month has posts). */
const SUGGESTIONS_PER_PLAN = 30;

/** Used when the saved answers no longer say (answers can be re-saved part-way after onboarding). */
const DEFAULT_POSTS_PER_WEEK = 3;
/** How far back a topic counts as covered recently. */
const RECENT_MONTHS = 2;

interface PlanSettings {
  month: string;
  today: string;
  postsPerWeek: number;
  platforms: Platform[];
  pillars: ContentPillar[];
  suggestions: { topic: string; pillar: string }[];
  dayPreference?: number[];
}

const EDITABLE = ['date', 'topic', 'pillar', 'format', 'platforms', 'status'] as const;

function changedFields(current: EntryRow, patch: UpdateCalendarEntry): EntryChanges {
  const changes: Record<string, unknown> = {};
  for (const key of EDITABLE) {
    const next = patch[key];
    if (next === undefined) continue;
    if (JSON.stringify(next) !== JSON.stringify(current[key])) changes[key] = next;
  }
  return changes as EntryChanges;
}

export class CalendarService {
  constructor(private readonly deps: CalendarDeps) {}

  private get repository() {
    return this.deps.repository;
  }

  async month(userId: string, requested?: string): Promise<CalendarMonthView> {
    const timezone = await this.timezoneOf(userId);
    const month = requested ?? currentMonthIn(timezone, this.deps.clock());
    const { first, last } = monthRange(month);
    const [rows, plannedAt] = await Promise.all([
      this.repository.listBetween(userId, first, last),
      this.repository.plannedAt(userId, month),
    ]);
    return {
      month,
      timezone,
      planned: plannedAt !== undefined,
      plannedAt: plannedAt?.toISOString() ?? null,
      entries: rows.map(presentEntry),
    };
  }

  async create(userId: string, input: CreateCalendarEntry, idempotencyKey?: string): Promise<CalendarEntry> {
    const row = await this.repository.create(userId, {
      date: input.date,
      topic: input.topic,
      pillar: input.pillar ?? null,
      format: input.format,
      platforms: input.platforms,
      status: input.status ?? 'planned',
      origin: 'user',
      idempotencyKey: idempotencyKey ?? null,
    });
    return presentEntry(row);
  }

  /** Moves or edits an entry. A plan entry the user changes becomes theirs, so re-planning keeps it. */
  async update(
    userId: string,
    id: string,
    patch: UpdateCalendarEntry,
    expectedVersion?: number,
  ): Promise<CalendarEntry> {
    const current = await this.repository.find(userId, id);
    if (!current) throw new CalendarError('ENTRY_NOT_FOUND');
    if (expectedVersion !== undefined && expectedVersion !== current.version)
      throw new CalendarError('STALE_VERSION');
    const changes = changedFields(current, patch);
    // A retried PATCH that changes nothing answers the entry as it is, without a new version.
    if (Object.keys(changes).length === 0) return presentEntry(current);
    if (current.origin === 'plan') changes.origin = 'user';
    const row = await this.repository.update(userId, id, current.version, changes);
    if (!row) throw new CalendarError('STALE_VERSION');
    return presentEntry(row);
  }

  async delete(userId: string, id: string): Promise<void> {
    if (!(await this.repository.delete(userId, id))) throw new CalendarError('ENTRY_NOT_FOUND');
  }

  /**
   * Fills a month from the strategy, once: a repeated call returns the month as it is, unless
   * `replace`, which swaps only the plan's untouched entries from today on for a new plan.
   */
  async plan(userId: string, input: PlanCalendar): Promise<CalendarPlanResult & { fresh: boolean }> {
    const [stored, saved, timezone, suggestions, bestDays] = await Promise.all([
      this.strategyOf(userId),
      this.deps.brand.answers(userId),
      this.timezoneOf(userId),
      this.suggestionsFor(userId),
      this.deps.bestDays?.preferredWeekdays(userId) ?? null,
    ]);
    const settings: PlanSettings = {
      month: input.month,
      today: todayIn(timezone, this.deps.clock()),
      postsPerWeek: input.postsPerWeek ?? saved.answers.postsPerWeek ?? DEFAULT_POSTS_PER_WEEK,
      platforms: input.platforms ?? saved.answers.platforms ?? personaPlatforms(stored),
      pillars: stored.strategy.contentPillars,
      suggestions,
      ...(bestDays ? { dayPreference: bestDays } : {}),
    };
    const replace = input.replace === true;
    return this.deps.database.transaction(async (tx) => {
      const fresh = await this.repository.claimMonth(tx, userId, input.month, replace);
      if (!fresh && !replace) {
        const entries = await this.entriesOfMonth(tx, userId, input.month);
        return { month: input.month, created: 0, kept: entries.length, entries, fresh: false };
      }
      return { ...(await this.fillMonth(tx, userId, settings, replace)), fresh: true };
    });
  }

  private async fillMonth(
    tx: Db,
    userId: string,
    settings: PlanSettings,
    replace: boolean,
  ): Promise<CalendarPlanResult> {
    const { month, today } = settings;
    const { first, last } = monthRange(month);
    // Past entries stay even when re-planning: they are the record of what the plan was.
    if (replace) await this.repository.deleteReplaceable(tx, userId, laterDay(today, first), last);
    const kept = await this.repository.listBetween(userId, first, last, tx);
    const recentRange = precedingMonthsRange(month, RECENT_MONTHS);
    const recent = await this.repository.listBetween(userId, recentRange.first, recentRange.last, tx);
    const planned = planMonth({ ...settings, kept, recent });
    const rows = planned.map((p) => ({
      ...p,
      status: 'planned' as const,
      origin: 'plan' as const,
      planMonth: month,
    }));
    await this.repository.createMany(tx, userId, rows);
    const entries = await this.entriesOfMonth(tx, userId, month);
    return { month, created: planned.length, kept: kept.length, entries };
  }

  private async entriesOfMonth(tx: Db, userId: string, month: string): Promise<CalendarEntry[]> {
    const { first, last } = monthRange(month);
    return (await this.repository.listBetween(userId, first, last, tx)).map(presentEntry);
  }

  /** Makes a draft from the entry once; later calls return the entry with the same contentId. */
  async draft(userId: string, id: string): Promise<CalendarEntry> {
    if (!this.deps.drafter) throw new CalendarError('DRAFTING_UNAVAILABLE');
    const current = await this.repository.find(userId, id);
    if (!current) throw new CalendarError('ENTRY_NOT_FOUND');
    if (current.contentId) return presentEntry(current);
    const { contentId } = await this.deps.drafter.draft(userId, presentEntry(current));
    const row = await this.repository.update(userId, id, current.version, { contentId, status: 'drafted' });
    if (!row) throw new CalendarError('STALE_VERSION');
    return presentEntry(row);
  }

  /** Recommendations are a preference: planning goes on with the examples when they fail. */
  private async suggestionsFor(userId: string): Promise<{ topic: string; pillar: string }[]> {
    if (!this.deps.topics) return [];
    return this.deps.topics.suggestions(userId, SUGGESTIONS_PER_PLAN).catch(() => []);
  }

  private async timezoneOf(userId: string): Promise<string> {
    return safeZone((await this.deps.users.get(userId)).profile.timezone);
  }

  private async strategyOf(userId: string): Promise<StoredStrategy> {
    try {
      return await this.deps.brand.strategy(userId);
    } catch (error) {
      // The brand module says "not found"; for planning, a missing strategy is a state conflict.
      if (error instanceof DomainError && error.code === 'NO_STRATEGY')
        throw new CalendarError('NO_STRATEGY');
      throw error;
    }
  }
}

/** Every platform the strategy's personas are on, when the answers no longer name any. */
function personaPlatforms(stored: StoredStrategy): Platform[] {
  return [...new Set(stored.strategy.targetAudience.personas.flatMap((p) => p.platforms))];
}
