// The user's engagement history reduced to what recommendations need: each post's rate relative to
// the user's median on that platform (rates differ by denominator and platform, so they are only
// compared within one), the topics a post is about (its pillar and key phrases), per-topic lifts,
// and an engagement potential shrunk toward the user's median by a normal–normal empirical-Bayes
// weight, so two lucky posts do not make a topic look like a sure thing.
import { keyPhrases } from '../../platform/nlp/index.js';
import type { PerformanceRecord } from '../analytics/index.js';
import type { TopicSignal } from './recommendations.repository.js';
import { topicFromText, topicKey } from './topic-key.js';

/** Below this many posts with a rate there is no median worth comparing with. */
export const MIN_HISTORY = 5;
/** Key phrases per post that count as its topics. */
const PHRASES_PER_POST = 3;
/** Floors of the variances, so one group or identical rates cannot make the weight 0 or 1. */
const MIN_WITHIN_VARIANCE = 0.05;
const MIN_BETWEEN_VARIANCE = 0.02;

export interface NormalisedPost {
  record: PerformanceRecord;
  /** log(rate ÷ the user's median rate on the post's platform). */
  logRatio: number;
  /** Normalised topics: the pillar and the post's key phrases. */
  keys: string[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: number[]) => {
  const m = mean(xs);
  return xs.length < 2 ? 0 : xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
};

/**
 * Key phrases per post text, remembered: part-of-speech tagging is most of a request's time (about
 * 1 ms a post) and a user's history is the same texts request after request. Bounded, oldest out.
 */
const PHRASE_MEMO_SIZE = 50_000;
const phraseMemo = new Map<string, string[]>();

function phrasesOf(text: string): string[] {
  const known = phraseMemo.get(text);
  if (known) return known;
  const found = keyPhrases(text, PHRASES_PER_POST).map((p) => topicKey(p.phrase));
  if (phraseMemo.size >= PHRASE_MEMO_SIZE) phraseMemo.delete(phraseMemo.keys().next().value as string);
  phraseMemo.set(text, found);
  return found;
}

export function topicsOfPost(record: PerformanceRecord): string[] {
  const keys = [...phrasesOf(record.text)];
  if (record.pillar) keys.unshift(topicKey(record.pillar));
  return [...new Set(keys.filter((k) => k.length > 2))];
}

/** Each post against its own platform's median; a zero rate counts as a tenth of the median. */
export function normalise(records: PerformanceRecord[]): NormalisedPost[] {
  const byPlatform = new Map<string, number[]>();
  for (const r of records) byPlatform.set(r.platform, [...(byPlatform.get(r.platform) ?? []), r.rate]);
  const medians = new Map([...byPlatform].map(([p, rates]) => [p, median(rates)]));
  return records.flatMap((record) => {
    const m = medians.get(record.platform) ?? 0;
    if (m <= 0) return [];
    const rate = Math.max(record.rate, m / 10);
    return [{ record, logRatio: Math.log(rate / m), keys: topicsOfPost(record) }];
  });
}

/** Per topic: how many posts and exp(mean log-ratio), the geometric-mean lift over the user's median. */
export function topicLifts(posts: NormalisedPost[]): TopicSignal[] {
  const groups = new Map<string, number[]>();
  for (const p of posts) for (const k of p.keys) groups.set(k, [...(groups.get(k) ?? []), p.logRatio]);
  return [...groups]
    .map(([key, ratios]) => ({ topicKey: key, posts: ratios.length, lift: Math.exp(mean(ratios)) }))
    .sort((a, b) => a.topicKey.localeCompare(b.topicKey));
}

export interface Potential {
  value: number | null;
  note: string;
}

/** 50 at the user's median; 2× the median ≈ 80, half of it ≈ 20. */
const toScale = (logLift: number) => Math.round(100 / (1 + Math.exp(-2 * logLift)));

export class EngagementModel {
  private readonly groups = new Map<string, number[]>();
  private readonly withinVariance: number;
  private readonly betweenVariance: number;

  constructor(private readonly posts: NormalisedPost[]) {
    for (const p of posts) {
      // A post is also "on" its own opening, so an evergreen suggestion finds the post it came from.
      const keys = new Set([...p.keys, topicKey(topicFromText(p.record.text))]);
      for (const k of keys) this.groups.set(k, [...(this.groups.get(k) ?? []), p.logRatio]);
    }
    this.withinVariance = Math.max(MIN_WITHIN_VARIANCE, variance(posts.map((p) => p.logRatio)));
    // Method of moments: the spread of group means beyond what sampling noise alone would give.
    const sized = [...this.groups.values()].filter((g) => g.length >= 2);
    const spread = sized.length >= 2 ? variance(sized.map(mean)) : 0;
    const noise = sized.length >= 2 ? mean(sized.map((g) => this.withinVariance / g.length)) : 0;
    this.betweenVariance = Math.max(MIN_BETWEEN_VARIANCE, spread - noise);
  }

  get size(): number {
    return this.posts.length;
  }

  /** The estimate for a topic (else its pillar); null with the reason when there is no history. */
  potential(topic: string, pillar: string | null): Potential {
    if (this.posts.length < MIN_HISTORY)
      return {
        value: null,
        note: `Not enough engagement history yet: ${postsText(this.posts.length)} with metrics, ${MIN_HISTORY} needed.`,
      };
    const own = this.groups.get(topicKey(topic));
    const ofPillar = pillar ? this.groups.get(topicKey(pillar)) : undefined;
    const [group, label] = own ? [own, 'on this topic'] : ofPillar ? [ofPillar, `in "${pillar}"`] : [];
    if (!group || !label)
      return {
        value: 50,
        note: `No posts on this yet: your median, from ${this.posts.length} posts with metrics.`,
      };
    const weight = group.length / (group.length + this.withinVariance / this.betweenVariance);
    const shrunk = weight * mean(group);
    const raw = Math.exp(mean(group));
    return {
      value: toScale(shrunk),
      note: `${postsText(group.length)} ${label} averaged ${raw.toFixed(2)}× your median rate; shrunk toward your median with weight ${weight.toFixed(2)}, that is ${Math.exp(shrunk).toFixed(2)}×.`,
    };
  }
}

/** "1 post", "3 posts", "no posts". */
function postsText(n: number): string {
  return n === 0 ? 'no posts' : `${n} post${n === 1 ? '' : 's'}`;
}
