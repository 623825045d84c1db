// The provider TextGenerator: prompts a chat model (OpenAI-compatible or Anthropic), validates its
// JSON with the port's zod schemas, then holds every post variant to the same draft checks as the
// offline engine. One repair call at most per generation: for JSON that does not validate, or else
// for variants that fail the checks. Then, when the input carries a voice check, one voice rewrite
// at most for drafts below the writer's usual range (voice-rewrite.ts). Posts can stream, variant by
// variant; a streamed variant is shown as soon as it passes the checks, so only generatePosts makes
// the voice rewrite (a shown draft never changes).
import type { ModelMessage } from 'ai';
import { parsePartialJson } from 'ai';
import { checkPostsInput } from '../errors.js';
import { formalize } from '../offline/rewrite.js';
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
import { type CheckedVariant, checkVariants, failing, variantFindings } from './draft-checks.js';
import { postsMessages } from './post-prompt.js';
import { rewriteMessages, strategyMessages } from './prompts.js';
import { type Ask, repairDrafts } from './repair.js';
import { askStructured, check, repairStructured } from './structured.js';
import { rewriteTowardVoice } from './voice-rewrite.js';

// Progress events at most every this many characters, so SSE clients are not flooded per token.
const PROGRESS_EVERY_CHARS = 200;

/** Where the generator reports what the checks found (the app passes its logger's debug). */
export interface GeneratorLog {
  debug(details: object, message: string): void;
}
const SILENT: GeneratorLog = { debug: () => undefined };

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

const summary = (checked: CheckedVariant[]) =>
  checked.flatMap((c, variant) => c.findings.map((f) => ({ variant, code: f.code, message: f.message })));

/** One posts generation: its prompt, schema and model access, shared by the plain and streamed paths. */
interface PostsRun {
  input: PostsInput;
  messages: ModelMessage[];
  schema: ReturnType<typeof postsOutputSchema>;
  ask: Ask;
  signal?: AbortSignal;
}

export class ProviderGenerator implements TextGenerator {
  constructor(
    private readonly client: ModelClient,
    private readonly provider: string,
    private readonly now: () => Date,
    private readonly log: GeneratorLog = SILENT,
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

  private run(input: PostsInput, signal?: AbortSignal): PostsRun {
    checkPostsInput(input);
    const schema = postsOutputSchema(input.variants);
    const ask: Ask = (m) => this.client.generate(m, { seed: input.seed, ...(signal ? { signal } : {}) });
    return { input, messages: postsMessages(input, schema), schema, ask, ...(signal ? { signal } : {}) };
  }

  /** The checked variants after the repair pass, when one is still allowed and needed. */
  private async improve(run: PostsRun, checked: CheckedVariant[], mayRepair: boolean) {
    if (!failing(checked)) return checked;
    if (!mayRepair) {
      this.log.debug(
        { findings: summary(checked) },
        'draft checks failed after a JSON repair; kept as they are',
      );
      return checked;
    }
    this.log.debug({ findings: summary(checked) }, 'draft checks failed; one repair call');
    const outcome = await repairDrafts(run.messages, run.schema, checked, run.input, run.ask, run.signal);
    this.log.debug(
      { findings: summary(outcome.checked), ...(outcome.failure ? { failure: outcome.failure } : {}) },
      'drafts after the repair call',
    );
    return outcome.checked;
  }

  async generatePosts(input: PostsInput): Promise<PostsResult> {
    const run = this.run(input);
    const { value, modelId, repaired } = await askStructured(run.messages, run.schema, run.ask);
    const checked = await this.improve(run, checkVariants(value.variants, input), !repaired);
    const voiced = await rewriteTowardVoice(run.messages, run.schema, checked, input, run.ask);
    if (voiced.low.length > 0)
      this.log.debug(
        { low: voiced.low, ...(voiced.failure ? { failure: voiced.failure } : {}) },
        'voice rewrite',
      );
    return { variants: voiced.checked.map((c) => c.variant), modelUsed: this.modelUsed(modelId) };
  }

  /**
   * The first answer as it streams: progress, and each variant as soon as it is complete, valid and
   * passes the checks. A variant that fails them is held back for the repair pass, so a client never
   * sees a variant change after it was shown.
   */
  private async *firstAnswer(run: PostsRun, emitted: Map<number, PostVariant>) {
    const meta: { modelId?: string } = {};
    const options = { seed: run.input.seed, ...(run.signal ? { signal: run.signal } : {}) };
    let text = '';
    let reported = 0;
    for await (const delta of this.client.stream(run.messages, meta, options)) {
      text += delta;
      if (text.length - reported >= PROGRESS_EVERY_CHARS) {
        reported = text.length;
        yield { type: 'progress', stage: 'generating', charsReceived: text.length } satisfies PostsEvent;
      }
      if (!delta.includes('}')) continue;
      for (const [index, variant] of await completeVariants(text)) {
        if (emitted.has(index) || index >= run.input.variants) continue;
        if (variantFindings(variant, run.input).length > 0) continue;
        emitted.set(index, variant);
        yield { type: 'variant', index, variant } satisfies PostsEvent;
      }
    }
    return { text, modelId: meta.modelId ?? 'unknown' };
  }

  async *streamPosts(input: PostsInput, signal?: AbortSignal): AsyncIterable<PostsEvent> {
    const run = this.run(input, signal);
    const emitted = new Map<number, PostVariant>();
    const first = yield* this.firstAnswer(run, emitted);
    const repairing = { type: 'progress', stage: 'repairing', charsReceived: first.text.length } as const;
    const parsed = check(first.text, run.schema);
    if (!parsed.ok) yield repairing;
    const { value, modelId } = parsed.ok
      ? { value: parsed.value, modelId: first.modelId }
      : await repairStructured(run.messages, run.schema, run.ask, first.text, parsed.problems);
    let checked = checkVariants(
      value.variants.map((v, i) => emitted.get(i) ?? v),
      input,
    );
    if (parsed.ok && failing(checked)) yield repairing;
    checked = await this.improve(run, checked, parsed.ok);
    const variants = checked.map((c) => c.variant);
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
    // A formal rewrite is held to the same rule as the offline one: no contraction or emoji survives.
    const text = input.instruction === 'more_formal' ? formalize(value.text) : value.text;
    return { text, modelUsed: this.modelUsed(modelId) };
  }
}
