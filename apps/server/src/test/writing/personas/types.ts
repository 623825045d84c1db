// The shape of one benchmark persona's hand-written data: questionnaire answers, the voice they
// write in, and posts they wrote themselves (the human baseline the drafts are measured against).
import type { BrandAnswers } from '@brandwright/contracts';
import type { VoiceStyle } from '../../../adapters/ai/index.js';

export interface PersonaData {
  /** Stable id; topics are tagged with it. */
  id: string;
  fullName: string;
  headline: string;
  answers: BrandAnswers;
  voice: VoiceStyle;
  /** Posts as this professional would write them on LinkedIn/X, 60–250 words each. */
  samples: string[];
}
