// Table owned by generation: what the writer did with a generated draft (accept, edit, reject).
// The voice module learns from the same decision; this keeps the record for analytics and retries.
import { boolean, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../users/users.schema.js';

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
