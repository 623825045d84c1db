// Personas and content pillars of an offline strategy, built from the questionnaire answers: who the
// audience is and what hurts them, what the user knows, and what the user wants from their brand.
import type { BrandAnswers, BrandGoal, ContentPillar, Persona } from '@brandwright/contracts';
import { audienceSegments, segmentName } from './audience-segments.js';
import { asClause, firstNoun, type PhraseForm, phraseForm } from './phrase-form.js';
import type { Rng } from './random.js';
import { ideaTopics, problemTopic } from './strategy-topics.js';
import {
  asPhrase,
  capitalize,
  clip,
  clipSentence,
  fit,
  fitReadable,
  uniqueBy,
  withArticle,
  years,
} from './text.js';

/** What each goal makes the audience want: around the expertise when it is a noun phrase, else plain. */
const GOAL_WANTS: Record<BrandGoal, (expertise: string | undefined) => string[]> = {
  leads: (e) => [...(e ? [`Find a trustworthy expert in ${e}`] : []), 'Find a trustworthy expert'],
  job: (e) => [
    ...(e ? [`Hire someone who has proven results in ${e}`] : []),
    'Hire someone with proven results',
  ],
  thought_leadership: (e) => [
    ...(e ? [`Learn practical, tested approaches to ${e}`] : []),
    'Learn practical, tested approaches',
  ],
  audience_growth: (e) => [
    ...(e ? [`Get useful ideas on ${e} in a few minutes a week`] : []),
    'Get useful ideas in a few minutes a week',
  ],
  hiring: () => ['Find a team worth joining'],
  speaking: (e) => [
    ...(e ? [`Book speakers with first-hand stories about ${e}`] : []),
    'Book speakers with first-hand stories',
  ],
};

function painPoint(problem: string): string {
  return clip(capitalize(asClause(phraseForm(problem))), 200);
}

/** Three short sentences; a shorter set when the segment is long, so no sentence runs on. */
function personaDescription(segment: string, industry: string, pain: string, expertise?: string): string {
  // The segment ends its own sentence: what follows a name such as "Series A" must not read as its noun.
  const who = `${capitalize(segment)}. Industry: ${industry}.`;
  const problem = `What hurts most: ${asClause(phraseForm(pain))}.`;
  const subject = expertise ?? 'their field';
  const looking = `They look for people who explain ${subject} with real examples rather than theory.`;
  const brief = `${capitalize(clip(segment, 120))}.`;
  return fitReadable(
    [`${who} ${problem} ${looking}`, `${who} ${problem}`, `${brief} ${problem}`, `${who} ${looking}`, brief],
    600,
  );
}

export function personas(answers: BrandAnswers): Persona[] {
  const expertise = firstNoun([...answers.expertise, answers.role])?.text;
  const industry = asPhrase(answers.industry);
  const segments = audienceSegments(answers.audience);
  const problems = answers.audienceProblems.slice(0, 6);
  return segments.map((segment, i) => {
    // Spread the problems over the segments so personas are not clones of each other.
    const mine = problems.filter((_, j) => j % segments.length === i);
    const own = (mine.length > 0 ? mine : problems).slice(0, 6);
    return {
      name: segmentName(segment),
      role: clip(capitalize(segment), 120),
      description: clipSentence(personaDescription(segment, industry, own[0] ?? industry, expertise), 600),
      painPoints: own.map(painPoint),
      goals: answers.goals.map((g) => fit(GOAL_WANTS[g](expertise), 200)),
      platforms: [...answers.platforms],
    };
  });
}

interface PillarDraft {
  name: string;
  description: string;
  topics: string[];
  weight: number;
}

/** "drawn from 11 years as a senior SRE", or without the role when the answer holds none. */
export function experienceClause(answers: BrandAnswers): string {
  const role = withArticle(asPhrase(answers.role));
  const n = answers.yearsExperience;
  if (n > 0) return role ? `drawn from ${years(n)} as ${role}` : `drawn from ${years(n)} of work`;
  return role ? `drawn from your work as ${role}` : 'drawn from your own work';
}

function pillarDescription(e: PhraseForm, answers: BrandAnswers): string {
  const from = experienceClause(answers);
  const text =
    e.shape === 'noun'
      ? `Practical know-how on ${e.text}, ${from}.`
      : `Practical know-how, ${from}, for one theme: ${e.text}.`;
  return clipSentence(text, 400);
}

function expertisePillar(expertise: string, index: number, answers: BrandAnswers, rng: Rng): PillarDraft {
  const e = phraseForm(expertise);
  // The pillar's name: the expertise itself, or its leading clause when it is too long for a name.
  const name = clip(capitalize(e.text), 60);
  const short = phraseForm(name);
  const audience = asPhrase(audienceSegments(answers.audience)[0] ?? answers.audience);
  const pain = phraseForm(rng.pick(answers.audienceProblems));
  const [first, ...rest] = ideaTopics(index, e, short);
  return {
    name,
    description: pillarDescription(e, answers),
    topics: [first ?? name, problemTopic(e, short, audience, pain, index), ...rest],
    weight: 3,
  };
}

