// Offline rewriting: deterministic edits of the user's own text for each instruction (shorten,
// expand, more casual, more formal, add a hook, a new hook, add a call to action, more like the
// writer), phrased in their voice. Line breaks and paragraphs are kept.
import type { RewriteInput, VoiceStyle } from '../port.js';
import { Rng } from './random.js';
import { newHook } from './rewrite-hook.js';
import { shorten } from './rewrite-shorten.js';
import { moreLikeMe } from './rewrite-voice.js';
import { asPhrase, isStopword, words } from './text.js';
import { contract } from './voice.js';

const CASUAL: [RegExp, string][] = [
  [/\butili[sz]e\b/gi, 'use'],
  [/\bhowever,?\s*/gi, 'but '],
  [/\btherefore,?\s*/gi, 'so '],
  [/\badditionally,?\s*/gi, 'also, '],
  [/\bin order to\b/gi, 'to'],
  [/\bregarding\b/gi, 'about'],
  [/\bassist\b/gi, 'help'],
  [/\bapproximately\b/gi, 'about'],
  [/\bcommence\b/gi, 'start'],
  [/\bpurchase\b/gi, 'buy'],
];

const FORMAL: [RegExp, string][] = [
  [/\b([Cc])an't\b/g, '$1annot'],
  [/\b([Ww])on't\b/g, '$1ill not'],
  [/\b([Ss])han't\b/g, '$1hall not'],
  [/\b([A-Za-z]+)n't\b/g, '$1 not'],
  [/\bcan not\b/gi, 'cannot'],
  [/\bwo not\b/gi, 'will not'],
  [/\b(I)'m\b/g, '$1 am'],
  [/\b(\w+)'re\b/gi, '$1 are'],
  [/\b(\w+)'ve\b/gi, '$1 have'],
  [/\b(\w+)'ll\b/gi, '$1 will'],
  [/\b(it|that|here|what|there|he|she|who|where)'s\b/gi, '$1 is'],
  [/\b(let)'s\b/gi, '$1 us'],
  [/\b(I|you|he|she|we|they|it)'d\b/gi, '$1 would'],
  [/\bgonna\b/gi, 'going to'],
  [/\bwanna\b/gi, 'want to'],
  [/\bkinda\b/gi, 'somewhat'],
  [/\bstuff\b/gi, 'material'],
  [/!/g, '.'],
  [/\p{Extended_Pictographic}\uFE0F?\s?/gu, ''],
];

function replaceAll(text: string, rules: [RegExp, string][]): string {
  return rules
    .reduce((t, [pattern, to]) => t.replace(pattern, to), text)
    .replace(/(^|[.!?]\s+)([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** The text's most frequent content word and how often it occurs, to anchor added sentences. */
function topWord(text: string): { word: string; count: number } {
  const counts = new Map<string, number>();
  for (const w of words(text)) if (w.length >= 4 && !isStopword(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? { word: best[0], count: best[1] } : { word: 'this', count: 0 };
}

const keyword = (text: string) => topWord(text).word;

/** A topic for an opener only when a word recurs: a word said once is as likely "back" as the subject. */
function recurringTopic(text: string): string | null {
  const { word, count } = topWord(text);
  return count >= 2 ? asPhrase(word, 40) : null;
}

/** Formal register: no contractions, slang, exclamations or emoji (also applied to provider output). */
export function formalize(text: string): string {
  // Typographic apostrophes ("don’t") are contractions too.
  return replaceAll(text.replace(/(\p{L})’(\p{L})/gu, "$1'$2"), FORMAL)
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .trim();
}

function subject(voice: VoiceStyle): string {
  return { I: 'I', we: 'We', you: 'You', neutral: 'Most people' }[voice.person];
}

function expand(text: string, voice: VoiceStyle, rng: Rng): string {
  const k = keyword(text);
  const who = subject(voice);
  const additions = [
    `Here is why this matters: small improvements in ${k} add up faster than most people expect.`,
    `${who === 'Most people' ? 'The teams that succeed' : who} have seen this play out more than once.`,
    'The details will differ for everyone, but the principle holds.',
  ];
  return `${text.trim()}\n\n${rng.shuffle(additions).slice(0, 2).join(' ')}`;
}

function addHook(text: string, rng: Rng): string {
  const k = asPhrase(keyword(text), 40);
  const hook = rng.pick([
    `Most people get ${k} wrong.`,
    `Here is what nobody tells you about ${k}.`,
    `A quick lesson on ${k}.`,
  ]);
  return `${hook}\n\n${text.trim()}`;
}

function addCta(text: string, voice: VoiceStyle, rng: Rng): string {
  const asks = voice.questionRate >= 0.05;
  const cta = asks
    ? rng.pick(['What is your take?', 'How do you handle this?', 'What would you add?'])
    : rng.pick(['Share your take in the comments.', 'Follow for more on this.', 'Save this for later.']);
  return `${text.trim()}\n\n${cta}`;
}

export async function offlineRewrite(input: RewriteInput): Promise<string> {
  const rng = Rng.from('rewrite', input.text, input.instruction, input.voice, input.seed ?? 0);
  const voiceContract = (t: string) => contract(t, input.voice.contractionRate, rng);
  switch (input.instruction) {
    case 'shorten':
      return shorten(input.text);
    case 'expand':
      return voiceContract(expand(input.text, input.voice, rng));
    case 'more_casual':
      return contract(replaceAll(input.text, CASUAL), 1, rng);
    case 'more_formal':
      return formalize(input.text);
    case 'new_hook':
      // Seeded by the text alone; the seed picks which of its openers ("another one" moves on).
      return newHook(
        input.text,
        recurringTopic(input.text),
        input.voice,
        Rng.from('hook', input.text),
        input.seed ?? 0,
      );
    case 'more_like_me':
      return moreLikeMe(input, rng);
    case 'add_hook':
      return voiceContract(addHook(input.text, rng));
    case 'add_cta':
      return voiceContract(addCta(input.text, input.voice, rng));
  }
}
