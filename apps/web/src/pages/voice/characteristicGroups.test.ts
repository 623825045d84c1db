// The profile card's lines say rates in plain words and count questions per post when measured.
import type { VoiceCharacteristics } from '@brandwright/contracts';
import { describe, expect, it } from 'vitest';
import { characteristicGroups } from './characteristicGroups';

const measured: VoiceCharacteristics = {
  tonePreferences: {
    formality: 'neutral',
    sentiment: 'positive',
    averageSentiment: 0.1,
    contractionsPer100Words: 1.2,
    exclamationShare: 1 / 12,
  },
  sentenceStructure: {
    averageWords: 14.2,
    variation: 5.1,
    shortShare: 0.3,
    longShare: 0.1,
    questionShare: 0.077,
    lineBreakStyle: 'short paragraphs',
    sentencesPerParagraph: 1.9,
    readingEase: 65,
    gradeLevel: 8,
  },
  vocabularyPatterns: {
    averageWordLength: 4.6,
    complexWordsPer100Words: 9,
    dominantPerson: 'first plural',
    person: { firstSingular: 1, firstPlural: 3, second: 1 },
    topFunctionWords: [],
    keyPhrases: [],
  },
  engagementStyle: {
    emojiPer100Words: 0,
    hashtagsPerPost: 0,
    mentionsPerPost: 0,
    linksPerPost: 0,
    listLineShare: 0,
    questionShare: 0.077,
    postsMeasured: 3,
    postsEndingWithQuestion: 3,
    postsWithQuestion: 3,
  },
};

describe('characteristicGroups', () => {
  it('says rates as "1 in n" and questions per post', () => {
    const items = characteristicGroups(measured).flatMap((g) => g.items);
    expect(items).toContain('1 in 12 sentences ends with !');
    expect(items).toContain('Ends 3 of 3 samples with a question');
    expect(items).toContain('Layout: short paragraphs, about 1.9 sentences each');
    expect(items).toContain('About 14 words per sentence (give or take 5)');
    expect(items.join(' ')).not.toMatch(/\b0\.\d/);
  });

  it('falls back to the layout name for profiles without paragraph sizes', () => {
    const { sentencesPerParagraph: _, ...older } = measured.sentenceStructure;
    const items = characteristicGroups({ ...measured, sentenceStructure: older }).flatMap((g) => g.items);
    expect(items).toContain('Layout: short paragraphs');
  });
});
