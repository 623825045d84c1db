// Provider embeddings through the AI SDK's embedMany on an OpenAI-compatible /embeddings endpoint,
// under the same timeout and retry policy as generation.
import { type EmbeddingModel, embedMany } from 'ai';
import { AiError } from '../errors.js';
import type { Embedder, EmbeddingResult } from '../port.js';
import type { Retrier } from './call.js';

export class ProviderEmbedder implements Embedder {
  private known: number | undefined;

  constructor(
    private readonly embeddingModel: EmbeddingModel,
    readonly model: string,
    private readonly retrier: Retrier,
    /** Requested from models that support it (text-embedding-3-*); otherwise the model's own. */
    private readonly requestedDimensions?: number,
  ) {
    this.known = requestedDimensions;
  }

  get dimensions(): number | undefined {
    return this.known;
  }

  async embed(texts: string[]): Promise<EmbeddingResult> {
    if (texts.length === 0) return { vectors: [], model: this.model, dimensions: this.known ?? 0 };
    const providerOptions = this.requestedDimensions
      ? { openaiCompatible: { dimensions: this.requestedDimensions } }
      : undefined;
    const { embeddings } = await this.retrier.run((abortSignal) =>
      embedMany({ model: this.embeddingModel, values: texts, maxRetries: 0, abortSignal, providerOptions }),
    );
    const dimensions = embeddings[0]?.length ?? 0;
    if (
      embeddings.length !== texts.length ||
      embeddings.some((v) => v.length !== dimensions || dimensions === 0)
    )
      throw new AiError('INVALID_OUTPUT', 'The embedding model returned vectors of inconsistent size.');
    this.known = dimensions;
    return { vectors: embeddings, model: this.model, dimensions };
  }
}
