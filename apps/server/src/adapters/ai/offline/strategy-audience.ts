// Personas and content pillars of an offline strategy, built from the questionnaire answers: who the
// audience is and what hurts them, what the user knows, and what the user wants from their brand.
import type { BrandAnswers, BrandGoal, ContentPillar, Persona } from '@brandwright/contracts';
import type { Rng } from './random.js';
import {
  article,
  asPhrase,
  capitalize,
  clip,
  clipSentence,
  startsWithVerb,
  titleCase,
  uniqueBy,
} from './text.js';

/** Splits "founders, CTOs and first engineering managers" into up to three audience segments. */
export function audienceSegments(audience: string): string[] {
  const parts = audience
    .split(/[;,/]|\band\b|&|\bor\b/i)
    // "and their first finance hires" names a group of its own: drop the possessive lead-in.
    .map((s) => clip(s.trim().replace(/^(their|the|our|your|its)\s+/i, ''), 80))
    .filter((s) => s.length >= 3);
  const unique = [...new Map(parts.map((p) => [p.toLowerCase(), p])).values()];
  return (unique.length > 0 ? unique : [clip(audience, 80)]).slice(0, 3);
}

const GOAL_WANTS: Record<BrandGoal, (expertise: string) => string> = {
  leads: (e) => `Find a trustworthy expert in ${e}`,
  job: (e) => `Hire someone who has proven results in ${e}`,
  thought_leadership: (e) => `Learn practical, tested approaches to ${e}`,
  audience_growth: (e) => `Get useful ideas on ${e} in a few minutes a week`,
  hiring: () => 'Find a team worth joining',
  speaking: (e) => `Book speakers with first-hand stories about ${e}`,
};

function painPoint(problem: string): string {
  const phrase = asPhrase(problem, 190);
  return capitalize(startsWithVerb(phrase) ? `They ${phrase}` : phrase);
}

export function personas(answers: BrandAnswers): Persona[] {
  const expertise = asPhrase(answers.expertise[0] ?? answers.role, 80);
  const industry = asPhrase(answers.industry, 80);
  return audienceSegments(answers.audience).map((segment, i) => {
    const problems = answers.audienceProblems.slice(0, 6);
    // Spread the problems over the segments so personas are not clones of each other.
    const mine = problems.filter((_, j) => j % audienceSegments(answers.audience).length === i);
    const pains = (mine.length > 0 ? mine : problems).slice(0, 6).map(painPoint);
    const first = asPhrase(pains[0] ?? expertise, 160);
    return {
      name: clip(titleCase(segment), 80),
      role: clip(capitalize(segment), 120),
      description: clipSentence(
        `${capitalize(asPhrase(segment, 120))} in ${industry}. Their most pressing problem: ${first}. ` +
          `They look for people who explain ${expertise} with real examples rather than theory.`,
        600,
      ),
      painPoints: pains.map((p) => clip(p, 200)),
      goals: answers.goals.map((g) => clip(GOAL_WANTS[g](expertise), 200)),
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

/**
 * Topic phrasings for expertise pillars. Each pillar takes its own run of them (pillar i starts at
 * 3i), so two expertise pillars never offer the same sentence with only the subject swapped.
 */
const EXPERTISE_TOPICS: ((e: string) => string)[] = [
  (e) => `The most common mistake with ${e}`,
  (e) => `A simple checklist for ${e}`,
  (e) => `${capitalize(e)}: what changed in the last year`,
  (e) => `What I wish I had known about ${e} on day one`,
  (e) => `A ${e} myth worth retiring`,
  (e) => `The question about ${e} I get asked most`,
  (e) => `How I would start with ${e} today`,
  (e) => `Three signs that ${e} needs attention`,
  (e) => `A before-and-after story about ${e}`,
  (e) => `The trade-off nobody mentions in ${e}`,
  (e) => `One ${e} habit that pays off every week`,
  (e) => `What good ${e} looks like in practice`,
];
const PER_PILLAR = 3;

/** The topic tying the pillar to an audience problem, phrased differently for each pillar. */
function problemTopic(e: string, audience: string, problem: string, index: number): string {
  if (startsWithVerb(problem)) {
    const forms = [
      `How ${e} can help ${audience} who ${problem}`,
      `For ${audience} who ${problem}: start with ${e}`,
    ];
    return forms[index % forms.length] as string;
  }
  const forms = [
    `How ${e} can help with ${problem}`,
    `What ${e} can do about ${problem}`,
    `Where ${e} meets ${problem}`,
  ];
  return forms[index % forms.length] as string;
}

function expertisePillar(expertise: string, index: number, answers: BrandAnswers, rng: Rng): PillarDraft {
  const e = asPhrase(expertise, 50);
  const audience = asPhrase(audienceSegments(answers.audience)[0] ?? answers.audience, 50);
  const problem = asPhrase(rng.pick(answers.audienceProblems), 70);
  const role = asPhrase(answers.role, 80);
  const phrasings = Array.from(
    { length: PER_PILLAR },
    (_, j) => EXPERTISE_TOPICS[(index * PER_PILLAR + j) % EXPERTISE_TOPICS.length] as (e: string) => string,
  );
  return {
    name: clip(capitalize(e), 60),
    description: clipSentence(
      answers.yearsExperience > 0
        ? `Practical know-how on ${e}, drawn from ${answers.yearsExperience} years as ${article(role)} ${role}.`
        : `Practical know-how on ${e}, drawn from your work as ${article(role)} ${role}.`,
      400,
    ),
    topics: [
      phrasings[0]?.(e) ?? e,
      problemTopic(e, audience, problem, index),
      ...phrasings.slice(1).map((f) => f(e)),
    ].map((t) => clip(t, 160)),
    weight: 3,
  };
}

const GOAL_PILLARS: Record<BrandGoal, (a: BrandAnswers) => PillarDraft> = {
  leads: (a) => ({
    name: 'Client results',
    description: `Before-and-after stories of problems solved for ${asPhrase(a.audience, 120)}.`,
    topics: ['A recent client win, step by step', 'What a first engagement looks like'],
    weight: 2,
  }),
  job: (a) => ({
    name: 'Work in public',
    description: `Projects, decisions and results that show how you work as ${asPhrase(a.role, 100)}.`,
    topics: ['A project I am proud of and why', 'How I approach my first ninety days in a role'],
    weight: 2,
  }),
  thought_leadership: (a) => ({
    name: `Where ${clip(asPhrase(a.industry, 34), 34)} is heading`,
    description: `Well-argued opinions on trends and debates in ${asPhrase(a.industry, 120)}.`,
    topics: ['A popular practice I disagree with', 'Three trends worth watching this year'],
    weight: 2,
  }),
  audience_growth: () => ({
    name: 'Quick wins',
    description: 'Short, saveable tips that readers can apply the same day and share with colleagues.',
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
