// Offline strategy: a complete, schema-valid strategy composed from the questionnaire answers: value
// proposition, personas, 3-5 pillars whose shares sum to 100, and goals due after the injected today.
import type { BrandAnswers, Strategy } from '@brandwright/contracts';
import type { ProfileFacts, StrategyInput } from '../port.js';
import { Rng } from './random.js';
import { personas, pillars } from './strategy-audience.js';
import { strategyGoals } from './strategy-goals.js';
import { article, asPhrase, capitalize, clip, listPhrase, startsWithVerb, terminate } from './text.js';

function helpClause(answers: BrandAnswers, rng: Rng): string {
  const audience = asPhrase(answers.audience, 140);
  const problem = asPhrase(rng.pick(answers.audienceProblems), 140);
  if (startsWithVerb(problem)) return `I help ${audience} who ${problem}`;
  return `I help ${audience} with ${problem}`;
}

function credentialClause(answers: BrandAnswers, profile: ProfileFacts, rng: Rng): string {
  const role = asPhrase(answers.role, 80);
  const industry = asPhrase(profile.industry || answers.industry, 80);
  const expertise = listPhrase(answers.expertise.slice(0, 2).map((e) => asPhrase(e, 60)));
  const years = answers.yearsExperience;
  const tenure =
    years > 0
      ? `${years} ${years === 1 ? 'year' : 'years'} as ${article(role)} ${role}`
      : `work as ${article(role)} ${role}`;
  return rng.pick([
    `drawing on ${tenure} in ${industry} and hands-on depth in ${expertise}`,
    `with ${expertise} learned over ${tenure} in ${industry}`,
  ]);
}

function proofSentence(answers: BrandAnswers, profile: ProfileFacts, rng: Rng): string {
  const achievement = answers.achievements[0];
  if (achievement) return terminate(`Proof: ${asPhrase(achievement, 180)}`);
  if (profile.headline) return terminate(`${capitalize(asPhrase(profile.headline, 160))}`);
  return rng.pick([
    'Every idea I share has been tested in real work, not theory.',
    'Expect practical advice that comes from doing the work.',
  ]);
}

export function valueProposition(answers: BrandAnswers, profile: ProfileFacts, rng: Rng): string {
  const main = `${helpClause(answers, rng)}, ${credentialClause(answers, profile, rng)}.`;
  return clip(`${main} ${proofSentence(answers, profile, rng)}`, 598).replace(/([^.!?])$/, '$1.');
}

export function offlineStrategy(input: StrategyInput, today: Date): Strategy {
  const rng = Rng.from('strategy', input.answers, input.profile, input.seed ?? 0);
  return {
    valueProposition: valueProposition(input.answers, input.profile, rng),
    targetAudience: { personas: personas(input.answers) },
    contentPillars: pillars(input.answers, rng),
    goals: strategyGoals(input.answers, today),
  };
}
