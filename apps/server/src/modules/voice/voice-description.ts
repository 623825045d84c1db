// The voice profile in one line of plain words ("Medium-length sentences (about 14 words each);
// ends most posts with a question (3 of 3 samples); …"), computed on the units the writer sees:
// questions per post, sentences per visible paragraph, and rates said as "1 in 12 sentences".
import { countOf, rateInWords, type VoiceCharacteristics } from '@brandwright/contracts';

const PERSON_WORDS = {
  'first singular': 'writes in the first person',
  'first plural': 'speaks as "we"',
  second: 'talks to the reader as "you"',
  third: 'rarely says "I", "we" or "you"',
};

function sentenceLength(words: number): string {
  const about = `(about ${Math.round(words)} words each)`;
  if (words < 12) return `Short, punchy sentences ${about}`;
  if (words > 22) return `Long, flowing sentences ${about}`;
  return `Medium-length sentences ${about}`;
}

/** Questions per post when measured; older profiles only know the share of sentences. */
export function questionHabit(ch: VoiceCharacteristics): string {
  const e = ch.engagementStyle;
  const posts = e.postsMeasured ?? 0;
  if (posts > 0) {
    const ending = e.postsEndingWithQuestion ?? 0;
    const asking = e.postsWithQuestion ?? 0;
    if (ending >= posts * 0.95) return `ends every post with a question (${countOf(ending, posts)})`;
    if (ending > posts / 2) return `ends most posts with a question (${countOf(ending, posts)})`;
    if (asking > 0) return `asks a question in ${countOf(asking, posts)}`;
    return `asks no questions (${countOf(0, posts)})`;
  }
  return rateInWords(
    ch.sentenceStructure.questionShare,
    'sentence',
    { one: 'is', many: 'are' },
    'a question',
  );
}

export function paragraphHabit(s: VoiceCharacteristics['sentenceStructure']): string {
  const per = s.sentencesPerParagraph;
  if (per === undefined) return s.lineBreakStyle;
  if (s.lineBreakStyle === 'one line per sentence') return 'one sentence per paragraph';
  const about = Math.max(1, Math.round(per));
  return `${s.lineBreakStyle} (about ${about} ${about === 1 ? 'sentence' : 'sentences'} each)`;
}

function emojiHabit(per100: number): string {
  if (per100 === 0) return 'no emoji';
  return per100 >= 1 ? 'uses emoji freely' : 'the odd emoji';
}

/** "Short, punchy sentences (about 9 words each); ends most posts with a question (3 of 3 samples); …". */
export function describe(ch: VoiceCharacteristics): string {
  const s = ch.sentenceStructure;
  const exclamations = ch.tonePreferences.exclamationShare;
  const parts = [
    sentenceLength(s.averageWords),
    questionHabit(ch),
    emojiHabit(ch.engagementStyle.emojiPer100Words),
    PERSON_WORDS[ch.vocabularyPatterns.dominantPerson],
    `${ch.tonePreferences.formality === 'neutral' ? 'neither formal nor casual' : ch.tonePreferences.formality} in tone`,
    paragraphHabit(s),
  ];
  if (exclamations > 0)
    parts.push(rateInWords(exclamations, 'sentence', { one: 'ends', many: 'end' }, 'with !'));
  if (ch.engagementStyle.hashtagsPerPost >= 1) parts.push('uses hashtags');
  if (ch.engagementStyle.listLineShare >= 0.2) parts.push('likes lists');
  return parts.join('; ');
}
