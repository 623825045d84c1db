// Varied but valid questionnaire answers for the offline strategy's property tests: lengths at the
// edges, one to many items, every goal, and phrases of every shape (noun phrases singular and
// plural, acronyms, clauses, predicates without a subject, very long answers).
import { type BrandAnswers, brandAnswersSchema, brandGoalSchema } from '@brandwright/contracts';
import { Rng } from './random.js';

const ROLES = [
  'Fractional CFO',
  'Staff engineer',
  'UX researcher',
  'Head of People',
  'Independent consultant',
  'an',
];
const PHRASES = [
  'SaaS pricing',
  'cash-flow forecasting',
  'hiring senior engineers',
  'struggle to hire senior engineers',
  'onboarding remote teams',
  'AI',
  'Kubernetes cost control for teams that grew faster than their platform and now pay for idle clusters',
  'OKRs',
  'x'.repeat(160),
  'design systems, tokens and accessibility audits',
  'SLOs that nobody looks at',
  'they struggle to forecast cash',
  'postmortems that change nothing',
  'observability',
  'need better forecasts',
];
const AUDIENCES = [
  'Early-stage SaaS founders and their first finance hires',
  'CTOs',
  'engineering managers, tech leads; product managers',
  'people',
  `${'mid-market operations leaders '.repeat(19)}`.trim().slice(0, 600),
];

/** A varied but valid answer set: lengths at the edges, one to many items, every goal. */
export function answersFor(seed: number): BrandAnswers {
  const rng = new Rng(seed);
  const some = (min: number, max: number) =>
    rng
      .shuffle(PHRASES)
      .slice(0, min + rng.int(max - min + 1))
      .map((p) => p.slice(0, 160));
  const goals = rng.shuffle(brandGoalSchema.options);
  return brandAnswersSchema.parse({
    role: rng.pick(ROLES),
    industry: rng.pick(['B2B SaaS', 'healthcare', 'public sector', 'AI tooling', 'retail banking']),
    experienceLevel: rng.pick(['entry', 'mid', 'senior', 'executive'] as const),
    yearsExperience: rng.int(41),
    expertise: some(1, 6),
    achievements: some(0, 3),
    audience: rng.pick(AUDIENCES),
    audienceProblems: some(1, 5),
    goals: goals.slice(0, 1 + rng.int(3)),
    platforms: rng
      .shuffle(['linkedin', 'x', 'medium', 'bluesky', 'mastodon'] as const)
      .slice(0, 1 + rng.int(5)),
    postsPerWeek: 1 + rng.int(21),
    currentPostingFrequency: rng.pick(['never', 'monthly', 'weekly', 'several_per_week', 'daily'] as const),
    followers: rng.pick([0, 12, 950, 18_000, 2_500_000]),
    tone: ['professional'],
    topicsToAvoid: [],
    admiredPeople: [],
  });
}
