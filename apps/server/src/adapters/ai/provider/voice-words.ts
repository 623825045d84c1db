// A VoiceStyle in plain words a model (and a person reading the prompt) can follow: "short
// sentences, about 9 words", "1 in 5 sentences is a question", rather than raw rates.
import type { VoiceStyle } from '../port.js';

/** "about 1 in 5 sentences" for a rate of 0.2; rates near 1 read as "almost every sentence". */
function sentencesAt(rate: number): string {
  if (rate >= 0.75) return 'almost every sentence';
  return `about 1 in ${Math.max(2, Math.round(1 / rate))} sentences`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function sentenceLength(words: number): string {
  const n = Math.round(words);
  if (n <= 10) return `Short sentences, about ${n} words on average.`;
  if (n <= 18) return `Medium-length sentences, about ${n} words on average.`;
  return `Long, flowing sentences, about ${n} words on average.`;
}

const PERSON: Record<VoiceStyle['person'], string> = {
  I: 'Writes in the first person singular ("I"), about their own work.',
  we: 'Writes in the first person plural ("we"), for their team.',
  you: 'Speaks to the reader directly ("you").',
  neutral: 'Writes in a neutral voice, without "I", "we" or "you".',
};

const BREAKS: Record<VoiceStyle['lineBreaks'], string> = {
  dense: 'Dense paragraphs with few line breaks.',
  short_paragraphs: 'Short paragraphs of one to three sentences, separated by blank lines.',
  line_per_sentence: 'One sentence per line, separated by blank lines.',
};

function contractions(rate: number): string {
  if (rate >= 0.7) return 'Uses contractions freely ("don\'t", "it\'s").';
  if (rate >= 0.3) return 'Mixes contractions ("don\'t") and full forms ("do not").';
  return 'Rarely uses contractions: writes "do not" and "it is".';
}

function questions(rate: number): string {
  if (rate === 0) return 'Does not ask the reader questions.';
  return `Asks the reader questions: ${sentencesAt(rate)} is a question.`;
}

function exclamations(rate: number): string {
  if (rate === 0) return 'Never uses exclamation marks.';
  return `${capitalised(sentencesAt(rate))} ends with "!".`;
}

function emoji(rate: number): string {
  if (rate === 0) return 'Never uses emoji.';
  if (rate >= 1) return `Uses emoji often, about ${Math.round(rate)} in every sentence.`;
  return `Uses an emoji in ${sentencesAt(rate)}.`;
}

function hashtags(perPost: number): string {
  const n = Math.round(perPost);
  if (n === 0) return 'Never uses hashtags.';
  return `Ends a post with about ${n} hashtag${n === 1 ? '' : 's'}, never more.`;
}

/** The voice as one line per habit. */
export function voiceLines(v: VoiceStyle): string[] {
  return [
    sentenceLength(v.avgSentenceWords),
    PERSON[v.person],
    contractions(v.contractionRate),
    questions(v.questionRate),
    exclamations(v.exclamationRate),
    emoji(v.emojiRate),
    hashtags(v.hashtagsPerPost),
    v.mentionRate === 0
      ? 'Does not @-mention anyone.'
      : 'Only @-mentions handles that appear in their own posts.',
    BREAKS[v.lineBreaks],
  ];
}

/** The voice as one paragraph (the rewrite prompt). */
export function describeVoice(v: VoiceStyle): string {
  return voiceLines(v).join(' ');
}
