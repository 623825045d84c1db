// Synthetic posting histories for the statistics tests and the bench: posts on two accounts with
// different reach, texts built from topics, hooks and fillers, and engagements drawn around each
// account's rate with log-normal noise — plus, when asked, planted effects (a topic ×1.8, a
// question hook ×1.5). Seeded, so every run of a test sees the same histories.
import type { InsightPost } from '../patterns.js';

export const TOPICS = [
  'career growth',
  'pricing strategy',
  'product design',
  'team culture',
  'customer research',
  'sales calls',
] as const;
export type Topic = (typeof TOPICS)[number];

const FILLERS = [
  'Small teams move faster when the goal is clear.',
  'I wrote down what surprised me most.',
  'Most advice on this is too general to use.',
  'The second attempt went much better than the first.',
  'Here is the checklist I use now.',
  'It took three tries to get it right.',
];

export interface Planted {
  /** Multiplier of the true rate for posts on a topic. */
  topics?: Partial<Record<Topic, number>>;
  /** Multiplier for posts whose first line is a question. */
  questionHook?: number;
}

export interface HistoryOptions {
  seed: number;
  posts: number;
  planted?: Planted;
  /** Share of posts opening with a question (default 0.3). */
  questionShare?: number;
}

/** mulberry32: a tiny seeded generator, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Poisson draws: Knuth's method for small means, a rounded normal for large ones. */
function poisson(random: () => number, lambda: number): number {
  if (lambda > 40) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal(random)));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = random();
  while (p > limit) {
    k += 1;
    p *= random();
  }
  return k;
}

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

const ACCOUNTS = [
  { platform: 'linkedin', rate: 0.04, reach: 1500 },
  { platform: 'x', rate: 0.015, reach: 4000 },
] as const;

export interface SyntheticPost extends InsightPost {
  topic: Topic;
  question: boolean;
}

export function syntheticHistory(options: HistoryOptions): SyntheticPost[] {
  const random = seededRandom(options.seed);
  const planted = options.planted ?? {};
  return Array.from({ length: options.posts }, () => {
    const account = pick(random, ACCOUNTS);
    const topic = pick(random, TOPICS);
    const question = random() < (options.questionShare ?? 0.3);
    const hook = question ? `Is ${topic} overrated?` : `A note on ${topic}.`;
    const text = [hook, pick(random, FILLERS), `What I keep relearning about ${topic}.`].join('\n');
    const multiplier = (planted.topics?.[topic] ?? 1) * (question ? (planted.questionHook ?? 1) : 1);
    const base = Math.round(account.reach * Math.exp(0.5 * normal(random)));
    const trueRate = account.rate * multiplier * Math.exp(0.35 * normal(random));
    const engagements = poisson(random, base * trueRate);
    return {
      platform: account.platform,
      text,
      pillar: null,
      contentType: 'post',
      engagements,
      base,
      rate: engagements / base,
      topic,
      question,
    };
  });
}
