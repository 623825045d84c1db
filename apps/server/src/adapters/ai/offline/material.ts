// The writer's own material for a draft: who they write for, the problems their audience has, and
// their results turned into sentences in their grammatical person. Only what the user gave us
// (questionnaire answers, or the strategy built from them) is used; nothing is invented here.
import { analyze } from '../../../platform/nlp/index.js';
import type { PostsInput, VoiceStyle } from '../port.js';
import { asPhrase, decapitalize } from './text.js';

export interface Material {
  /** A plural noun phrase for the audience ("platform engineers"). */
  audience: string;
  /** Audience problems in the user's words, as phrases that follow a colon. */
  pains: string[];
  /** The user's results as finished sentences ("I cut p99 latency from 900 to 180 ms."). */
  proofs: string[];
}

const IRREGULAR_PAST =
  /^(cut|led|built|grew|ran|won|made|took|brought|wrote|taught|set|shipped|got|found|hired|raised|saved|sold|kept|spent|began|drove|held|paid)$/i;
const SUBJECT: Record<VoiceStyle['person'], { I: string; My: string }> = {
  I: { I: 'I', My: 'My' },
  we: { I: 'we', My: 'Our' },
  you: { I: 'I', My: 'My' },
  neutral: { I: 'I', My: 'My' },
};

function isPastVerb(word: string): boolean {
  const [token] = analyze(word).tokens;
  return token?.pos === 'VERB' && (/ed$/i.test(word) || IRREGULAR_PAST.test(word));
}

/** "Cut p99 from 900 to 180 ms" -> "I cut p99 from 900 to 180 ms."; a noun phrase gets a lead-in. */
export function proofSentence(achievement: string, person: VoiceStyle['person']): string | undefined {
  const text = achievement
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,!]+$/, '');
  if (text.split(' ').length < 3) return undefined;
  const { I, My } = SUBJECT[person];
  const first = text.split(' ')[0] ?? '';
  if (isPastVerb(first)) return `${I === 'I' ? 'I' : 'We'} ${decapitalize(text)}.`;
  if (/^(I|We)\b/.test(text)) return `${text}.`;
  return `${My} proudest result so far: ${decapitalize(text)}.`;
}

/** A plural audience noun phrase: from the strategy's personas, else a safe default. */
function audienceOf(input: PostsInput): string {
  for (const persona of input.strategy?.targetAudience.personas ?? []) {
    const role = asPhrase(persona.role, 60);
    // Templates conjugate for a plural subject; a singular role would read wrongly.
    if (/[a-z]s$/i.test(role) && !/ss$/i.test(role)) return role;
  }
  return 'professionals';
}

export function materialOf(input: PostsInput): Material {
  const own = input.facts?.audienceProblems ?? [];
  const fromStrategy = (input.strategy?.targetAudience.personas ?? []).flatMap((p) => p.painPoints);
  const pains = (own.length > 0 ? own : fromStrategy)
    .map((p) => decapitalize(p.trim().replace(/[.;,!]+$/, '')))
    .filter((p) => p.length > 2);
  const proofs = (input.facts?.achievements ?? [])
    .map((a) => proofSentence(a, input.voice.person))
    .filter((s): s is string => s !== undefined);
  return { audience: audienceOf(input), pains, proofs };
}
