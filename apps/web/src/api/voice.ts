// Calls on the signed-in user's voice: writing samples (pasted or uploaded), the learned profile
// and the voice-match score of a draft.
import {
  type AddVoiceSampleInput,
  type AddVoiceSamplesResult,
  addVoiceSamplesResultSchema,
  pageSchema,
  type VoiceProfile,
  type VoiceScore,
  voiceProfileSchema,
  voiceSampleSchema,
  voiceScoreSchema,
} from '@brandwright/contracts';
import type { z } from 'zod';
import { authedJson, authedSend } from './client';

const samplePageSchema = pageSchema(voiceSampleSchema);
export type VoiceSamplePage = z.output<typeof samplePageSchema>;

export function addSampleText(input: AddVoiceSampleInput): Promise<AddVoiceSamplesResult> {
  return authedJson('/voice/samples', addVoiceSamplesResultSchema, { method: 'POST', body: input });
}

/** One .txt/.md file, LinkedIn Shares.csv or X tweets.js; every post in it becomes a sample. */
export function uploadSampleFile(file: File): Promise<AddVoiceSamplesResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  return authedJson('/voice/samples', addVoiceSamplesResultSchema, { method: 'POST', body });
}

export function fetchSamples(limit: number, cursor: string | null, signal?: AbortSignal) {
  const query = new URLSearchParams({ limit: String(limit) });
  if (cursor) query.set('cursor', cursor);
  return authedJson(`/voice/samples?${query}`, samplePageSchema, { signal });
}

export async function deleteSample(id: string): Promise<void> {
  await authedSend(`/voice/samples/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function fetchVoiceProfile(signal?: AbortSignal): Promise<VoiceProfile> {
  return authedJson('/voice/profile', voiceProfileSchema, { signal });
}

export function scoreVoice(text: string, signal?: AbortSignal): Promise<VoiceScore> {
  return authedJson('/voice/score', voiceScoreSchema, { method: 'POST', body: { text }, signal });
}
