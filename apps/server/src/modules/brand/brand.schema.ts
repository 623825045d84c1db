// Tables owned by the brand module: saved questionnaire answers, assessments, strategy versions.
import type { Assessment, PartialBrandAnswers, Strategy } from '@brandwright/contracts';
import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
// Schema files may reference another module's schema for foreign keys only (see ARCHITECTURE.md).
import { userRef } from '../users/users.schema.js';

const createdAt = () => timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();

/** The onboarding answers as last saved (possibly incomplete), one row per user. */
export const brandAnswers = pgTable('brand_answers', {
  userId: userRef().primaryKey(),
  questionnaireVersion: text('questionnaire_version').notNull(),
  answers: jsonb('answers').$type<PartialBrandAnswers>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

export const brandAssessments = pgTable(
  'brand_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: userRef(),
    questionnaireVersion: text('questionnaire_version').notNull(),
    answers: jsonb('answers').$type<PartialBrandAnswers>().notNull(),
    /** SHA-256 of the canonical answers: a repeated request with the same answers returns this row. */
    answersHash: text('answers_hash').notNull(),
    assessment: jsonb('assessment').$type<Assessment>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('brand_assessments_user_created_idx').on(t.userId, t.createdAt)],
);

/** Every version of a user's strategy; the highest version is the current one. */
export const brandStrategyVersions = pgTable(
  'brand_strategy_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: userRef(),
    version: integer('version').notNull(),
    strategy: jsonb('strategy').$type<Strategy>().notNull(),
    modelUsed: text('model_used').notNull(),
    source: text('source', { enum: ['generated', 'edited'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique('brand_strategy_versions_user_version_key').on(t.userId, t.version)],
);
