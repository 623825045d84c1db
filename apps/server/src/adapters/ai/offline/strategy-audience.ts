// Personas and content pillars of an offline strategy, built from the questionnaire answers: who the
// audience is and what hurts them, what the user knows, and what the user wants from their brand.
import type { BrandAnswers, BrandGoal, ContentPillar, Persona } from '@brandwright/contracts';
import { audienceSegments, segmentName } from './audience-segments.js';
import type { Rng } from './random.js';
import { article, asPhrase, capitalize, clip, clipSentence, fit, startsWithVerb, uniqueBy } from './text.js';

/** What each goal makes the audience want, long form first and a shorter one for long expertise. */
const GOAL_WANTS: Record<BrandGoal, (expertise: string) => string[]> = {
  leads: (e) => [`Find a trustworthy expert in ${e}`, 'Find a trustworthy expert'],
  job: (e) => [`Hire someone who has proven results in ${e}`, 'Hire someone with proven results'],
  thought_leadership: (e) => [
    `Learn practical, tested approaches to ${e}`,
    'Learn practical, tested approaches',
  ],
  audience_growth: (e) => [`Get useful ideas on ${e} in a few minutes a week`, `Useful ideas on ${e}`],
  hiring: () => ['Find a team worth joining'],
  speaking: (e) => [`Book speakers with first-hand stories about ${e}`, `Book speakers on ${e}`],
};

function painPoint(problem: string): string {
  const phrase = asPhrase(problem);
  return clip(capitalize(startsWithVerb(phrase) ? `They ${phrase}` : phrase), 200);
}

function personaDescription(segment: string, industry: string, pain: string, expertise: string): string {
  const who = `${capitalize(segment)} in ${industry}.`;
  const problem = `Their most pressing problem: ${asPhrase(pain)}.`;
  const looking = `They look for people who explain ${expertise} with real examples rather than theory.`;
  return fit([`${who} ${problem} ${looking}`, `${who} ${problem}`, `${who} ${looking}`], 600);
}

export function personas(answers: BrandAnswers): Persona[] {
  const expertise = asPhrase(answers.expertise[0] ?? answers.role);
  const industry = asPhrase(answers.industry);
  const segments = audienceSegments(answers.audience);
  const problems = answers.audienceProblems.slice(0, 6);
  return segments.map((segment, i) => {
    // Spread the problems over the segments so personas are not clones of each other.
    const mine = problems.filter((_, j) => j % segments.length === i);
    const pains = (mine.length > 0 ? mine : problems).slice(0, 6).map(painPoint);
    return {
      name: segmentName(segment),
      role: clip(capitalize(segment), 120),
      description: clipSentence(personaDescription(segment, industry, pains[0] ?? expertise, expertise), 600),
      painPoints: pains,
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

/**
 * Topic phrasings for expertise pillars. Each pillar takes its own run of them (pillar i starts at
 * 3i), so two expertise pillars never offer the same sentence with only the subject swapped.
 */
const EXPERTISE_TOPICS: ((e: string) => string)[] = [
  (e) => `The most common mistake with ${e}`,
  (e) => `A simple checklist for ${e}`,
  (e) => `${capitalize(e)}: what changed in the last year`,
  (e) => `What I wish I had known about ${e} on day one`,
  (e) => `${capitalize(article(e))} ${e} myth worth retiring`,
  (e) => `The question about ${e} I get asked most`,
  (e) => `How I would start with ${e} today`,
  (e) => `Three signs that ${e} needs attention`,
  (e) => `A before-and-after story about ${e}`,
  (e) => `The trade-off nobody mentions in ${e}`,
  (e) => `One ${e} habit that pays off every week`,
  (e) => `What good ${e} looks like in practice`,
];
const PER_PILLAR = 3;

const TOPIC_MAX = 160;

/** Ways to tie the pillar to an audience problem; pillar i prefers form i, so pillars differ. */
function problemForms(e: string, audience: string, problem: string): string[] {
  if (startsWithVerb(problem))
    return [
      `How ${e} can help ${audience} who ${problem}`,
      `For ${audience} who ${problem}: start with ${e}`,
    ];
  return [
    `How ${e} can help with ${problem}`,
    `What ${e} can do about ${problem}`,
    `Where ${e} meets ${problem}`,
  ];
}

/** The topic tying the pillar to an audience problem: the pillar's own form when it fits, else a shorter one. */
function problemTopic(e: string, short: string, audience: string, problem: string, index: number): string {
  const forms = problemForms(e, audience, problem);
  const mine = [...forms.slice(index % forms.length), ...forms.slice(0, index % forms.length)];
  const brief = problemForms(short, 'readers', problem);
  return fit([...mine, ...brief, `Where ${short} meets ${problem}`], TOPIC_MAX);
}

function expertisePillar(expertise: string, index: number, answers: BrandAnswers, rng: Rng): PillarDraft {
  const e = asPhrase(expertise);
  // The pillar's name: the expertise itself, or its leading clause when it is too long for a name.
  const name = clip(capitalize(e), 60);
  const short = asPhrase(name);
  const audience = asPhrase(audienceSegments(answers.audience)[0] ?? answers.audience);
  const problem = asPhrase(rng.pick(answers.audienceProblems));
  const role = asPhrase(answers.role);
  const phrasings = Array.from(
    { length: PER_PILLAR },
    (_, j) => EXPERTISE_TOPICS[(index * PER_PILLAR + j) % EXPERTISE_TOPICS.length] as (e: string) => string,
  );
  const topic = (f: (e: string) => string) => fit([f(e), f(short)], TOPIC_MAX);
  return {
    name,
    description: clipSentence(
      answers.yearsExperience > 0
        ? `Practical know-how on ${e}, drawn from ${answers.yearsExperience} years as ${article(role)} ${role}.`
        : `Practical know-how on ${e}, drawn from your work as ${article(role)} ${role}.`,
      400,
    ),
    topics: [
      phrasings[0] ? topic(phrasings[0]) : short,
      problemTopic(e, short, audience, problem, index),
      ...phrasings.slice(1).map(topic),
    ],
    weight: 3,
  };
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
    description: `Projects, decisions and results that show how you work as ${asPhrase(a.role)}.`,
    topics: ['A project I am proud of and why', 'How I approach my first ninety days in a role'],
    weight: 2,
  }),
  thought_leadership: (a) => ({
    name: fit([`Where ${asPhrase(a.industry)} is heading`, 'Where the industry is heading'], 60),
    description: `Well-argued opinions on trends and debates in ${asPhrase(a.industry)}.`,
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
