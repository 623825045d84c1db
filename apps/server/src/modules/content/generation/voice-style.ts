// Maps the voice module's learned profile onto the AI port's VoiceStyle, the few dials a generator
// can follow. Without a trained profile the port's plain professional default is used.
import type { VoiceCharacteristics, VoiceProfile } from '@brandwright/contracts';
import { DEFAULT_VOICE, type VoiceStyle, voiceStyleSchema } from '../../../adapters/ai/index.js';

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Number.isFinite(n) ? n : lo));

const PERSON: Record<string, VoiceStyle['person']> = {
  'first singular': 'I',
  'first plural': 'we',
  second: 'you',
  third: 'neutral',
};

const LINE_BREAKS: Record<string, VoiceStyle['lineBreaks']> = {
  'one line per sentence': 'line_per_sentence',
  'short paragraphs': 'short_paragraphs',
  'long paragraphs': 'dense',
};

/**
 * Contractible phrases ("do not", "it is", …) occur about 3 times per 100 words of conversational
 * English, so 3 contractions per 100 words reads as "always contracts". An approximation: the
 * profile counts contractions, not the phrases that could have been contracted.
 */
const CONTRACTIBLE_PER_100_WORDS = 3;

/** How often the writer's posts end with a question, from the per-post counts newer profiles keep. */
function closingQuestions(c: VoiceCharacteristics): Pick<VoiceStyle, 'closingQuestionRate'> {
  const { postsMeasured, postsEndingWithQuestion } = c.engagementStyle;
  if (!postsMeasured || postsEndingWithQuestion === undefined) return {};
  return { closingQuestionRate: clamp(postsEndingWithQuestion / postsMeasured, 0, 1) };
}

export function voiceStyleOf(profile: VoiceProfile): VoiceStyle {
  const c = profile.voiceCharacteristics;
  if (!profile.trained || !c) return DEFAULT_VOICE;
  return voiceStyleOfCharacteristics(c);
}

/** The dials from measured characteristics (also what the transfer bench builds from raw samples). */
export function voiceStyleOfCharacteristics(c: VoiceCharacteristics): VoiceStyle {
  const avgSentenceWords = clamp(c.sentenceStructure.averageWords, 3, 60);
  return voiceStyleSchema.parse({
    avgSentenceWords,
    questionRate: clamp(c.sentenceStructure.questionShare, 0, 1),
    ...closingQuestions(c),
    exclamationRate: clamp(c.tonePreferences.exclamationShare, 0, 1),
    // Emoji per 100 words → per sentence.
    emojiRate: clamp((c.engagementStyle.emojiPer100Words * avgSentenceWords) / 100, 0, 2),
    hashtagsPerPost: clamp(c.engagementStyle.hashtagsPerPost, 0, 10),
    mentionRate: clamp(c.engagementStyle.mentionsPerPost, 0, 5),
    person: PERSON[c.vocabularyPatterns.dominantPerson] ?? 'neutral',
    lineBreaks: LINE_BREAKS[c.sentenceStructure.lineBreakStyle] ?? 'short_paragraphs',
    contractionRate: clamp(c.tonePreferences.contractionsPer100Words / CONTRACTIBLE_PER_100_WORDS, 0, 1),
  });
}
