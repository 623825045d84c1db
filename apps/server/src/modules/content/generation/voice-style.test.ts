// The voice profile becomes the generator's dials: the share of posts ending with a question comes
// from the per-post counts, so a writer whose every post ends with one gets closing questions.
import type { VoiceProfile } from '@brandwright/contracts';
import { describe, expect, it } from 'vitest';
import { characteristicsOf, styleCounts, sumCounts } from '../../voice/index.js';
import { voiceStyleOf } from './voice-style.js';

const profileOf = (samples: string[]): VoiceProfile => ({
  trained: true,
  sampleCount: samples.length,
  wordCount: 300,
  lastTrainedAt: null,
  version: 1,
  description: 'test profile',
  voiceCharacteristics: characteristicsOf(sumCounts(samples.map(styleCounts))),
});

const ASKING = [
  'We deleted most of our alerts. On-call got quieter and nothing broke. What would you delete first?',
  'An SLO nobody reads is a decoration. Ours now gate releases. How do you use yours?',
  'Postmortems should change something. Ours list one change each. What does yours change?',
];
const TELLING = ASKING.map((s) => s.replace(/ [^.]*\?$/, ' That is the whole trick.'));

describe('voiceStyleOf', () => {
  it('takes the share of posts that end with a question from the samples', () => {
    expect(voiceStyleOf(profileOf(ASKING)).closingQuestionRate).toBe(1);
    expect(voiceStyleOf(profileOf(TELLING)).closingQuestionRate).toBe(0);
  });
});
