// The AI ports: what modules may ask of a text generator and an embedder, with the zod schemas every
// provider's output is checked against. Providers (offline, openai, anthropic) implement these.
import { type BrandAnswers, type Platform, type Strategy, strategySchema } from '@brandwright/contracts';
import { z } from 'zod';

/** How a person writes, measured from their own posts (the voice module maps its profile onto this). */
export const voiceStyleSchema = z.object({
  /** Average words per sentence. */
  avgSentenceWords: z.number().min(3).max(60),
  /** Share of sentences that are questions, 0..1. */
  questionRate: z.number().min(0).max(1),
  /** Share of the writer's posts that end with a question, 0..1, when known (it sets the call to action). */
  closingQuestionRate: z.number().min(0).max(1).optional(),
  /** Share of sentences that end with "!", 0..1. */
  exclamationRate: z.number().min(0).max(1),
  /** Emoji per sentence, 0..2. */
  emojiRate: z.number().min(0).max(2),
  hashtagsPerPost: z.number().min(0).max(10),
  /** @-mentions per post, 0..5; only handles found in the user's own samples are reused. */
  mentionRate: z.number().min(0).max(5),
  person: z.enum(['I', 'we', 'you', 'neutral']),
  lineBreaks: z.enum(['dense', 'short_paragraphs', 'line_per_sentence']),
  /** Share of contractible phrases written contracted ("don't" rather than "do not"), 0..1. */
  contractionRate: z.number().min(0).max(1),
});
export type VoiceStyle = z.infer<typeof voiceStyleSchema>;

/** A plain professional voice, for users who have not taught the system theirs yet. */
export const DEFAULT_VOICE: VoiceStyle = {
  avgSentenceWords: 14,
  questionRate: 0.1,
  exclamationRate: 0,
  emojiRate: 0,
  hashtagsPerPost: 2,
  mentionRate: 0,
  person: 'I',
  lineBreaks: 'short_paragraphs',
  contractionRate: 0.5,
};

export const postFormatSchema = z.enum(['post', 'thread', 'article']);
export type PostFormat = z.infer<typeof postFormatSchema>;

export const POST_TEMPLATES = [
  'listicle',
  'story',
  'contrarian',
  'how_to',
  'lesson_learned',
  'question',
] as const;
export const postTemplateSchema = z.enum(POST_TEMPLATES);
export type PostTemplate = z.infer<typeof postTemplateSchema>;

export const rewriteInstructionSchema = z.enum([
  'shorten',
  'expand',
  'more_casual',
  'more_formal',
  'add_hook',
  'add_cta',
  /** Replace the opening line with a different kind of opener (add_hook keeps the old one below). */
  'new_hook',
  /** Toward the writer's voice profile: style targets, their samples, and their voice scorer. */
  'more_like_me',
]);
export type RewriteInstruction = z.infer<typeof rewriteInstructionSchema>;

export interface ProfileFacts {
  fullName: string;
  headline?: string | null;
  industry?: string | null;
}

export interface StrategyInput {
  answers: BrandAnswers;
  profile: ProfileFacts;
  seed?: number;
}

/** A content template handed to the generator: its name and structure in words. */
export interface TemplateHint {
  name: string;
  /** How the piece is built, in words (no placeholders). */
  structure: string;
}

/**
 * What the writer told us about themselves, for drafts that could only be theirs. Every entry is the
 * user's own words (questionnaire answers); a draft may quote or rephrase them, never add to them.
 */
export interface AuthorFacts {
  role?: string;
  industry?: string;
  yearsExperience?: number;
  expertise: string[];
  /** Results they achieved, often with numbers ("cut p99 from 900 to 180 ms"). */
  achievements: string[];
  /** The problems their audience has, in their words. */
  audienceProblems: string[];
}

export const NO_FACTS: AuthorFacts = { expertise: [], achievements: [], audienceProblems: [] };

/**
 * The writer's voice as the product scores it, handed to a generator that can act on it: the
 * provider path rewrites a draft scoring below `floor` (the writer's usual range) once toward it.
 */
