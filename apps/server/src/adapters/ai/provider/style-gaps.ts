// Where a draft's measurable style differs from the writer's voice, in words a model can act on:
// "sentences average 21 words; the writer's average 9". Only habits the prompt also states are
// measured, with the same plain regexes a reader would count by, and only clear gaps are named.
import type { VoiceStyle } from '../port.js';

const sentencesOf = (text: string) =>
  text
    .replace(/#\w+/g, '')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z]/.test(s));
const wordsOf = (text: string) => text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w));
const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

const PERSON_WORDS: Record<Exclude<VoiceStyle['person'], 'neutral'>, RegExp> = {
  I: /\b(?:I|I'm|I've|I'd|me|my)\b/g,
  we: /\b(?:we|we're|we've|us|our)\b/gi,
  you: /\b(?:you|you're|your)\b/gi,
};

function lengthGap(sentences: string[], voice: VoiceStyle): string | undefined {
  const average = sentences.reduce((n, s) => n + wordsOf(s).length, 0) / Math.max(1, sentences.length);
  const target = voice.avgSentenceWords;
  if (Math.abs(average - target) < Math.max(4, target * 0.3)) return undefined;
  return `Its sentences average ${Math.round(average)} words; the writer's average ${Math.round(target)}: ${average > target ? 'split' : 'join'} sentences to match.`;
}

function personGap(text: string, voice: VoiceStyle): string | undefined {
  if (voice.person === 'neutral') return undefined;
  const own = count(text, PERSON_WORDS[voice.person]);
  const others = (Object.keys(PERSON_WORDS) as (keyof typeof PERSON_WORDS)[])
    .filter((p) => p !== voice.person)
    .map((p) => ({ p, n: count(text, PERSON_WORDS[p]) }))
    .sort((a, b) => b.n - a.n)[0];
  if (!others || others.n <= own) return undefined;
  return `It speaks mostly as "${others.p}"; the writer writes as "${voice.person}".`;
}

function contractionGap(text: string, voice: VoiceStyle): string | undefined {
  const contracted = count(text, /\b\w+'(?:t|s|re|ve|m|d|ll)\b/g);
  const full = count(text, /\b(?:do not|does not|is not|are not|cannot|it is|I am|we are|you are)\b/gi);
  if (voice.contractionRate >= 0.7 && full > contracted)
    return 'It writes full forms ("do not"); the writer contracts ("don\'t").';
  if (voice.contractionRate < 0.3 && contracted > full)
    return 'It contracts ("don\'t"); the writer writes full forms ("do not").';
  return undefined;
}

function markGaps(text: string, sentences: string[], voice: VoiceStyle): string[] {
  const gaps: string[] = [];
  const questions = sentences.filter((s) => s.endsWith('?')).length;
  if (voice.questionRate >= 0.15 && questions === 0)
    gaps.push('It asks no question; the writer often asks the reader one.');
  if (voice.questionRate === 0 && questions > 0) gaps.push('It asks questions; the writer does not.');
  const emoji = count(text, /\p{Extended_Pictographic}/gu);
  if (voice.emojiRate === 0 && emoji > 0) gaps.push('It uses emoji; the writer never does.');
  if (voice.emojiRate >= 0.2 && emoji === 0) gaps.push('It has no emoji; the writer uses them.');
  const tags = count(text, /#[A-Za-z]\w*/g);
  const wanted = Math.round(voice.hashtagsPerPost);
  if (tags !== wanted && Math.abs(tags - wanted) >= 1)
    gaps.push(`It has ${tags} hashtag${tags === 1 ? '' : 's'}; the writer uses about ${wanted}.`);
  return gaps;
}

function layoutGap(text: string, sentences: string[], voice: VoiceStyle): string | undefined {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim()).length;
  const perParagraph = sentences.length / Math.max(1, paragraphs);
  if (voice.lineBreaks === 'line_per_sentence' && perParagraph > 1.5)
    return 'Its paragraphs hold several sentences; the writer puts one sentence per line.';
  if (voice.lineBreaks === 'dense' && perParagraph < 2)
    return 'It breaks the line after almost every sentence; the writer writes full paragraphs.';
  return undefined;
}

/** The clear differences between a draft and the voice, one sentence each (none when it fits). */
export function styleGaps(text: string, voice: VoiceStyle): string[] {
  const sentences = sentencesOf(text);
  return [
    lengthGap(sentences, voice),
    personGap(text, voice),
    contractionGap(text, voice),
    ...markGaps(text, sentences, voice),
    layoutGap(text, sentences, voice),
  ].filter((g): g is string => g !== undefined);
}
