// Topics for a month plan: the pillar's recommended topics (passed in, so the planner stays pure),
// then each pillar's example topics (ones not covered recently first), then
// angles on the pillar itself, phrased differently from the other pillars' while phrasings last. A
// month never gets the same topic twice, whichever pillar asked for it.
import type { ContentPillar } from '@brandwright/contracts';

export const normalTopic = (topic: string) => topic.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Orders a pillar's topics for use: never-recent topics first (in the given order), then recent
 * ones, least recently used first. `recent` maps a normalised topic to the last date it was used.
 */
export function orderTopics(topics: string[], recent: Map<string, string>): string[] {
  const fresh = topics.filter((t) => !recent.has(normalTopic(t)));
  const stale = topics
    .filter((t) => recent.has(normalTopic(t)))
    .sort((a, b) =>
      (recent.get(normalTopic(a)) as string).localeCompare(recent.get(normalTopic(b)) as string),
    );
  return [...fresh, ...stale];
}

/** Normalised topic → the latest date it appears on, from entries of the recent months. */
export function recentTopics(entries: { date: string; topic: string }[]): Map<string, string> {
  const last = new Map<string, string>();
  for (const e of entries) {
    const key = normalTopic(e.topic);
    if ((last.get(key) ?? '') < e.date) last.set(key, e.date);
  }
  return last;
}

/** Ways into any pillar once its example topics are used; the pillar's name leads each one. */
const ANGLES: ((pillar: string) => string)[] = [
  (p) => `${p}: the first question to ask`,
  (p) => `${p}: what the textbooks leave out`,
  (p) => `${p}: lessons from a project that went sideways`,
  (p) => `${p}: one example from this month`,
  (p) => `${p}: how I explain it to newcomers`,
  (p) => `${p}: the numbers behind it`,
  (p) => `${p}: a habit that makes it easier`,
  (p) => `${p}: what changed my mind`,
  (p) => `${p}: a story from the early days`,
  (p) => `${p}: the cost nobody budgets for`,
  (p) => `${p}: where most advice goes wrong`,
  (p) => `${p}: a small experiment worth trying`,
  (p) => `${p}: a decision I would make again`,
  (p) => `${p}: a framework I keep coming back to`,
  (p) => `${p}: what to measure first`,
  (p) => `${p}: the view from the other side of the table`,
];
/** Coprime with ANGLES.length, so the first sixteen pillars each start at a different angle. */
const STRIDE = 5;

interface Angle {
  /** Which phrasing, shared by every pillar's version of it. */
  phrasing: number;
  topic: string;
}

/** Every angle on the pillar, starting at the pillar's own offset. */
export function pillarAngles(name: string, index: number): string[] {
  return anglesOf(name, index).map((a) => a.topic);
}

function anglesOf(name: string, index: number): Angle[] {
  const start = (index * STRIDE) % ANGLES.length;
  return ANGLES.map((_, i) => {
    const phrasing = (start + i) % ANGLES.length;
    return { phrasing, topic: (ANGLES[phrasing] as (p: string) => string)(name) };
  });
}

/**
 * Hands out one month's topics, never one already used in it. For a pillar, in this order: its
 * example topics not covered recently; its angles not covered recently, preferring a phrasing no
 * other pillar has used this month; then recent ones, least recently used first; then numbered parts.
 */
export class TopicPicker {
  private readonly examples = new Map<string, string[]>();
  private readonly angles = new Map<string, Angle[]>();
  private readonly used: Set<string>;
  private readonly phrasingsUsed = new Set<number>();
  private readonly suggested = new Map<string, string[]>();

  /**
   * `recent`: when topics of the previous months (and entries that stay) were last used;
   * `taken`: topics already in this month, which no new entry may repeat;
   * `suggestions`: recommended topics per pillar, best first, preferred over the examples.
   */
  constructor(
    pillars: ContentPillar[],
    private readonly recent: Map<string, string>,
    taken: string[],
    suggestions: { topic: string; pillar: string }[] = [],
  ) {
    for (const s of suggestions)
      this.suggested.set(s.pillar, [...(this.suggested.get(s.pillar) ?? []), s.topic]);
    for (const [i, p] of pillars.entries()) {
      this.examples.set(p.name, p.exampleTopics);
      this.angles.set(p.name, anglesOf(p.name, i));
    }
    this.used = new Set(taken.map(normalTopic));
  }

  next(pillar: string): string {
    const examples = this.examples.get(pillar) ?? [];
    const angles = this.angles.get(pillar) ?? anglesOf(pillar, 0);
    const open = (t: string) => !this.used.has(normalTopic(t));
    const fresh = (t: string) => open(t) && !this.recent.has(normalTopic(t));
    const freshAngles = angles.filter((a) => fresh(a.topic));
    const angle = freshAngles.find((a) => !this.phrasingsUsed.has(a.phrasing)) ?? freshAngles[0];
    const topic =
      (this.suggested.get(pillar) ?? []).find(fresh) ??
      examples.find(fresh) ??
      angle?.topic ??
      orderTopics([...examples, ...angles.map((a) => a.topic)], this.recent).find(open) ??
      this.numbered(examples[0] ?? angles[0]?.topic ?? pillar);
    this.used.add(normalTopic(topic));
    const phrasing = angles.find((a) => a.topic === topic)?.phrasing;
    if (phrasing !== undefined) this.phrasingsUsed.add(phrasing);
    return topic;
  }

  /** Beyond every example and angle (a pillar with dozens of posts a month): numbered parts. */
  private numbered(base: string): string {
    for (let part = 2; ; part++) {
      const topic = `${base} (part ${part})`;
      if (!this.used.has(normalTopic(topic))) return topic;
    }
  }
}
