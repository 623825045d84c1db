// Offline strategy: a complete, schema-valid strategy composed from the questionnaire answers: value
// proposition, personas, 3-5 pillars whose shares sum to 100, and goals due after the injected today.
import type { BrandAnswers, Strategy } from '@brandwright/contracts';
import type { ProfileFacts, StrategyInput } from '../port.js';
import { audienceSegments } from './audience-segments.js';
import { Rng } from './random.js';
import { personas, pillars } from './strategy-audience.js';
import { strategyGoals } from './strategy-goals.js';
import {
  article,
  asPhrase,
  capitalize,
  clipSentence,
  fit,
  listPhrase,
  startsWithVerb,
  terminate,
} from './text.js';

function helpClause(audience: string, problem: string): string {
  if (startsWithVerb(problem)) return `I help ${audience} who ${problem}`;
  return `I help ${audience} with ${problem}`;
}

function credentialClause(answers: BrandAnswers, profile: ProfileFacts, rng: Rng): string {
  const role = asPhrase(answers.role);
  const industry = asPhrase(profile.industry || answers.industry);
  const expertise = listPhrase(answers.expertise.slice(0, 2).map((e) => asPhrase(e)));
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
  if (achievement) return terminate(`Proof: ${asPhrase(achievement)}`);
  if (profile.headline) return terminate(`${capitalize(asPhrase(profile.headline))}`);
  return rng.pick([
    'Every idea I share has been tested in real work, not theory.',
    'Expect practical advice that comes from doing the work.',
  ]);
}

const VALUE_PROPOSITION_MAX = 600;

/**
 * "I help <audience> with <problem>, <credentials>. <proof>" in the user's own words. When that is
 * longer than the schema allows, a shorter construction is chosen (fewer clauses, the first
 * audience segment) before anything is cut.
 */
export function valueProposition(answers: BrandAnswers, profile: ProfileFacts, rng: Rng): string {
  const problem = asPhrase(rng.pick(answers.audienceProblems));
  const credentials = credentialClause(answers, profile, rng);
  const proof = proofSentence(answers, profile, rng);
  const segment = audienceSegments(answers.audience)[0] ?? answers.audience;
  // Last resort for a very long audience answer: its leading clause, cut at a clause boundary.
  const audiences = [asPhrase(answers.audience), asPhrase(segment), asPhrase(segment, 160)];
  const candidates = audiences
    .map((a) => helpClause(a, problem))
    .flatMap((help) => [
      `${help}, ${credentials}. ${proof}`,
      `${help}, ${credentials}.`,
      `${help}. ${proof}`,
      `${help}.`,
    ]);
  return clipSentence(fit(candidates, VALUE_PROPOSITION_MAX), VALUE_PROPOSITION_MAX);
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
