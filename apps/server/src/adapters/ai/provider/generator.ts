// The provider TextGenerator: prompts a chat model (OpenAI-compatible or Anthropic), validates its
// JSON with the port's zod schemas and repairs once. Posts can stream, variant by variant.
import { parsePartialJson } from 'ai';
import { checkPostsInput } from '../errors.js';
import {
  isoDay,
  type PostsEvent,
  type PostsInput,
  type PostsResult,
  type PostVariant,
  postsOutputSchema,
  postVariantSchema,
  type RewriteInput,
  type RewriteResult,
  rewriteOutputSchema,
  type StrategyInput,
  type StrategyResult,
  strategyOutputSchema,
  type TextGenerator,
} from '../port.js';
import type { ModelClient } from './call.js';
import { postsMessages, rewriteMessages, strategyMessages } from './prompts.js';
import { askStructured } from './structured.js';

// Progress events at most every this many characters, so SSE clients are not flooded per token.
const PROGRESS_EVERY_CHARS = 200;

/** Variants that are complete in a partial answer (all but the last array item, unless the JSON is). */
async function completeVariants(text: string): Promise<Map<number, PostVariant>> {
  const { value, state } = await parsePartialJson(text);
  const list = (value as { variants?: unknown[] } | undefined)?.variants;
  const found = new Map<number, PostVariant>();
  if (!Array.isArray(list)) return found;
  const complete = state === 'successful-parse' ? list.length : list.length - 1;
  for (let i = 0; i < complete; i++) {
    const parsed = postVariantSchema.safeParse(list[i]);
    if (parsed.success) found.set(i, parsed.data);
  }
  return found;
}

export class ProviderGenerator implements TextGenerator {
  constructor(
    private readonly client: ModelClient,
    private readonly provider: string,
    private readonly now: () => Date,
  ) {}

  private modelUsed(modelId: string): string {
    return `${this.provider}:${modelId}`;
  }

  async generateStrategy(input: StrategyInput): Promise<StrategyResult> {
    const today = isoDay(this.now());
    const schema = strategyOutputSchema(today);
    const messages = strategyMessages(input, today, schema);
    const { value, modelId } = await askStructured(messages, schema, (m) =>
      this.client.generate(m, { seed: input.seed }),
    );
    return { strategy: value, modelUsed: this.modelUsed(modelId) };
  }

  async generatePosts(input: PostsInput): Promise<PostsResult> {
    checkPostsInput(input);
    const schema = postsOutputSchema(input.variants);
    const { value, modelId } = await askStructured(postsMessages(input, schema), schema, (m) =>
      this.client.generate(m, { seed: input.seed }),
    );
    return { variants: value.variants, modelUsed: this.modelUsed(modelId) };
  }

  /**
   * Streams the answer and emits each variant as soon as it is complete and valid. If the whole
   * answer fails validation, the repaired answer fills in only the variants not yet emitted, so a
   * client never sees a variant change after it was shown.
   */
  async *streamPosts(input: PostsInput, signal?: AbortSignal): AsyncIterable<PostsEvent> {
    checkPostsInput(input);
    const schema = postsOutputSchema(input.variants);
    const messages = postsMessages(input, schema);
    const emitted = new Map<number, PostVariant>();
    const meta: { modelId?: string } = {};
    let text = '';
    let reported = 0;
    for await (const delta of this.client.stream(messages, meta, { seed: input.seed, signal })) {
      text += delta;
      if (text.length - reported >= PROGRESS_EVERY_CHARS) {
        reported = text.length;
        yield { type: 'progress', stage: 'generating', charsReceived: text.length };
      }
      if (!delta.includes('}')) continue;
      for (const [index, variant] of await completeVariants(text)) {
        if (emitted.has(index) || index >= input.variants) continue;
        emitted.set(index, variant);
        yield { type: 'variant', index, variant };
      }
    }
    const first = { text, modelId: meta.modelId ?? 'unknown' };
    let repairing = false;
    const { value, modelId } = await askStructured(
      messages,
      schema,
      (m) => {
        repairing = true;
        return this.client.generate(m, { seed: input.seed, signal });
      },
      first,
    );
    if (repairing) yield { type: 'progress', stage: 'repairing', charsReceived: text.length };
    const variants = value.variants.map((v, i) => emitted.get(i) ?? v);
    for (const [index, variant] of variants.entries())
      if (!emitted.has(index)) yield { type: 'variant', index, variant };
    yield { type: 'done', result: { variants, modelUsed: this.modelUsed(modelId) } };
  }

  async rewrite(input: RewriteInput): Promise<RewriteResult> {
    const { value, modelId } = await askStructured(
      rewriteMessages(input, rewriteOutputSchema),
      rewriteOutputSchema,
      (m) => this.client.generate(m, { seed: input.seed }),
    );
    return { text: value.text, modelUsed: this.modelUsed(modelId) };
  }
}
