// Reads a profile's counts as characteristics a person recognises (sentence shape, person, emoji,
// questions, readability) and says them in plain words. Thresholds compare with the reference
// corpus where "more than usual" is meant, and with fixed values where the trait is absolute.
import type { VoiceCharacteristics } from '@brandwright/contracts';
import { fleschKincaidGrade, fleschReadingEase } from '../../platform/nlp/index.js';
import { referenceStats } from './reference.js';
import type { StyleCounts } from './style-counts.js';
import { featureValues } from './style-features.js';

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const get = (c: StyleCounts, key: string) => Math.max(0, c[key] ?? 0);
const per100 = (c: StyleCounts, keys: string[]) =>
  (100 * keys.reduce((sum, k) => sum + get(c, `fw:${k}`), 0)) / Math.max(1, get(c, 'words'));
const usual = (key: string) => referenceStats.features[key]?.mean ?? 0;

function personOf(c: StyleCounts) {
  const person = {
    firstSingular: round(per100(c, ['i', 'me', 'my'])),
    firstPlural: round(per100(c, ['we', 'us', 'our'])),
    second: round(per100(c, ['you', 'your'])),
  };
  const ranked = [
    ['first singular', person.firstSingular],
    ['first plural', person.firstPlural],
    ['second', person.second],
  ] as const;
  const top = [...ranked].sort((a, b) => b[1] - a[1])[0];
  const dominant = top && top[1] >= 1 ? top[0] : ('third' as const);
  return { person, dominant };
}

function lineBreakStyle(v: Record<string, number>) {
  if ((v.linesPerSentence ?? 0) >= 0.75) return 'one line per sentence' as const;
  return (v.paragraphLength ?? 0) <= 3 ? ('short paragraphs' as const) : ('long paragraphs' as const);
}

export function characteristicsOf(c: StyleCounts): VoiceCharacteristics {
  const v = featureValues(c);
  const texts = Math.max(1, get(c, 'texts'));
  const { person, dominant } = personOf(c);
  const sentiment = v.sentiment ?? 0;
  const contractions = v.contractions ?? 0;
  const formalScore = (v.wordLength ?? 0) - usual('wordLength') - contractions / 4;
  const topFunctionWords = Object.entries(c)
    .filter(([k]) => k.startsWith('fw:'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, n]) => ({
      name: k.slice(3),
      value: round((100 * n) / Math.max(1, get(c, 'words'))),
      unit: 'per 100 words',
    }));
  const keyPhrases = Object.entries(c)
    .filter(([k, n]) => k.startsWith('kp:') && n > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([k]) => k.slice(3));
  const [words, sentences, syllables] = [get(c, 'words'), get(c, 'sentences'), get(c, 'syllables')];
  return {
    tonePreferences: {
      formality: formalScore > 0.3 ? 'formal' : formalScore < -0.3 ? 'casual' : 'neutral',
      sentiment: sentiment > 0.08 ? 'positive' : sentiment < -0.08 ? 'negative' : 'neutral',
      averageSentiment: round(sentiment),
      contractionsPer100Words: round(contractions),
      exclamationShare: round(v.exclamations ?? 0),
    },
    sentenceStructure: {
      averageWords: round(v.sentenceLength ?? 0, 1),
      variation: round(v.sentenceLengthSd ?? 0, 1),
      shortShare: round(v.shortSentences ?? 0),
      longShare: round(v.longSentences ?? 0),
      questionShare: round(v.questions ?? 0),
      lineBreakStyle: lineBreakStyle(v),
      readingEase: round(fleschReadingEase(words, sentences, syllables), 1),
      gradeLevel: round(fleschKincaidGrade(words, sentences, syllables), 1),
    },
    vocabularyPatterns: {
      averageWordLength: round(v.wordLength ?? 0),
      complexWordsPer100Words: round(v.complexWords ?? 0),
      dominantPerson: dominant,
      person,
      topFunctionWords,
      keyPhrases,
    },
    engagementStyle: {
      emojiPer100Words: round(v.emoji ?? 0),
      hashtagsPerPost: round(get(c, 'hashtags') / texts),
      mentionsPerPost: round(get(c, 'mentions') / texts),
      linksPerPost: round(get(c, 'urls') / texts),
      listLineShare: round(v.listLines ?? 0),
      questionShare: round(v.questions ?? 0),
    },
  };
}

const PERSON_WORDS = {
  'first singular': 'writes in the first person',
  'first plural': 'speaks as "we"',
  second: 'talks to the reader as "you"',
  third: 'rarely says "I", "we" or "you"',
};

/** "Short, punchy sentences; asks questions; no emoji; writes in the first person". */
export function describe(ch: VoiceCharacteristics): string {
  const s = ch.sentenceStructure;
  const parts = [
    s.averageWords < 12
      ? 'Short, punchy sentences'
      : s.averageWords > 22
        ? 'Long, flowing sentences'
        : 'Medium-length sentences',
    s.questionShare >= 0.1 ? 'asks questions' : 'rarely asks questions',
    ch.engagementStyle.emojiPer100Words === 0
      ? 'no emoji'
      : ch.engagementStyle.emojiPer100Words >= 1
        ? 'uses emoji freely'
        : 'the odd emoji',
    PERSON_WORDS[ch.vocabularyPatterns.dominantPerson],
    `${ch.tonePreferences.formality === 'neutral' ? 'neither formal nor casual' : ch.tonePreferences.formality} in tone`,
    s.lineBreakStyle,
  ];
  if (ch.engagementStyle.hashtagsPerPost >= 1) parts.push('uses hashtags');
  if (ch.engagementStyle.listLineShare >= 0.2) parts.push('likes lists');
  return parts.join('; ');
}
