// One model call through the Vercel AI SDK with our own policy: a timeout per attempt, bounded
// retries on 429/5xx/network failures (honouring retry-after), none on other 4xx, and every
// failure translated into an AiError. The SDK's own retries are off so there is one policy.
import { APICallError, generateText, type LanguageModel, type ModelMessage, streamText } from 'ai';
import { AiError } from '../errors.js';

export interface CallPolicy {
  timeoutMs: number;
  maxRetries: number;
  /** First backoff delay when the provider gives no retry-after (doubles per attempt). */
  baseDelayMs?: number;
  /** A retry-after longer than this is not waited for: the caller gets RATE_LIMITED at once. */
  maxRetryAfterMs?: number;
  /** Injectable for tests, which assert the delays asked for instead of timing them. */
  sleep?: (ms: number) => Promise<void>;
}

export interface CallOptions {
  seed?: number;
  signal?: AbortSignal;
}

interface Failure {
  error: AiError;
  retryable: boolean;
  retryAfterMs?: number;
}

/** The SDK wants the system prompt as its own option (system messages in `messages` draw a warning). */
function splitSystem(messages: ModelMessage[]): { system?: string; messages: ModelMessage[] } {
  const [first, ...rest] = messages;
  return first?.role === 'system' ? { system: first.content, messages: rest } : { messages };
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryAfterMs(headers: Record<string, string> | undefined): number | undefined {
  const ms = Number(headers?.['retry-after-ms']);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers?.['retry-after'];
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function fromApiError(error: APICallError): Failure {
  const status = error.statusCode;
  const body = `${error.responseBody ?? ''} ${error.message}`;
  if (status === 429) {
    const after = retryAfterMs(error.responseHeaders);
    const seconds = after === undefined ? undefined : Math.ceil(after / 1000);
    return {
      error: new AiError(
        'RATE_LIMITED',
        undefined,
        seconds === undefined ? {} : { retryAfterSeconds: seconds },
      ),
      retryable: true,
      ...(after === undefined ? {} : { retryAfterMs: after }),
    };
  }
  if (status === undefined || status >= 500 || status === 408 || status === 409)
    return { error: new AiError('UNAVAILABLE'), retryable: true };
  if (status === 401 || status === 403 || status === 404)
    return { error: new AiError('MISCONFIGURED'), retryable: false };
  if (status === 413 || /context.length|too long|maximum context|prompt is too long/i.test(body))
    return { error: new AiError('TOO_LONG'), retryable: false };
  if (/content.policy|content_filter|safety/i.test(body))
    return { error: new AiError('REFUSED'), retryable: false };
  return {
    error: new AiError('UNAVAILABLE', `The AI provider refused the request (HTTP ${status}).`),
    retryable: false,
  };
}

/** Classifies anything a call can throw; `timedOut` tells our own timeout from other aborts. */
export function classify(error: unknown, timedOut: boolean): Failure {
  if (timedOut) return { error: new AiError('TIMEOUT'), retryable: false };
  if (error instanceof AiError) return { error, retryable: false };
  if (APICallError.isInstance(error)) return fromApiError(error);
  const cause = (error as { cause?: unknown })?.cause;
  if (APICallError.isInstance(cause)) return fromApiError(cause);
  return { error: new AiError('UNAVAILABLE'), retryable: true };
}

/** A signal that fires on the caller's abort or after `timeoutMs`, and tells which happened. */
function attemptSignal(timeoutMs: number, outer?: AbortSignal) {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = outer ? AbortSignal.any([timeout, outer]) : timeout;
  return { signal, timedOut: () => timeout.aborted && !outer?.aborted };
}

/** The retry and timeout policy, shared by chat calls and embeddings. */
export class Retrier {
  constructor(readonly policy: CallPolicy) {}

  /** How long to wait before attempt `attempt + 1`, or undefined to give up with the failure. */
  private delayBefore(failure: Failure, attempt: number): number | undefined {
    if (!failure.retryable || attempt >= this.policy.maxRetries) return undefined;
    if (failure.retryAfterMs !== undefined)
      return failure.retryAfterMs <= (this.policy.maxRetryAfterMs ?? 30_000)
        ? failure.retryAfterMs
        : undefined;
    return (this.policy.baseDelayMs ?? 500) * 2 ** attempt;
  }

  /** Waits before the next attempt, or throws the AiError when there is none. */
  async backoff(error: unknown, timedOut: boolean, attempt: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    const failure = classify(error, timedOut);
    const delay = this.delayBefore(failure, attempt);
    if (delay === undefined) throw failure.error;
    await (this.policy.sleep ?? defaultSleep)(delay);
  }

  signal(outer?: AbortSignal) {
    return attemptSignal(this.policy.timeoutMs, outer);
  }

  /** Runs any SDK call (embeddings) under the timeout and retry policy. */
  async run<T>(call: (signal: AbortSignal) => Promise<T>, outer?: AbortSignal): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const { signal, timedOut } = this.signal(outer);
      try {
        return await call(signal);
      } catch (error) {
        await this.backoff(error, timedOut(), attempt, outer);
      }
    }
  }
}

