// Offline strategy: a complete, schema-valid strategy composed from the questionnaire answers: value
// proposition, personas, 3-5 pillars whose shares sum to 100, and goals due after the injected today.
import type { BrandAnswers, Strategy } from '@brandwright/contracts';
import type { ProfileFacts, StrategyInput } from '../port.js';
import { audienceSegments } from './audience-segments.js';
import { asClause, phraseForm } from './phrase-form.js';
import { Rng } from './random.js';
import { personas, pillars } from './strategy-audience.js';
import { strategyGoals } from './strategy-goals.js';
import {
  asPhrase,
  capitalize,
  clipSentence,
  fitReadable,
  listPhrase,
  terminate,
  withArticle,
  years,
} from './text.js';

/** "11 years as a senior SRE in fintech", "work in fintech" when the role is missing. */
function tenure(answers: BrandAnswers, industry: string): string {
  const role = withArticle(asPhrase(answers.role));
  const n = answers.yearsExperience;
  const as = role ? ` as ${role}` : '';
  return n > 0 ? `${years(n)}${as} in ${industry}` : `work${as} in ${industry}`;
}

/** The credentials sentence; expertise written as a clause is left to the pillars. */
function credentialSentence(answers: BrandAnswers, profile: ProfileFacts, rng: Rng): string {
  const industry = asPhrase(profile.industry || answers.industry);
  const nouns = answers.expertise.map(phraseForm).filter((f) => f.shape === 'noun');
  const expertise = listPhrase(nouns.slice(0, 2).map((f) => f.text));
  const background = tenure(answers, industry);
  if (!expertise) return `I bring ${background}.`;
  return rng.pick([
    `I bring ${background} and hands-on depth in ${expertise}.`,
    `My depth in ${expertise} comes from ${background}.`,
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
 * "I help <audience>. The problem I hear about most: <problem>. <credentials>. <proof>" in the
 * user's own words. When that is too long for the schema or for easy reading, a shorter construction
 * is chosen (fewer sentences, the first audience segment) before anything is cut.
 */
export function valueProposition(answers: BrandAnswers, profile: ProfileFacts, rng: Rng): string {
  const problem = asClause(phraseForm(rng.pick(answers.audienceProblems)));
  const lead = rng.pick([
    'The problem I hear about most',
    'Where I help most',
    'The problem I help with first',
  ]);
  const pain = `${lead}: ${problem}.`;
  const credentials = credentialSentence(answers, profile, rng);
  const proof = proofSentence(answers, profile, rng);
  const segments = audienceSegments(answers.audience);
  // Last resort for a very long audience answer: its leading clause, cut at a clause boundary.
  const audiences = [
    asPhrase(answers.audience),
    listPhrase(segments),
    segments[0] ?? '',
    asPhrase(segments[0] ?? answers.audience, 160),
  ];
  const candidates = audiences
    .filter((a) => a.length > 0)
    .map((a) => `I help ${a}.`)
    .flatMap((help) => [
      `${help} ${pain} ${credentials} ${proof}`,
      `${help} ${pain} ${credentials}`,
      `${help} ${pain}`,
      help,
    ]);
  return clipSentence(fitReadable(candidates, VALUE_PROPOSITION_MAX), VALUE_PROPOSITION_MAX);
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
