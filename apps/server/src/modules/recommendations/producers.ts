// The four kinds of recommendation as pure functions of what the service gathered: gaps (pillars
// under their target share, or not covered for weeks), trending (the cohort's aggregates and the
// user's feeds), neighbours (phrases near a pillar in embedding space that the user has not
// covered) and evergreen (the user's own posts that did better than their median, old enough to
// revisit). Each returns candidates with a relevance in 0..1 and a reason with its numbers.
import type { ContentPillar, RecommendationType } from '@brandwright/contracts';
import type { NormalisedPost } from './engagement-model.js';
import { topicFromText, topicKey } from './topic-key.js';

export const DAY_MS = 86_400_000;
/** Window for pillar shares. */
export const GAP_WINDOW_DAYS = 30;
/** A pillar not covered for this many weeks is a gap whatever its share. */
export const STALE_WEEKS = 6;
/** Shares within this many percentage points of the target are not a gap. */
export const SHARE_SLACK_POINTS = 10;
/** Evergreen: a post at least this old, whose topic was not covered again in the same span. */
export const EVERGREEN_AGE_DAYS = 90;
/** Neighbours and evergreen ignore topics covered within this many days. */
export const COVERED_DAYS = 90;

export interface Candidate {
  type: RecommendationType;
  topic: string;
  pillar: string | null;
  relevance: number;
  reason: string;
}

export interface CoveredTopic {
  topic: string;
  pillar: string | null;
  at: Date;
}

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
const day = (d: Date) => d.toISOString().slice(0, 10);
const round2 = (x: number) => Math.round(x * 100) / 100;

/** True when a covered topic (in the span) contains the phrase or is contained by it. */
export function coveredSince(covered: CoveredTopic[], since: Date): (topic: string) => boolean {
  const keys = covered.filter((c) => c.at >= since).map((c) => topicKey(c.topic));
  return (topic) => {
    const key = topicKey(topic);
    return (
      key.length > 0 && keys.some((k) => k === key || k.includes(key) || (k.length > 8 && key.includes(k)))
    );
  };
}

export function gaps(pillars: ContentPillar[], covered: CoveredTopic[], now: Date): Candidate[] {
  const since = new Date(now.getTime() - GAP_WINDOW_DAYS * DAY_MS);
  const staleSince = new Date(now.getTime() - STALE_WEEKS * 7 * DAY_MS);
  const inWindow = covered.filter((c) => c.pillar && c.at >= since);
  const total = inWindow.length;
  const maxShare = Math.max(...pillars.map((p) => p.share));
  const recentlyCovered = coveredSince(covered, staleSince);
  return pillars.flatMap((p) => {
    const own = covered.filter((c) => c.pillar === p.name);
    const n = inWindow.filter((c) => c.pillar === p.name).length;
    const share = total ? (100 * n) / total : 0;
    const deficit = p.share - share;
    const last = own.reduce<Date | null>((a, c) => (!a || c.at > a ? c.at : a), null);
    const stale = !last || last < staleSince;
    if (deficit < SHARE_SLACK_POINTS && !stale) return [];
    const topic = p.exampleTopics.find((t) => !recentlyCovered(t)) ?? (p.exampleTopics[0] as string);
    const shareRelevance = clamp01(deficit / p.share) * (0.5 + (0.5 * p.share) / maxShare);
    const staleRelevance = !last
      ? 0.6
      : clamp01((now.getTime() - last.getTime()) / (2 * STALE_WEEKS * 7 * DAY_MS));
    const parts: string[] = [];
    if (deficit >= SHARE_SLACK_POINTS)
      parts.push(
        `"${p.name}" is ${p.share}% of your strategy but ${Math.round(share)}% of your last ${GAP_WINDOW_DAYS} days (${n} of ${total} pieces with a pillar).`,
      );
    if (!last) parts.push(`Nothing you have written is filed under "${p.name}" yet.`);
    else if (stale)
      parts.push(`You last wrote on "${p.name}" on ${day(last)}, more than ${STALE_WEEKS} weeks ago.`);
    return [
      {
        type: 'gap' as const,
        topic,
        pillar: p.name,
        relevance: round2(Math.max(shareRelevance, stale ? staleRelevance : 0)),
        reason: parts.join(' '),
      },
    ];
  });
}

