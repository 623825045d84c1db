// The month plan as pure functions: how many posts each week gets, which days they go on, which
// pillar each slot serves (largest-remainder apportionment of the strategy's shares, no two of a
// pillar back to back when avoidable) and which topic it takes (planner-topics.ts: ones not covered
// recently first, never one already in the month).
import type { ContentPillar, Platform } from '@brandwright/contracts';
import { monthDays, weekdayOf, weekOf } from './calendar-dates.js';
import { recentTopics, TopicPicker } from './planner-topics.js';

/**
 * Tue, Thu, Wed, Mon, Fri, Sat, Sun: midweek posts reach most professionals, weekends least. Replaced
 * by the user's own best weekdays once their best-times confidence is medium or better.
 */
export const DEFAULT_DAY_PREFERENCE = [2, 4, 3, 1, 5, 6, 7];

/**
 * Splits `total` among parties in proportion to `weights` (Hamilton / largest remainder): each gets
 * the floor of its quota, and the leftover units go to the largest remainders (ties: larger weight,
 * then earlier party). The parts always sum to `total`.
 */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);
  const quotas = weights.map((w) => (total * w) / sum);
  const parts = quotas.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = quotas
    .map((q, i) => ({ i, rest: q - Math.floor(q), weight: weights[i] as number }))
    .sort((a, b) => b.rest - a.rest || b.weight - a.weight || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i] = (parts[i] as number) + 1;
    left--;
  }
  return parts;
}

/**
 * New slots (dates) for a month: only days from `today` on count; each ISO week gets its share of
 * `postsPerWeek` by the number of usable days it has in the month (rounded cumulatively, so the month
 * total is right), minus the entries already there; within a week the least-loaded, most preferred
 * day is picked each time.
 */
export function spreadDays(input: {
  month: string;
  today: string;
  postsPerWeek: number;
  /** Dates of entries that stay and count toward the cadence. */
  existing: string[];
  /** ISO weekdays, most preferred first (all seven); the default order when absent. */
  dayPreference?: number[];
}): string[] {
  const preference = input.dayPreference ?? DEFAULT_DAY_PREFERENCE;
  const dayRank = (day: string) => preference.indexOf(weekdayOf(day));
  const days = monthDays(input.month).filter((d) => d >= input.today);
  const weeks = new Map<string, string[]>();
  for (const day of days) weeks.set(weekOf(day), [...(weeks.get(weekOf(day)) ?? []), day]);
  const load = new Map<string, number>();
  for (const d of input.existing) load.set(d, (load.get(d) ?? 0) + 1);

  const slots: string[] = [];
  let seen = 0;
  for (const weekDays of weeks.values()) {
    const before = Math.round((input.postsPerWeek * seen) / 7);
    seen += weekDays.length;
    const target = Math.round((input.postsPerWeek * seen) / 7) - before;
    const already = weekDays.reduce((n, d) => n + (load.get(d) ?? 0), 0);
    for (let k = already; k < target; k++) {
      const day = pickDay(weekDays, load, dayRank);
      load.set(day, (load.get(day) ?? 0) + 1);
      slots.push(day);
    }
  }
  return slots.sort();
}

function pickDay(days: string[], load: Map<string, number>, dayRank: (day: string) => number): string {
  const score = (d: string) => (load.get(d) ?? 0) * 10 + dayRank(d);
  return days.reduce((best, d) => (score(d) < score(best) ? d : best));
}

/**
 * Pillar per slot, in date order. `counts[i]` slots go to pillar i; at each slot the pillar with the
 * most slots left is taken, skipping the pillar of the entry just before (and a fixed entry just
 * after) whenever another pillar is left.
 */
export function sequencePillars(input: {
  slots: string[];
  counts: number[];
  pillars: string[];
  /** Entries that stay, with their pillar, so new ones do not repeat their neighbour's pillar. */
  fixed: { date: string; pillar: string | null }[];
}): string[] {
  const left = [...input.counts];
  const fixed = [...input.fixed].sort((a, b) => a.date.localeCompare(b.date));
  const chosen: { date: string; pillar: string | null }[] = [];
  for (const slot of input.slots) {
    const timeline = [...fixed, ...chosen].filter((e) => e.date <= slot);
    const prev = timeline.sort((a, b) => a.date.localeCompare(b.date)).at(-1)?.pillar;
    const next = fixed.find((e) => e.date > slot)?.pillar;
    const pick = bestPillar(left, input.pillars, [prev, next]);
    left[pick] = (left[pick] as number) - 1;
    chosen.push({ date: slot, pillar: input.pillars[pick] as string });
  }
  return chosen.map((c) => c.pillar as string);
}

function bestPillar(left: number[], pillars: string[], avoid: (string | null | undefined)[]): number {
  const candidates = left.map((n, i) => ({ n, i })).filter((c) => c.n > 0);
  const allowed = candidates.filter((c) => !avoid.includes(pillars[c.i]));
  const pool = allowed.length > 0 ? allowed : candidates;
  return pool.reduce((best, c) => (c.n > best.n ? c : best)).i;
}

export interface PlannedEntry {
  date: string;
  topic: string;
  pillar: string;
  format: 'post' | 'article';
  platforms: Platform[];
}

/**
 * The new entries of a month plan. Entries that stay (`kept`) count toward the cadence, and their
 * topics count as used, like those of the previous months (`recent`).
 */
export function planMonth(input: {
  month: string;
  today: string;
  postsPerWeek: number;
  platforms: Platform[];
  pillars: ContentPillar[];
  kept: { date: string; topic: string; pillar: string | null; status: string }[];
  recent: { date: string; topic: string }[];
  /** Recommended topics with their pillar, best first (the recommendations module's answer). */
  suggestions?: { topic: string; pillar: string }[];
  /** The user's best weekdays (from best times), best first; absent while not confident. */
  dayPreference?: number[];
}): PlannedEntry[] {
  const counting = input.kept.filter((e) => e.status !== 'skipped');
  const slots = spreadDays({ ...input, existing: counting.map((e) => e.date) });
  const names = input.pillars.map((p) => p.name);
  const counts = apportion(
    slots.length,
    input.pillars.map((p) => p.share),
  );
  const pillarOfSlot = sequencePillars({ slots, counts, pillars: names, fixed: counting });
  const topics = new TopicPicker(
    input.pillars,
    recentTopics([...input.recent, ...input.kept]),
    input.kept.map((e) => e.topic),
    input.suggestions,
  );
  // A long-form-only channel gets articles; anything with a feed gets posts.
  const format = input.platforms.every((p) => p === 'medium') ? 'article' : 'post';
  return slots.map((date, i) => {
    const pillar = pillarOfSlot[i] as string;
    return { date, pillar, topic: topics.next(pillar), format, platforms: input.platforms };
  });
}