/** "fintech is heading", "financial services are heading". */
function industryHeading(industry: string): string {
  const form = phraseForm(industry);
  return `${form.text} ${form.plural ? 'are' : 'is'} heading`;
}

const GOAL_PILLARS: Record<BrandGoal, (a: BrandAnswers) => PillarDraft> = {
  leads: (a) => ({
    name: 'Client results',
    description: fit(
      [
        `Before-and-after stories of problems solved for ${asPhrase(a.audience)}.`,
        `Before-and-after stories of problems solved for ${asPhrase(audienceSegments(a.audience)[0] ?? 'clients')}.`,
        'Before-and-after stories of problems solved for clients.',
      ],
      400,
    ),
    topics: ['A recent client win, step by step', 'What a first engagement looks like'],
    weight: 2,
  }),
  job: (a) => ({
    name: 'Work in public',
    description: clipSentence(
      withArticle(asPhrase(a.role))
        ? `Projects, decisions and results that show how you work as ${withArticle(asPhrase(a.role))}.`
        : 'Projects, decisions and results that show how you work.',
      400,
    ),
    topics: ['A project I am proud of and why', 'How I approach my first ninety days in a role'],
    weight: 2,
  }),
  thought_leadership: (a) => ({
    name: fit([`Where ${industryHeading(a.industry)}`, 'Where the industry is heading'], 60),
    description: `Well-argued opinions on trends and debates in ${asPhrase(a.industry)}.`,
    topics: ['A popular practice I disagree with', 'Three trends worth watching this year'],
    weight: 2,
  }),
  audience_growth: () => ({
    name: 'Quick wins',
    description: 'Short tips that readers can apply the same day, save and share with colleagues.',
    topics: ['One tool that saves me an hour a week', 'A five-minute fix for a common problem'],
    weight: 2,
  }),
  hiring: () => ({
    name: 'Life on the team',
    description: 'How the team works, what it values and the problems a new joiner would tackle.',
    topics: ['What a first week on the team looks like', 'A hard problem we solved together'],
    weight: 1,
  }),
  speaking: () => ({
    name: 'Talks and ideas',
    description: 'The ideas behind your talks, previews of sessions and lessons from the stage.',
    topics: ['The core idea of my next talk', 'What an audience question taught me'],
    weight: 1,
  }),
};

// Always-relevant pillars that top the list up to three when answers are sparse or overlap.
const GENERAL: PillarDraft[] = [
  {
    name: 'Lessons learned',
    description: 'Honest stories of mistakes, turning points and what you would do differently now.',
    topics: ['A mistake that changed how I work', 'Advice I would give myself five years ago'],
    weight: 1,
  },
  {
    name: 'Behind the scenes',
    description: 'How the work really gets done: routines, tools and the decisions nobody sees.',
    topics: ['What my working week looks like', 'The tools I rely on and why'],
    weight: 1,
  },
  {
    name: 'Questions from my audience',
    description: 'Answers to the questions people ask most often, so one reply helps many readers.',
    topics: ['The question I get asked most', 'A reader question that made me rethink something'],
    weight: 1,
  },
];

/** Integer shares proportional to the weights that sum to exactly 100 (largest remainder). */
export function sharesOf(weights: number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  const raw = weights.map((w) => (w / total) * 100);
  const shares = raw.map((r) => Math.max(1, Math.floor(r)));
  let missing = 100 - shares.reduce((s, x) => s + x, 0);
  const order = raw
    .map((r, i) => ({ i, rest: r - Math.floor(r) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; missing > 0; k = (k + 1) % order.length, missing--) {
    const index = order[k]?.i ?? 0;
    shares[index] = (shares[index] ?? 0) + 1;
  }
  return shares;
}

export function pillars(answers: BrandAnswers, rng: Rng): ContentPillar[] {
  const drafts: PillarDraft[] = answers.expertise
    .slice(0, 3)
    .map((e, i) => expertisePillar(e, i, answers, rng));
  for (const goal of new Set(answers.goals)) drafts.push(GOAL_PILLARS[goal](answers));
  const usable = drafts.filter((d) => d.name.length >= 2);
  const unique = uniqueBy([...usable, ...GENERAL], (d) => d.name);
  // General pillars only fill gaps: keep at most one of them once the specific ones reach three.
  const specific = unique.filter((d) => !GENERAL.includes(d));
  const general = unique.filter((d) => GENERAL.includes(d));
  const chosen = [...specific.slice(0, 4), ...general].slice(
    0,
    Math.max(3, Math.min(5, specific.length + 1)),
  );
  const shares = sharesOf(chosen.map((d) => d.weight));
  return chosen.map((d, i) => ({
    name: d.name,
    description: d.description.length >= 10 ? d.description : `${d.description} for your audience.`,
    exampleTopics: d.topics,
    share: shares[i] ?? 1,
  }));
}
