// Calls on the signed-in user's brand: questionnaire answers, the assessment and the strategy.
// "Nothing yet" is a normal state for the latest assessment and the strategy: the status says
// whether they exist, so a first visit asks for neither (a 404 would be console noise), and a 404
// that still happens (deleted meanwhile) resolves to null instead of throwing.
import {
  type AssessmentResult,
  assessmentResultSchema,
  type BrandStatus,
  brandStatusSchema,
  type PartialBrandAnswers,
  pageSchema,
  type Questionnaire,
  questionnaireSchema,
  type SavedAnswers,
  type StoredStrategy,
  type StrategyPatch,
  savedAnswersSchema,
  storedStrategySchema,
} from '@brandwright/contracts';
import type { z } from 'zod';
import { authedJson } from './client';
import { isApiError } from './errors';

export const strategyPageSchema = pageSchema(storedStrategySchema);
export type StrategyPage = z.infer<typeof strategyPageSchema>;

/** Resolves to null when the API answers 404 (the resource does not exist yet). */
async function orNullWhenMissing<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

/** The optimistic-concurrency tag of a strategy version, as sent in ETag and If-Match. */
export function strategyEtag(version: number): string {
  return `"v${version}"`;
}

export function fetchQuestionnaire(signal?: AbortSignal): Promise<Questionnaire> {
  return authedJson('/brand/questionnaire', questionnaireSchema, { signal });
}

export function fetchAnswers(signal?: AbortSignal): Promise<SavedAnswers> {
  return authedJson('/brand/answers', savedAnswersSchema, { signal });
}

/** Replaces the saved answers with `answers` (everything answered so far). */
export function saveAnswers(answers: PartialBrandAnswers): Promise<SavedAnswers> {
  return authedJson('/brand/answers', savedAnswersSchema, { method: 'PUT', body: { answers } });
}

/** Assesses the saved answers and writes a strategy from them. Can take several seconds. */
export function createAssessment(): Promise<AssessmentResult> {
  return authedJson('/brand/assessment', assessmentResultSchema, { method: 'POST', body: {} });
}

export function fetchBrandStatus(signal?: AbortSignal): Promise<BrandStatus> {
  return authedJson('/brand/status', brandStatusSchema, { signal });
}

export function fetchLatestAssessment(signal?: AbortSignal): Promise<AssessmentResult | null> {
  return orNullWhenMissing(authedJson('/brand/assessment', assessmentResultSchema, { signal }));
}

export function fetchStrategy(signal?: AbortSignal): Promise<StoredStrategy | null> {
  return orNullWhenMissing(authedJson('/brand/strategy', storedStrategySchema, { signal }));
}

/** Saves whole top-level parts of the strategy; 412 when `version` is no longer the latest. */
export function patchStrategy(patch: StrategyPatch, version: number): Promise<StoredStrategy> {
  return authedJson('/brand/strategy', storedStrategySchema, {
    method: 'PATCH',
    body: patch,
    headers: { 'if-match': strategyEtag(version) },
  });
}

export function fetchStrategyVersions(
  limit: number,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<StrategyPage> {
  const params = new URLSearchParams({ limit: String(limit) });
  if (cursor) params.set('cursor', cursor);
  return authedJson(`/brand/strategy/versions?${params}`, strategyPageSchema, { signal });
}