export interface VoiceCheck {
  /** voiceMatch 0..100 of a text against the writer's profile. */
  score(text: string): Promise<number>;
  floor: number;
}

export interface PostsInput {
  platform: Platform;
  format: PostFormat;
  topic: string;
  /** Name of the strategy pillar the post belongs to. */
  pillar?: string;
  strategy?: Strategy;
  voice: VoiceStyle;
  /** The user's own writing, retrieved as close to the topic as possible. */
  samples: string[];
  /** The user's own facts from onboarding; absent for users who have not answered it. */
  facts?: AuthorFacts;
  /** 1..5 */
  variants: number;
  seed?: number;
  /** A content template every variant follows (its structure in words) instead of varied shapes. */
  template?: TemplateHint;
  /** A longer piece (plain text) to atomise: the variants carry its key sentences, in this voice. */
  source?: string;
  /** Scores drafts against the writer's voice; without it no voice rewrite is made. */
  voiceCheck?: VoiceCheck;
}

export interface RewriteInput {
  text: string;
  instruction: RewriteInstruction;
  voice: VoiceStyle;
  seed?: number;
  /** The writer's own posts (more_like_me: few-shot examples and their usual openers). */
  samples?: string[];
  /** more_like_me: scores candidates against the writer's profile, so the closest one is kept. */
  voiceCheck?: VoiceCheck;
  /** Where the text goes out (examples of a fitting length are preferred); LinkedIn when absent. */
  platform?: Platform;
}

export const postVariantSchema = z.object({
  body: z.string().trim().min(20).max(20_000),
  /** The opening line meant to stop the scroll. */
  hook: z.string().trim().min(3).max(400),
  template: postTemplateSchema,
});
export type PostVariant = z.infer<typeof postVariantSchema>;

/** Exactly `count` variants: the count is part of the schema so providers are held to it. */
export const postsOutputSchema = (count: number) =>
  z.object({ variants: z.array(postVariantSchema).length(count) });

export const rewriteOutputSchema = z.object({ text: z.string().trim().min(1).max(20_000) });

/** The strategy contract plus the rule only a clock can check: goals are due in the future. */
export const strategyOutputSchema = (today: string) =>
  strategySchema.superRefine((strategy, ctx) => {
    strategy.goals.forEach((goal, index) => {
      if (goal.dueDate <= today)
        ctx.addIssue({
          code: 'custom',
          path: ['goals', index, 'dueDate'],
          message: `Must be after today (${today})`,
        });
    });
  });

export interface StrategyResult {
  strategy: Strategy;
  modelUsed: string;
}
export interface PostsResult {
  variants: PostVariant[];
  modelUsed: string;
}
export interface RewriteResult {
  text: string;
  modelUsed: string;
}

/** Events of a streamed generation, in order: progress*, variant* (by index), then done. */
export type PostsEvent =
  | { type: 'progress'; stage: 'generating' | 'repairing'; charsReceived: number }
  | { type: 'variant'; index: number; variant: PostVariant }
  | { type: 'done'; result: PostsResult };

export interface TextGenerator {
  generateStrategy(input: StrategyInput): Promise<StrategyResult>;
  generatePosts(input: PostsInput): Promise<PostsResult>;
  /** The same generation as generatePosts, variant by variant as they become ready (for SSE). */
  streamPosts(input: PostsInput, signal?: AbortSignal): AsyncIterable<PostsEvent>;
  rewrite(input: RewriteInput): Promise<RewriteResult>;
}

export interface EmbeddingResult {
  vectors: number[][];
  model: string;
  dimensions: number;
}

export interface Embedder {
  readonly model: string;
  /** Known up front when configured (offline always); undefined until a provider model answers. */
  readonly dimensions: number | undefined;
  embed(texts: string[]): Promise<EmbeddingResult>;
}

/** A date as YYYY-MM-DD in UTC, the format strategy goals use. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
