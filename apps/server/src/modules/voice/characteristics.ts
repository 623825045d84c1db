// Reads a profile's counts as characteristics a person recognises (sentence shape, person, emoji,
// questions per post, paragraphs as the reader sees them, readability); voice-description.ts says
// them in plain words. Thresholds compare with the reference corpus where "more than usual" is
// meant, and with fixed values where the trait is absolute.
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

/**
 * Sentences per paragraph as the reader sees paragraphs (style-counts' visibleParagraphs); profiles
 * learned before that was counted fall back to blank-line paragraphs and lines per sentence.
 */
function paragraphShape(c: StyleCounts, v: Record<string, number>) {
  const visible = get(c, 'visibleParagraphs');
  if (get(c, 'postShapes') <= 0 || visible <= 0) {
    if ((v.linesPerSentence ?? 0) >= 0.75) return { lineBreakStyle: 'one line per sentence' as const };
    const long = (v.paragraphLength ?? 0) > 3;
    return { lineBreakStyle: long ? ('long paragraphs' as const) : ('short paragraphs' as const) };
  }
  const perParagraph = get(c, 'sentences') / visible;
  const style =
    perParagraph <= 1.3
      ? ('one line per sentence' as const)
      : perParagraph <= 3
        ? ('short paragraphs' as const)
        : ('long paragraphs' as const);
  return { lineBreakStyle: style, sentencesPerParagraph: round(perParagraph, 1) };
}

/** Questions counted per post (samples), when the profile has them. */
function postQuestions(c: StyleCounts) {
  const posts = get(c, 'postShapes');
  if (posts <= 0) return {};
  return {
    postsMeasured: round(posts),
    postsEndingWithQuestion: round(get(c, 'questionEndings')),
    postsWithQuestion: round(get(c, 'questionPosts')),
  };
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
  const paragraphs = paragraphShape(c, v);
  return {
    tonePreferences: {
      formality: formalScore > 0.3 ? 'formal' : formalScore < -0.3 ? 'casual' : 'neutral',
      sentiment: sentiment > 0.08 ? 'positive' : sentiment < -0.08 ? 'negative' : 'neutral',
      averageSentiment: round(sentiment),
      contractionsPer100Words: round(contractions),
      exclamationShare: round(v.exclamations ?? 0, 3),
    },
    sentenceStructure: {
      averageWords: round(v.sentenceLength ?? 0, 1),
      variation: round(v.sentenceLengthSd ?? 0, 1),
      shortShare: round(v.shortSentences ?? 0),
      longShare: round(v.longSentences ?? 0),
      questionShare: round(v.questions ?? 0, 3),
      ...paragraphs,
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
      ...postQuestions(c),
    },
  };
}
