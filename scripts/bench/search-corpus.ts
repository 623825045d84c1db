// Deterministic, varied post texts for the search benchmark: topics with their own vocabulary,
// several sentence shapes, and a seeded PRNG, so every run seeds the same corpus and asks the
// same queries.

const TOPICS: { name: string; words: string[] }[] = [
  { name: 'hiring', words: ['hiring', 'interviews', 'candidates', 'recruiters', 'onboarding', 'offers'] },
  { name: 'kubernetes', words: ['kubernetes', 'clusters', 'autoscaling', 'helm', 'pods', 'ingress'] },
  { name: 'pricing', words: ['pricing', 'discounts', 'annual plans', 'churn', 'upsell', 'packaging'] },
  { name: 'leadership', words: ['leadership', 'feedback', 'one-on-ones', 'delegation', 'trust', 'managers'] },
  { name: 'remote work', words: ['remote', 'async', 'standups', 'time zones', 'documentation', 'offsites'] },
  { name: 'data', words: ['dashboards', 'warehouse', 'pipelines', 'metrics', 'dbt', 'analytics'] },
  { name: 'security', words: ['security', 'phishing', 'audits', 'passwords', 'incident response', 'SOC 2'] },
  {
    name: 'fundraising',
    words: ['fundraising', 'investors', 'seed round', 'valuation', 'pitch deck', 'runway'],
  },
  { name: 'writing', words: ['writing', 'newsletters', 'drafts', 'editing', 'headlines', 'storytelling'] },
  { name: 'careers', words: ['promotion', 'career', 'mentors', 'salary', 'negotiation', 'side projects'] },
  {
    name: 'design',
    words: ['design systems', 'prototypes', 'usability', 'accessibility', 'figma', 'research'],
  },
  { name: 'sales', words: ['sales', 'pipeline', 'cold email', 'demos', 'objections', 'closing'] },
  { name: 'ai', words: ['language models', 'embeddings', 'prompts', 'evaluation', 'agents', 'fine-tuning'] },
  { name: 'reliability', words: ['outages', 'on-call', 'postmortems', 'observability', 'latency', 'SLOs'] },
  { name: 'productivity', words: ['focus', 'calendar', 'deep work', 'meetings', 'habits', 'burnout'] },
  { name: 'marketing', words: ['positioning', 'launch', 'landing pages', 'SEO', 'community', 'brand'] },
];

const OPENERS = [
  'Hot take:',
  'Quick story:',
  'Three years ago I got this wrong.',
  'Unpopular opinion:',
  'A lesson from last quarter:',
  'Something I wish I knew earlier:',
  'We tried something new this month.',
  '',
];
const SHAPES = [
  (a: string, b: string) => `Most teams treat ${a} as an afterthought, and it shows in their ${b}.`,
  (a: string, b: string) => `We rebuilt our approach to ${a} from scratch and ${b} improved within weeks.`,
  (a: string, b: string) => `If your ${a} feels slow, look at ${b} before you add headcount.`,
  (a: string, b: string) => `The best ${a} advice I ever got had nothing to do with ${b}.`,
  (a: string, b: string) => `Stop optimising ${b}; fix ${a} first and the rest follows.`,
  (a: string, b: string) => `Here is how we think about ${a} versus ${b} at a small company.`,
];
const CLOSERS = [
  'What would you add?',
  'Curious how others handle this.',
  'Small changes, compounding results.',
  'Write it down, share it, repeat.',
  '#buildinpublic',
  'Agree or disagree?',
];

/** mulberry32: a tiny seeded PRNG. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32;
  };
}

const pick = <T>(rand: () => number, list: T[]): T => list[Math.floor(rand() * list.length)] as T;

export interface BenchPost {
  title: string | null;
  body: string;
  pillar: string;
}

/** The n-th post of a corpus seeded with `seed`. */
export function postText(rand: () => number): BenchPost {
  const topic = pick(rand, TOPICS);
  const other = rand() < 0.3 ? pick(rand, TOPICS) : topic;
  const sentences = 2 + Math.floor(rand() * 4);
  const lines = [pick(rand, OPENERS)];
  for (let i = 0; i < sentences; i++)
    lines.push(pick(rand, SHAPES)(pick(rand, topic.words), pick(rand, other.words)));
  lines.push(pick(rand, CLOSERS));
  const body = lines.filter(Boolean).join(rand() < 0.5 ? ' ' : '\n\n');
  const title = rand() < 0.2 ? `Notes on ${pick(rand, topic.words)}` : null;
  return { title, body, pillar: topic.name };
}

/** Search phrases people would type: one to three topic words, sometimes websearch syntax. */
export function queries(count: number, seed: number): string[] {
  const rand = prng(seed);
  return Array.from({ length: count }, () => {
    const topic = pick(rand, TOPICS);
    const roll = rand();
    if (roll < 0.4) return pick(rand, topic.words);
    if (roll < 0.8) return `${pick(rand, topic.words)} ${pick(rand, topic.words)}`;
    if (roll < 0.9)
      return `"${pick(rand, topic.words)}" -${pick(rand, pick(rand, TOPICS).words).split(' ')[0]}`;
    return `how to improve ${pick(rand, topic.words)} for ${pick(rand, topic.words)}`;
  });
}
