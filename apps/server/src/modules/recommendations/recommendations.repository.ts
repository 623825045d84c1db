// The only code touching the recommendation tables (issued topics, feedback, candidates, topic
// signals). Every query is scoped to the caller's user id, except the two marked: `cohortTrends`,
// which returns aggregates over at least MIN_COHORT_USERS people and nothing else, and
// `staleSignalOwners`, the refresh task's work list of ids.
import type { RecommendationFeedbackAction, RecommendationType } from '@brandwright/contracts';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/index.js';
import { issuedTopics, topicCandidates, topicFeedback, topicSignals } from './recommendations.schema.js';

/** The fewest distinct people a cohort aggregate may describe (issue 14: "≥ 10 users"). */
export const MIN_COHORT_USERS = 10;

export interface IssuedTopic {
  id: string;
  type: RecommendationType;
  topic: string;
  topicKey: string;
  pillar: string | null;
}

export interface FeedbackRow {
  topicKey: string;
  action: RecommendationFeedbackAction;
  pillar: string | null;
  at: Date;
}

export interface TopicSignal {
  topicKey: string;
  posts: number;
  lift: number;
}

export interface CohortTrend {
  topicKey: string;
  /** Distinct cohort members with recent posts on the topic (always ≥ MIN_COHORT_USERS). */
  users: number;
  /** The median over those members of their own lift on the topic. */
  medianLift: number;
}

const feedbackColumns = {
  topicKey: topicFeedback.topicKey,
  action: topicFeedback.action,
  pillar: topicFeedback.pillar,
  at: topicFeedback.at,
};

export class RecommendationsRepository {
  constructor(private readonly db: Db) {}

  /** Records the recommendations handed out, so feedback on an id finds its topic. */
  async issue(userId: string, topics: IssuedTopic[]): Promise<void> {
    if (topics.length === 0) return;
    await this.db
      .insert(issuedTopics)
      .values(topics.map((t) => ({ ...t, userId })))
      .onConflictDoNothing();
  }

  async findIssued(userId: string, id: string): Promise<IssuedTopic | undefined> {
    const [row] = await this.db
      .select({
        id: issuedTopics.id,
        type: issuedTopics.type,
        topic: issuedTopics.topic,
        topicKey: issuedTopics.topicKey,
        pillar: issuedTopics.pillar,
      })
      .from(issuedTopics)
      .where(and(eq(issuedTopics.userId, userId), eq(issuedTopics.id, id)));
    return row;
  }

  async feedback(userId: string): Promise<FeedbackRow[]> {
    return this.db.select(feedbackColumns).from(topicFeedback).where(eq(topicFeedback.userId, userId));
  }

  /** Sets the feedback on a topic; the same action again keeps its first time (safe to retry). */
  async setFeedback(
    userId: string,
    topicKey: string,
    action: RecommendationFeedbackAction,
    pillar: string | null,
    at: Date,
  ): Promise<FeedbackRow> {
    const [row] = await this.db
      .insert(topicFeedback)
      .values({ userId, topicKey, action, pillar, at })
      .onConflictDoUpdate({
        target: [topicFeedback.userId, topicFeedback.topicKey],
        set: {
          action,
          at: sql`case when ${topicFeedback.action} = excluded.action then ${topicFeedback.at} else excluded.at end`,
        },
      })
      .returning(feedbackColumns);
    return row as FeedbackRow;
  }

  async addCandidates(
    userId: string,
    rows: { id: string; phrase: string; source: 'vocabulary' | 'strategy' }[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await this.db
      .insert(topicCandidates)
      .values(rows.map((r) => ({ ...r, userId })))
      .onConflictDoNothing();
  }

  /** The user's candidate ids (a vector search's scope and the embedding work list). */
  candidateIds(userId: string): SQL {
    return sql`select ${topicCandidates.id} as id from ${topicCandidates}
      where ${topicCandidates.userId} = ${userId} order by ${topicCandidates.id}`;
  }

  async candidates(userId: string): Promise<{ id: string; phrase: string }[]> {
    return this.db
      .select({ id: topicCandidates.id, phrase: topicCandidates.phrase })
      .from(topicCandidates)
      .where(eq(topicCandidates.userId, userId))
      .orderBy(asc(topicCandidates.id));
  }

  /** Replaces the user's topic signals in one transaction (a rerun writes the same rows). */
  async replaceSignals(userId: string, industry: string, signals: TopicSignal[], at: Date): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.delete(topicSignals).where(eq(topicSignals.userId, userId));
      if (signals.length > 0)
        await tx
          .insert(topicSignals)
          .values(signals.map((s) => ({ ...s, userId, industry, refreshedAt: at })));
    });
  }

  async dropSignals(userId: string): Promise<void> {
    await this.db.delete(topicSignals).where(eq(topicSignals.userId, userId));
  }

  /** Cross-user, ids only: whose signals were refreshed longest ago (the refresh task's list). */
  async staleSignalOwners(before: Date, limit: number): Promise<string[]> {
    const rows = await queryRows<{ user_id: string }>(
      this.db,
      sql`select user_id from ${topicSignals} group by user_id
          having min(refreshed_at) < ${before.toISOString()}
          order by min(refreshed_at), user_id limit ${limit}`,
    );
    return rows.map((r) => r.user_id);
  }

  /**
   * THE ONLY CROSS-USER READ OF SIGNALS. Per topic of the industry's cohort, the number of distinct
   * members and the median of their lifts, over signals refreshed since `since`. The HAVING clause
   * is the privacy rule: a topic with fewer than MIN_COHORT_USERS members never leaves the database,
   * and no row carries a user id, a post or one person's figure.
   */
  async cohortTrends(industry: string, since: Date, limit: number): Promise<CohortTrend[]> {
    const rows = await queryRows<{ topic_key: string; users: number; median_lift: number }>(
      this.db,
      sql`select topic_key, count(distinct user_id)::int as users,
                 percentile_cont(0.5) within group (order by lift) as median_lift
          from ${topicSignals}
          where industry = ${industry} and refreshed_at >= ${since.toISOString()}
          group by topic_key
          having count(distinct user_id) >= ${MIN_COHORT_USERS}
          order by median_lift desc, topic_key limit ${limit}`,
    );
    return rows.map((r) => ({ topicKey: r.topic_key, users: r.users, medianLift: Number(r.median_lift) }));
  }
}