export interface FeedMatch {
  title: string;
  feedTitle: string;
  publishedAt: Date | null;
  pillar: string;
  similarity: number;
}

/** Feed items near a pillar, fresher first: relevance is similarity (0.5 counts as full) × freshness. */
export function feedTrends(matches: FeedMatch[], now: Date, windowDays: number): Candidate[] {
  return matches.map((m) => {
    const age = m.publishedAt ? (now.getTime() - m.publishedAt.getTime()) / DAY_MS : windowDays / 2;
    const freshness = clamp01(1 - Math.max(0, age) / (2 * windowDays));
    const when = m.publishedAt ? ` on ${day(m.publishedAt)}` : '';
    return {
      type: 'trending' as const,
      topic: m.title,
      pillar: m.pillar,
      relevance: round2(clamp01(m.similarity / 0.5) * freshness),
      reason: `In your feed "${m.feedTitle}"${when}, and close to your pillar "${m.pillar}" (similarity ${m.similarity.toFixed(2)}).`,
    };
  });
}

export interface CohortMatch {
  topicKey: string;
  users: number;
  medianLift: number;
  pillar: string | null;
  similarity: number;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Cohort topics whose members did better than their own median on them. */
export function cohortTrends(matches: CohortMatch[], windowDays: number): Candidate[] {
  return matches
    .filter((m) => m.medianLift > 1)
    .map((m) => ({
      type: 'trending' as const,
      topic: capitalise(m.topicKey),
      pillar: m.pillar,
      relevance: round2(0.5 * clamp01(Math.log2(m.medianLift)) + 0.5 * clamp01(m.similarity / 0.5)),
      reason: `Among ${m.users} people in your industry who share their figures anonymously, posts on this did ${m.medianLift.toFixed(2)}× their own median engagement (the median member) in the last ${windowDays} days.`,
    }));
}

export interface NeighbourMatch {
  phrase: string;
  pillar: string;
  similarity: number;
}

export function neighbours(
  matches: NeighbourMatch[],
  pillars: ContentPillar[],
  covered: CoveredTopic[],
  now: Date,
): Candidate[] {
  const isCovered = coveredSince(covered, new Date(now.getTime() - COVERED_DAYS * DAY_MS));
  const own = new Set(pillars.flatMap((p) => [p.name, ...p.exampleTopics]).map(topicKey));
  return matches
    .filter((m) => !own.has(topicKey(m.phrase)) && !isCovered(m.phrase))
    .map((m) => ({
      type: 'neighbour' as const,
      topic: capitalise(m.phrase),
      pillar: m.pillar,
      relevance: round2(clamp01(m.similarity / 0.5)),
      reason: `Close in meaning to your pillar "${m.pillar}" (similarity ${m.similarity.toFixed(2)}), and nothing you wrote in the last ${COVERED_DAYS} days covers it.`,
    }));
}

export function evergreen(
  posts: NormalisedPost[],
  covered: CoveredTopic[],
  now: Date,
  limit = 5,
): Candidate[] {
  const oldEnough = new Date(now.getTime() - EVERGREEN_AGE_DAYS * DAY_MS);
  const isCovered = coveredSince(covered, new Date(now.getTime() - COVERED_DAYS * DAY_MS));
  return posts
    .filter((p) => p.logRatio > 0 && p.record.publishedAt <= oldEnough)
    .filter((p) => !isCovered(topicFromText(p.record.text)))
    .sort((a, b) => b.logRatio - a.logRatio || a.record.id.localeCompare(b.record.id))
    .slice(0, limit)
    .map((p) => {
      const ratio = Math.exp(p.logRatio);
      const months = Math.floor((now.getTime() - p.record.publishedAt.getTime()) / (30 * DAY_MS));
      return {
        type: 'evergreen' as const,
        topic: topicFromText(p.record.text),
        pillar: p.record.pillar,
        relevance: round2(clamp01(0.3 + Math.log2(ratio) / 2)),
        reason: `Your ${p.record.platform} post of ${day(p.record.publishedAt)} got ${ratio.toFixed(2)}× your median engagement rate (per ${p.record.denominator === 'impressions' ? 'impression' : 'follower'}); ${months} months on, a fresh take reaches people who missed it.`,
      };
    });
}
