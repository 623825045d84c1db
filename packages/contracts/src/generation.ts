// Generating posts in the user's voice (POST /content/generate, JSON or SSE), the variants kept with
// a generated draft (GET /content/:id/variants) and the feedback on a generated text or draft
// (POST /content/generate/feedback, POST /content/:id/feedback). Shared by server and web.
import { z } from 'zod';
import { platformSchema } from './brand.js';
import { contentTypeSchema } from './content.js';

/** What generation writes: every content type except video scripts. */
export const generatedTypeSchema = contentTypeSchema.extract(['post', 'thread', 'article']);
export type GeneratedType = z.infer<typeof generatedTypeSchema>;

export const generateRequestSchema = z
  .object({
    platform: platformSchema,
    /** Default: `article` on Medium, `post` elsewhere. */
    type: generatedTypeSchema.optional(),
    topic: z.string().trim().min(3, 'At least 3 characters').max(200).optional(),
    pillar: z.string().trim().min(2).max(60).optional(),
    variants: z.number().int().min(1).max(5).default(3),
    /** When the post would go out (ISO 8601); the engagement baseline weighs hour and weekday. */
    scheduledFor: z.iso.datetime({ offset: true }).optional(),
    /** A built-in (`builtin:<slug>`) or one of your templates: its structure shapes every variant. */
    templateId: z.string().trim().min(1).max(100).optional(),
    /** One of your pieces (typically an article) to atomise into a post or thread for `platform`. */
    sourceContentId: z.string().uuid('Must be a content id').optional(),
  })
  .strict();
export type GenerateRequest = z.infer<typeof generateRequestSchema>;

const scoreSchema = z.number().int().min(0).max(100);

export const generatedVariantSchema = z.object({
  body: z.string(),
  /** Thread parts, each within the platform's limit, numbered " (i/n)". */
  parts: z.array(z.string()).optional(),
  /** Articles only. */
  title: z.string().optional(),
  hook: z.string(),
  template: z.string(),
  scores: z.object({
    voiceMatch: scoreSchema,
    engagementPrediction: scoreSchema,
    brandAlignment: scoreSchema,
  }),
  explanations: z.object({
    voiceMatch: z.array(z.string()),
    engagementPrediction: z.array(z.string()),
    brandAlignment: z.array(z.string()),
  }),
  /** False while the user has no trained voice profile: voiceMatch is then a neutral 50. */
  voiceProfileTrained: z.boolean(),
  sentiment: z.object({ label: z.enum(['positive', 'neutral', 'negative']), score: z.number() }),
  /** What was done to keep the platform's limit ("split into 3 posts", "trimmed to 2 sentences"). */
  adjustments: z.array(z.string()),
});
export type GeneratedVariant = z.infer<typeof generatedVariantSchema>;

export const generateResultSchema = z.object({
  /** Present once generated drafts are stored as content. */
  contentId: z.string().uuid().optional(),
  platform: platformSchema,
  type: generatedTypeSchema,
  topic: z.string(),
  pillar: z.string().nullable(),
  /** The template asked for; each variant's `template` is then this id. */
  templateId: z.string().optional(),
  /** The piece the variants were atomised from. */
  sourceContentId: z.string().uuid().optional(),
  modelUsed: z.string(),
  /** How the writing samples given to the model were chosen. */
  samples: z.object({ count: z.number().int(), retrieval: z.enum(['similar', 'recent', 'none']) }),
  variants: z.array(generatedVariantSchema),
});
export type GenerateResult = z.infer<typeof generateResultSchema>;

export const feedbackActionSchema = z.enum(['accept', 'edit', 'reject']);

