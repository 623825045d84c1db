// Goals of an offline strategy: one or two measurable goals per chosen brand goal, with targets
// scaled to the user's followers and posting cadence and due dates counted from the injected clock.
import { type BrandAnswers, type BrandGoal, PLATFORM_NAMES, type StrategyGoal } from '@brandwright/contracts';
import { isoDay } from '../port.js';
import { firstNoun } from './phrase-form.js';
import { asPhrase, fit, withArticle } from './text.js';

const DAY_MS = 86_400_000;

interface GoalFacts {
  followers: number;
  postsPerWeek: number;
  platform: string;
  expertise: string;
  role: string;
}

/** Rounds a target to a number people set goals in (5, 10, 50, 100, 500...). */
function niceTarget(value: number): number {
  const v = Math.max(1, value);
  const step = v < 20 ? 1 : v < 100 ? 5 : v < 1000 ? 50 : v < 10_000 ? 100 : 1000;
  return Math.max(step, Math.round(v / step) * step);
}

type GoalDraft = Omit<StrategyGoal, 'dueDate'> & { days: number };

const quarterPosts = (f: GoalFacts) => f.postsPerWeek * 13;

/** One measurable goal per brand goal, sized from the facts. */
const DRAFTS: Record<BrandGoal, (f: GoalFacts) => GoalDraft> = {
  // Growth scales with how often one posts; small accounts get a floor so the goal means something.
  audience_growth: (f) => ({
    title: `Grow your ${f.platform} audience with consistent posting`,
    metric: 'followers',
    target: niceTarget(
      f.followers + Math.max(100, f.followers * Math.min(0.5, 0.04 * f.postsPerWeek + 0.05)),
    ),
    days: 180,
  }),
  leads: (f) => ({
    title: `Turn posts about ${f.expertise} into client conversations`,
    metric: 'inbound conversations',
    target: niceTarget(Math.max(3, quarterPosts(f) * 0.15)),
    days: 90,
  }),
  job: (f) => ({
    title: f.role ? `Get noticed by hiring managers looking for ${f.role}` : 'Get noticed by hiring managers',
    metric: 'recruiter or hiring-manager conversations',
    target: niceTarget(Math.max(3, quarterPosts(f) * 0.1)),
    days: 90,
  }),
  thought_leadership: (f) => ({
    title: `Become a recognised voice on ${f.expertise}`,
    metric: 'average engagement rate (%)',
    target: f.followers > 10_000 ? 2 : 4,
    days: 120,
  }),
  hiring: (f) => ({
    title: 'Attract candidates who already know how your team works',
    metric: 'qualified applicants mentioning your posts',
    target: niceTarget(Math.max(3, quarterPosts(f) * 0.1)),
    days: 120,
  }),
  speaking: (f) => ({
    title: `Land speaking slots on ${f.expertise}`,
    metric: 'speaking invitations',
    target: f.followers > 5000 ? 4 : 2,
    days: 180,
  }),
};

export function strategyGoals(answers: BrandAnswers, today: Date): StrategyGoal[] {
  const facts: GoalFacts = {
    followers: answers.followers,
    postsPerWeek: answers.postsPerWeek,
    platform: PLATFORM_NAMES[answers.platforms[0] ?? 'linkedin'],
    // Titles put the expertise where only a noun phrase reads right ("a recognised voice on …").
    expertise: firstNoun([...answers.expertise, answers.industry])?.text ?? 'your field',
    role: withArticle(asPhrase(answers.role)),
  };
  // Long answers get the same goal worded around their leading clause rather than a cut title.
  const brief = {
    ...facts,
    expertise: asPhrase(facts.expertise, 60),
    role: withArticle(asPhrase(asPhrase(answers.role), 60)),
  };
  const drafts = [...new Set(answers.goals)].map((g) => {
    const draft = DRAFTS[g](facts);
    return { ...draft, title: fit([draft.title, DRAFTS[g](brief).title], 160) };
  });
  // Consistency underpins every other goal, so it is always one of them.
  drafts.push({
    title: `Publish ${answers.postsPerWeek} ${answers.postsPerWeek === 1 ? 'post' : 'posts'} a week for a quarter`,
    metric: 'posts published',
    target: answers.postsPerWeek * 13,
    days: 91,
  });
  return drafts.slice(0, 6).map(({ days, ...goal }) => ({
    ...goal,
    dueDate: isoDay(new Date(today.getTime() + days * DAY_MS)),
  }));
}
