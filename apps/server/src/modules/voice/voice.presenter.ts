// Turns stored samples and profiles into the public shapes of the contracts.
import type { VoiceCharacteristics, VoiceProfile, VoiceSample } from '@brandwright/contracts';
import type { ProfileRow, SampleRow } from './voice.repository.js';

export function presentSample(row: SampleRow): VoiceSample {
  return {
    id: row.id,
    text: row.text,
    source: row.source,
    weight: row.weight,
    wordCount: row.wordCount,
    createdAt: row.createdAt.toISOString(),
  };
}

const UNTRAINED =
  'Not trained yet: add a few posts you wrote (paste them or upload a LinkedIn or X export) to learn your voice.';

export function presentProfile(row: ProfileRow | undefined): VoiceProfile {
  const trained = Boolean(row && row.sampleCount > 0 && row.characteristics);
  return {
    trained,
    sampleCount: row?.sampleCount ?? 0,
    wordCount: Math.round(Math.max(0, row?.counts.words ?? 0)),
    lastTrainedAt: row?.lastTrainedAt?.toISOString() ?? null,
    version: row?.version ?? 0,
    description: trained && row ? row.description : UNTRAINED,
    voiceCharacteristics: trained && row ? (row.characteristics as VoiceCharacteristics) : null,
  };
}