export const generationFeedbackRequestSchema = z
  .object({
    action: feedbackActionSchema,
    text: z.string().trim().min(1).max(20_000),
    platform: platformSchema,
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .strict();
export type GenerationFeedbackRequest = z.infer<typeof generationFeedbackRequestSchema>;

export const generationFeedbackSchema = z.object({
  id: z.string().uuid(),
  action: feedbackActionSchema,
  platform: platformSchema,
  reason: z.string().nullable(),
  createdAt: z.string(),
  /** Whether the text taught the voice profile (texts under 20 words are too short to). */
  voiceLearned: z.boolean(),
  /** True when the same feedback was already recorded moments ago (a retry). */
  duplicate: z.boolean(),
});
export type GenerationFeedback = z.infer<typeof generationFeedbackSchema>;

/**
 * Most variants one draft keeps: the generated ones (≤ 5) and the one-click rewrites added to them.
 * Variant indices are stable, so a full draft refuses more rewrites rather than dropping old ones.
 */
export const MAX_DRAFT_VARIANTS = 30;

/** The one-click rewrites of a draft (POST /content/:id/rewrites). */
export const REWRITE_KINDS = ['shorter', 'new_hook', 'more_like_me', 'more_formal'] as const;
export const rewriteKindSchema = z.enum(REWRITE_KINDS);
export type RewriteKind = z.infer<typeof rewriteKindSchema>;

/** Where a rewrite variant came from: the kind asked for and the piece's version it rewrote. */
export const rewriteOriginSchema = z.object({ kind: rewriteKindSchema, fromVersion: z.number().int() });
export type RewriteOrigin = z.infer<typeof rewriteOriginSchema>;

/** POST /content/:id/feedback: what the writer did with a generated draft. */
export const contentFeedbackRequestSchema = z
  .object({
    action: feedbackActionSchema,
    /** accept: the variant (0-based) that becomes the body; reject: the variant turned down. */
    variantIndex: z
      .number()
      .int()
      .min(0)
      .max(MAX_DRAFT_VARIANTS - 1)
      .optional(),
    /** edit: the text the writer ended up with (required). */
    body: z.string().trim().min(1).max(20_000).optional(),
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.action === 'edit' && r.body === undefined)
      ctx.addIssue({ code: 'custom', path: ['body'], message: 'An edit needs the edited body' });
    if (r.action !== 'edit' && r.body !== undefined)
      ctx.addIssue({ code: 'custom', path: ['body'], message: 'Only an edit takes a body' });
  });
export type ContentFeedbackRequest = z.infer<typeof contentFeedbackRequestSchema>;

export const contentFeedbackSchema = z.object({
  contentId: z.string().uuid(),
  action: feedbackActionSchema,
  variantIndex: z.number().int().nullable(),
  reason: z.string().nullable(),
  decidedAt: z.string(),
  /** The piece's version after the decision (accept and edit set the body as a new version). */
  version: z.number().int(),
  /** Whether the final (or rejected) text taught the voice profile. */
  voiceLearned: z.boolean(),
  /** True when this decision was already recorded (a retry). */
  duplicate: z.boolean(),
});
export type ContentFeedback = z.infer<typeof contentFeedbackSchema>;

/** A variant as kept with its draft: the text and scores, without the explanations of the moment. */
export const storedVariantSchema = generatedVariantSchema
  .pick({
    body: true,
    parts: true,
    title: true,
    template: true,
    scores: true,
  })
  .extend({ rewrite: rewriteOriginSchema.optional() });
export type StoredVariant = z.infer<typeof storedVariantSchema>;

/** GET /content/:id/variants: the variants a generated draft was made from, and the latest decision. */
export const generatedDraftSchema = z.object({
  contentId: z.string().uuid(),
  variants: z.array(storedVariantSchema),
  decision: z
    .object({
      action: feedbackActionSchema,
      /** The variant accepted or rejected (0-based); null for an edit. */
      variantIndex: z.number().int().nullable(),
      reason: z.string().nullable(),
      decidedAt: z.string(),
    })
    .nullable(),
});
export type GeneratedDraft = z.infer<typeof generatedDraftSchema>;

/** Longest text the grader scores: above a long Medium article; the request is refused past it. */
export const SCORE_TEXT_MAX_CHARS = 40_000;

/** POST /content/score: grade text the user wrote themselves, on the three generation scores. */
export const scoreTextRequestSchema = z
  .object({
    platform: platformSchema,
    text: z.string().trim().min(1, 'Write something to score').max(SCORE_TEXT_MAX_CHARS),
    /** Any instant, past or future ("what if I had posted it then"): used for the timing features only. */
    scheduledFor: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type ScoreTextRequest = z.infer<typeof scoreTextRequestSchema>;

export const scoreTextResultSchema = generatedVariantSchema.pick({
  scores: true,
  explanations: true,
  voiceProfileTrained: true,
  sentiment: true,
});
export type ScoreTextResult = z.infer<typeof scoreTextResultSchema>;
