// The offline TextGenerator: strategy, posts and rewrites composed locally, deterministic for the
// same input and seed. The clock is injected so due dates are testable and nothing reads Date.now.
import { checkPostsInput } from '../errors.js';
import {
  isoDay,
  type PostsEvent,
  type PostsInput,
  type PostsResult,
  type RewriteInput,
  type RewriteResult,
  type StrategyInput,
  type StrategyResult,
  strategyOutputSchema,
  type TextGenerator,
} from '../port.js';
import { offlineVariants } from './posts.js';
import { offlineRewrite } from './rewrite.js';
import { offlineStrategy } from './strategy.js';

export const OFFLINE_MODEL = 'offline-composer-v1';

export class OfflineGenerator implements TextGenerator {
  constructor(private readonly now: () => Date) {}

  async generateStrategy(input: StrategyInput): Promise<StrategyResult> {
    const today = this.now();
    // Parsing our own output keeps the offline engine to the same contract as the providers.
    const strategy = strategyOutputSchema(isoDay(today)).parse(offlineStrategy(input, today));
    return { strategy, modelUsed: OFFLINE_MODEL };
  }

  async generatePosts(input: PostsInput): Promise<PostsResult> {
    checkPostsInput(input);
    return { variants: [...offlineVariants(input)], modelUsed: OFFLINE_MODEL };
  }

  async *streamPosts(input: PostsInput, signal?: AbortSignal): AsyncIterable<PostsEvent> {
    checkPostsInput(input);
    const variants = [];
    let index = 0;
    for (const variant of offlineVariants(input)) {
      signal?.throwIfAborted();
      variants.push(variant);
      yield { type: 'variant', index: index++, variant };
    }
    yield { type: 'done', result: { variants, modelUsed: OFFLINE_MODEL } };
  }

  async rewrite(input: RewriteInput): Promise<RewriteResult> {
    return { text: await offlineRewrite(input), modelUsed: OFFLINE_MODEL };
  }
}