/** Anthropic's Messages API has no sampling seed; sending one only draws an SDK warning. */
function seedFor(model: LanguageModel, seed: number | undefined): number | undefined {
  const provider = typeof model === 'string' ? model : model.provider;
  return provider.startsWith('anthropic') ? undefined : seed;
}

export class ModelClient {
  constructor(
    private readonly model: LanguageModel,
    private readonly retrier: Retrier,
  ) {}

  /** The whole answer at once (chat completions / messages without streaming). */
  async generate(
    messages: ModelMessage[],
    options: CallOptions = {},
  ): Promise<{ text: string; modelId: string }> {
    return this.retrier.run(async (abortSignal) => {
      const result = await generateText({
        model: this.model,
        ...splitSystem(messages),
        maxRetries: 0,
        abortSignal,
        seed: seedFor(this.model, options.seed),
      });
      if (result.finishReason === 'content-filter') throw new AiError('REFUSED');
      return { text: result.text, modelId: result.response.modelId };
    }, options.signal);
  }

  /** One streamed attempt: yields text deltas, throws on error parts. */
  private async *streamOnce(
    messages: ModelMessage[],
    meta: { modelId?: string },
    signal: AbortSignal,
    seed?: number,
  ) {
    // onError: errors arrive as stream parts and are classified here; the default logs to console.
    const result = streamText({
      model: this.model,
      ...splitSystem(messages),
      maxRetries: 0,
      abortSignal: signal,
      seed: seedFor(this.model, seed),
      onError: () => undefined,
    });
    for await (const part of result.fullStream) {
      if (part.type === 'text-delta') yield part.text;
      else if (part.type === 'error') throw part.error;
      else if (part.type === 'abort') throw signal.reason ?? new Error('aborted');
      else if (part.type === 'finish' && part.finishReason === 'content-filter') throw new AiError('REFUSED');
    }
    meta.modelId = (await result.response).modelId;
  }

  /**
   * The answer as text deltas. Retries only before the first delta: once text has reached the
   * caller, a retry would duplicate it. `meta.modelId` is set when the stream ends.
   */
  async *stream(
    messages: ModelMessage[],
    meta: { modelId?: string },
    options: CallOptions = {},
  ): AsyncGenerator<string> {
    for (let attempt = 0; ; attempt++) {
      const { signal, timedOut } = this.retrier.signal(options.signal);
      let received = false;
      try {
        for await (const delta of this.streamOnce(messages, meta, signal, options.seed)) {
          received = true;
          yield delta;
        }
        return;
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        if (received) throw classify(error, timedOut()).error;
        await this.retrier.backoff(error, timedOut(), attempt, options.signal);
      }
    }
  }
}
