// Tables owned by the recommendations module: the RSS/Atom feeds a user adds and their items, the
// recommendations handed out (so an id given to a client always names the same topic), the user's
// feedback on them, candidate topics for neighbour search, and each opted-in user's own topic
// signals (the cohort's trending topics are aggregated from these, never read one by one).
import type { RecommendationType } from '@brandwright/contracts';
import {
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
// Schema files may reference another module's schema for foreign keys only (see ARCHITECTURE.md).
import { userRef } from '../users/users.schema.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
const stamp = (name: string) => instant(name).notNull().defaultNow();

export const userFeeds = pgTable(
  'recommendation_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: userRef(),
    /** As the user gave it, normalised by URL parsing (so a retried add finds the same row). */
    url: text('url').notNull(),
    title: text('title').notNull(),
    lastFetchedAt: instant('last_fetched_at'),
    /** Why the last fetch failed, in words; null after a good fetch. */
    lastError: text('last_error'),
    /** Conditional-request validators from the last good response. */
    etag: text('etag'),
    lastModified: text('last_modified'),
    createdAt: stamp('created_at'),
  },
  (t) => [
    uniqueIndex('recommendation_feeds_user_url_key').on(t.userId, t.url),
    index('recommendation_feeds_fetched_idx').on(t.lastFetchedAt),
  ],
);

export const feedItems = pgTable(
  'recommendation_feed_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: userRef(),
    feedId: uuid('feed_id')
      .notNull()
      .references(() => userFeeds.id, { onDelete: 'cascade' }),
    /** sha256 of the guid, else the link, else the title: one row per story per user. */
    dedupeKey: text('dedupe_key').notNull(),
    title: text('title').notNull(),
    link: text('link'),
    publishedAt: instant('published_at'),
    summary: text('summary').notNull().default(''),
    createdAt: stamp('created_at'),
  },
  (t) => [
    uniqueIndex('recommendation_feed_items_user_key').on(t.userId, t.dedupeKey),
    index('recommendation_feed_items_user_time_idx').on(t.userId, t.publishedAt),
  ],
);

/** Every recommendation handed out; its id is a hash of user + type + normalised topic. */
export const issuedTopics = pgTable(
  'recommendation_topics',
  {
    id: uuid('id').primaryKey(),
    userId: userRef(),
    type: text('type').$type<RecommendationType>().notNull(),
    topic: text('topic').notNull(),
    /** The normalised topic: what feedback is about, whichever type offered it. */
    topicKey: text('topic_key').notNull(),
    pillar: text('pillar'),
    createdAt: stamp('created_at'),
  },
  (t) => [index('recommendation_topics_user_idx').on(t.userId)],
);

export const topicFeedback = pgTable(
  'recommendation_feedback',
  {
    userId: userRef(),
    topicKey: text('topic_key').notNull(),
    action: text('action', { enum: ['use', 'dismiss'] }).notNull(),
    /** The pillar of the recommendation, so a used topic counts toward that pillar's share. */
    pillar: text('pillar'),
    at: stamp('at'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.topicKey] })],
);

/** Topics a neighbour search may offer; their vectors live in `embeddings` (owner 'topic_candidate'). */
export const topicCandidates = pgTable(
  'recommendation_candidates',
  {
    /** Hash of user + normalised phrase, so re-syncing inserts nothing twice. */
    id: uuid('id').primaryKey(),
    userId: userRef(),
    phrase: text('phrase').notNull(),
    source: text('source', { enum: ['vocabulary', 'strategy'] }).notNull(),
    createdAt: stamp('created_at'),
  },
  (t) => [index('recommendation_candidates_user_idx').on(t.userId)],
);

/**
 * One opted-in user's own normalised engagement per topic over the recent window, refreshed from
 * their performance history. Only `cohortTrends` reads across users, and only in aggregate.
 */
export const topicSignals = pgTable(
  'recommendation_topic_signals',
  {
    userId: userRef(),
    topicKey: text('topic_key').notNull(),
    /** The user's industry, normalised, when the signal was refreshed: the cohort it counts in. */
    industry: text('industry').notNull(),
    posts: integer('posts').notNull(),
    /** exp(mean log(rate ÷ the user's median rate on that platform)): 1 = their usual post. */
    lift: doublePrecision('lift').notNull(),
    refreshedAt: stamp('refreshed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.topicKey] }),
    index('recommendation_topic_signals_cohort_idx').on(t.industry, t.topicKey),
  ],
);
