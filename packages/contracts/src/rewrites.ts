// One-click rewrites of a draft (POST /content/:id/rewrites): shorter, a new hook, more like the
// writer, more formal. Each answer is a new variant of the draft, scored like generated ones, that
// POST /content/:id/feedback can accept. Shared by server and web.
import { z } from 'zod';
import { generatedVariantSchema, rewriteKindSchema, rewriteOriginSchema } from './generation.js';

export const rewriteRequestSchema = z.object({ kind: rewriteKindSchema }).strict();
export type RewriteRequest = z.infer<typeof rewriteRequestSchema>;

export const rewriteResultSchema = z.object({
  contentId: z.string().uuid(),
  /** The new variant's index among the draft's variants: what Accept (`variantIndex`) takes. */
  variantIndex: z.number().int().min(0),
  variant: generatedVariantSchema.extend({ rewrite: rewriteOriginSchema }),
  /** The scores of the text it was rewritten from, to compare against. */
  before: generatedVariantSchema.shape.scores,
  modelUsed: z.string(),
  /** True when this rewrite was already made (a retry with the same Idempotency-Key, or the same text). */
  duplicate: z.boolean(),
});
export type RewriteResult = z.infer<typeof rewriteResultSchema>;
