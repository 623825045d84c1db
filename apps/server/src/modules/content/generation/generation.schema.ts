// Tables owned by generation: what the writer did with a generated text (accept, edit, reject) and
// the variants of each generated draft, so a later decision can pick one of them. The voice module
// learns from the same decisions; these keep the record for analytics and retries.
import type { GeneratedVariant, RewriteOrigin } from '@brandwright/contracts';
import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../users/users.schema.js';
import { content } from '../content.schema.js';

export const feedbackActionEnum = pgEnum('generation_feedback_action', ['accept', 'edit', 'reject']);

export const generationFeedback = pgTable(
  'generation_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    action: feedbackActionEnum('action').notNull(),
    text: text('text').notNull(),
    /** sha256 of the text: finds a retried request without comparing long texts. */
    textHash: text('text_hash').notNull(),
    platform: text('platform').notNull(),
    reason: text('reason'),
    voiceLearned: boolean('voice_learned').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('generation_feedback_user_hash_idx').on(t.userId, t.action, t.textHash, t.createdAt)],
);

/**
 * A one-click rewrite kept with its variant: where it came from, and what its first answer said
 * (explanations, the scores before, the Idempotency-Key), so a retry answers the same. Only
 * `kind` and `fromVersion` are ever shown (GET /content/:id/variants).
 */
export interface StoredRewrite extends RewriteOrigin {
  key: string | null;
  modelUsed: string;
  before: GeneratedVariant['scores'];
  answer: Pick<
    GeneratedVariant,
    'hook' | 'explanations' | 'voiceProfileTrained' | 'sentiment' | 'adjustments'
  >;
}

/** What a decision may set the body to: a variant's text and what it was scored. */
export type StoredVariant = Pick<GeneratedVariant, 'body' | 'parts' | 'title' | 'template' | 'scores'> & {
  rewrite?: StoredRewrite;
};

/** One row per generated draft (content item): its variants and the writer's latest decision. */
export const generationDrafts = pgTable('generation_drafts', {
  contentId: uuid('content_id')
    .primaryKey()
    .references(() => content.id, { onDelete: 'cascade' }),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  variants: jsonb('variants').$type<StoredVariant[]>().notNull(),
  decision: feedbackActionEnum('decision'),
  decidedVariant: integer('decided_variant'),
  /** sha256 of the decided text: a retried decision is recognised without comparing texts. */
  decidedTextHash: text('decided_text_hash'),
  reason: text('reason'),
  decidedAt: timestamp('decided_at', { withTimezone: true, precision: 3 }),
  createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});
