// Generation: POST /content/generate read as Server-Sent Events (progress, each variant as it is
// ready, done with the stored draft's id, or an error carrying problem+json), the feedback on a
// variant, and a stored draft's variants with the decision on them. Every response is validated
// against the contracts before the UI sees it.
import {
  type ContentFeedback,
  type ContentFeedbackRequest,
  contentFeedbackSchema,
  type GeneratedDraft,
  type GeneratedVariant,
  type GenerateRequest,
  type GenerateResult,
  type GenerationFeedback,
  type GenerationFeedbackRequest,
  generatedDraftSchema,
  generatedVariantSchema,
  generateResultSchema,
  generationFeedbackSchema,
  problemSchema,
} from '@brandwright/contracts';
import { z } from 'zod';
import { readSse } from '../lib/sse';
import { authedJson, authedSend } from './client';
import { ApiError, invalidResponseError, isApiError } from './errors';

export type GenerationStage = 'preparing' | 'generating' | 'repairing';

export interface GenerationHandlers {
  onProgress(stage: GenerationStage, charsReceived: number | undefined): void;
  onVariant(index: number, variant: GeneratedVariant): void;
  /** The stream closed before anything was generated; the plain JSON request is under way. */
  onFallback(): void;
}

/** The event stream ended with neither a result nor an error. */
class StreamClosedEarly extends Error {}

const progressSchema = z.object({
  stage: z.enum(['preparing', 'generating', 'repairing']),
  charsReceived: z.number().optional(),
});
const variantEventSchema = z.object({ index: z.number().int(), variant: generatedVariantSchema });

function parse<S extends z.ZodType>(schema: S, data: string): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    throw invalidResponseError(200);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw invalidResponseError(200);
  return parsed.data;
}

function streamError(data: string): ApiError {
  const problem = parse(problemSchema, data);
  return new ApiError({
    status: problem.status,
    code: problem.code,
    title: problem.title,
    detail: problem.detail ?? problem.title,
    fieldErrors: Object.fromEntries((problem.errors ?? []).map((e) => [e.path.split('.').at(-1), e.message])),
    fieldProblems: problem.errors ?? [],
  });
}

async function readStream(
  request: GenerateRequest,
  handlers: GenerationHandlers,
  signal?: AbortSignal,
): Promise<GenerateResult> {
  const response = await authedSend('/content/generate', {
    method: 'POST',
    body: request,
    headers: { accept: 'text/event-stream' },
    signal,
  });
  if (!response.body) throw invalidResponseError(response.status);
  let variants = 0;
  for await (const { event, data } of readSse(response.body)) {
    if (event === 'progress') {
      const progress = parse(progressSchema, data);
      handlers.onProgress(progress.stage, progress.charsReceived);
    } else if (event === 'variant') {
      const { index, variant } = parse(variantEventSchema, data);
      variants += 1;
      handlers.onVariant(index, variant);
    } else if (event === 'done') return parse(generateResultSchema, data);
    else if (event === 'error') throw streamError(data);
  }
  // The connection closed without a done or error event.
  if (variants === 0) throw new StreamClosedEarly();
  throw invalidResponseError(response.status);
}

function generateJson(request: GenerateRequest, signal?: AbortSignal): Promise<GenerateResult> {
  return authedJson('/content/generate', generateResultSchema, { method: 'POST', body: request, signal });
}

/**
 * Generates with live progress; resolves with the final result (with `contentId`) or throws
 * ApiError. Some proxies, and servers that drop the stream early, end the event stream before
 * anything was generated (nothing was stored then): the same request is then made once as plain
 * JSON, without progress, so the user still gets their variants.
 */
export async function streamGeneration(
  request: GenerateRequest,
  handlers: GenerationHandlers,
  signal?: AbortSignal,
): Promise<GenerateResult> {
  try {
    return await readStream(request, handlers, signal);
  } catch (error) {
    if (!(error instanceof StreamClosedEarly) || signal?.aborted) throw error;
    handlers.onFallback();
    return generateJson(request, signal);
  }
}

export function sendGenerationFeedback(input: GenerationFeedbackRequest): Promise<GenerationFeedback> {
  return authedJson('/content/generate/feedback', generationFeedbackSchema, { method: 'POST', body: input });
}

/** A piece's generated variants; null when the piece was not generated (written by hand). */
export async function fetchGeneratedDraft(
  contentId: string,
  signal?: AbortSignal,
): Promise<GeneratedDraft | null> {
  try {
    return await authedJson(`/content/${encodeURIComponent(contentId)}/variants`, generatedDraftSchema, {
      signal,
    });
  } catch (error) {
    if (isApiError(error) && error.code === 'DRAFT_NOT_FOUND') return null;
    throw error;
  }
}

/** Accept, edit or reject a stored draft; safe to retry (the server recognises a repeat). */
export function decideDraft(contentId: string, input: ContentFeedbackRequest): Promise<ContentFeedback> {
  return authedJson(`/content/${encodeURIComponent(contentId)}/feedback`, contentFeedbackSchema, {
    method: 'POST',
    body: input,
  });
}
