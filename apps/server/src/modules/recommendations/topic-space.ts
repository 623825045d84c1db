// The embedding side of recommendations: pillars, candidate topics and feed items as vectors in the
// shared vector store (platform/vectors, scoped to the user), and the nearest candidates and feed
// items to each pillar. Vectors are stored once per model, so a remote embedder is asked only for
// texts it has not embedded before.
import type { ContentPillar, Strategy } from '@brandwright/contracts';
import type { SQL } from 'drizzle-orm';
import type { Embedder } from '../../adapters/ai/index.js';
import { keyPhrases } from '../../platform/nlp/index.js';
import type { VectorStore } from '../../platform/vectors/index.js';
import type { FeedsRepository } from './feeds.repository.js';
import type { FeedMatch, NeighbourMatch } from './producers.js';
import type { RecommendationsRepository } from './recommendations.repository.js';
import { stableId, topicKey } from './topic-key.js';
import { TOPIC_VOCABULARY } from './vocabulary.js';

export const CANDIDATE_OWNER = 'topic_candidate';
export const FEED_ITEM_OWNER = 'feed_item';
/** Below these cosine similarities a match says nothing (measured on the offline embedder). */
export const NEIGHBOUR_MIN_SIMILARITY = 0.15;
export const FEED_MIN_SIMILARITY = 0.2;
const EMBED_BATCH = 64;

export interface TopicSpaceDeps {
  vectors: VectorStore;
  embedder: Embedder;
  repository: RecommendationsRepository;
  feeds: FeedsRepository;
}

/** What a pillar means, as one text: its name, description and example topics. */
const pillarText = (p: ContentPillar) => [p.name, p.description, ...p.exampleTopics].join('. ');

export class TopicSpace {
  constructor(private readonly deps: TopicSpaceDeps) {}

  async pillarVectors(pillars: ContentPillar[]): Promise<number[][]> {
    return (await this.deps.embedder.embed(pillars.map(pillarText))).vectors;
  }

  async embed(texts: string[]): Promise<number[][]> {
    return texts.length ? (await this.deps.embedder.embed(texts)).vectors : [];
  }

  /** Adds the vocabulary and the strategy's own phrases as candidates, and embeds the new ones. */
  async syncCandidates(userId: string, strategy: Strategy): Promise<void> {
    const own = [
      strategy.valueProposition,
      ...strategy.contentPillars.map((p) => p.description),
      ...strategy.targetAudience.personas.flatMap((p) => p.painPoints),
    ].flatMap((text) => keyPhrases(text, 6).map((k) => k.phrase));
    const rows = [
      ...TOPIC_VOCABULARY.map((phrase) => ({ phrase, source: 'vocabulary' as const })),
      ...own
        .filter((p) => p.split(' ').length >= 2)
        .map((phrase) => ({ phrase, source: 'strategy' as const })),
    ].map((r) => ({ ...r, id: stableId('candidate', userId, topicKey(r.phrase)) }));
    await this.deps.repository.addCandidates(userId, [...new Map(rows.map((r) => [r.id, r])).values()]);
    const candidates = await this.deps.repository.candidates(userId);
    const phrases = new Map(candidates.map((c) => [c.id, c.phrase]));
    await this.embedMissing(userId, CANDIDATE_OWNER, this.deps.repository.candidateIds(userId), async (ids) =>
      ids.map((id) => phrases.get(id) ?? ''),
    );
  }

  /** Embeds the user's feed items that have no vector yet (after a fetch, and as a catch-up). */
  async embedFeedItems(userId: string): Promise<void> {
    await this.embedMissing(
      userId,
      FEED_ITEM_OWNER,
      this.deps.feeds.itemIdsNewestFirst(userId),
      async (ids) => {
        const items = new Map((await this.deps.feeds.items(userId, ids)).map((i) => [i.id, i]));
        return ids.map((id) => {
          const item = items.get(id);
          return item ? `${item.title}. ${item.summary}` : '';
        });
      },
    );
  }

  private async embedMissing(
    userId: string,
    ownerType: string,
    owners: SQL,
    textsOf: (ids: string[]) => Promise<string[]>,
  ): Promise<void> {
    const model = this.deps.embedder.model;
    for (;;) {
      const ids = await this.deps.vectors.missing({ ownerType, model, owners, limit: EMBED_BATCH });
      if (ids.length === 0) return;
      const { vectors, model: used } = await this.deps.embedder.embed(await textsOf(ids));
      for (const [i, id] of ids.entries()) {
        const vector = vectors[i];
        if (vector)
          await this.deps.vectors.upsert({ userId, owner: { type: ownerType, id }, model: used, vector });
      }
      if (ids.length < EMBED_BATCH) return;
    }
  }

  /** Per pillar, the nearest candidates above the floor; each phrase kept for its closest pillar. */
  async nearestCandidates(userId: string, pillars: ContentPillar[], vectors: number[][], k: number) {
    const phrases = new Map((await this.deps.repository.candidates(userId)).map((c) => [c.id, c.phrase]));
    const found = await this.nearest(userId, CANDIDATE_OWNER, pillars, vectors, k, NEIGHBOUR_MIN_SIMILARITY);
    return found.flatMap<NeighbourMatch>(({ ownerId, pillar, similarity }) => {
      const phrase = phrases.get(ownerId);
      return phrase ? [{ phrase, pillar, similarity }] : [];
    });
  }

  async nearestFeedItems(
    userId: string,
    pillars: ContentPillar[],
    vectors: number[][],
    since: Date,
    k: number,
  ): Promise<FeedMatch[]> {
    const within = this.deps.feeds.recentItemIds(userId, since);
    const found = await this.nearest(
      userId,
      FEED_ITEM_OWNER,
      pillars,
      vectors,
      k,
      FEED_MIN_SIMILARITY,
      within,
    );
    const items = new Map(
      (
        await this.deps.feeds.items(
          userId,
          found.map((f) => f.ownerId),
        )
      ).map((i) => [i.id, i]),
    );
    return found.flatMap(({ ownerId, pillar, similarity }) => {
      const item = items.get(ownerId);
      return item
        ? [
            {
              title: item.title,
              feedTitle: item.feedTitle,
              publishedAt: item.publishedAt,
              pillar,
              similarity,
            },
          ]
        : [];
    });
  }

  private async nearest(
    userId: string,
    ownerType: string,
    pillars: ContentPillar[],
    vectors: number[][],
    k: number,
    floor: number,
    within?: SQL,
  ): Promise<{ ownerId: string; pillar: string; similarity: number }[]> {
    const best = new Map<string, { ownerId: string; pillar: string; similarity: number }>();
    const model = this.deps.embedder.model;
    for (const [i, pillar] of pillars.entries()) {
      const vector = vectors[i];
      if (!vector) continue;
      const matches = await this.deps.vectors.nearest({
        userId,
        ownerType,
        vector,
        model,
        k,
        ...(within ? { within } : {}),
      });
      for (const m of matches) {
        const similarity = 1 - m.distance;
        if (similarity < floor) continue;
        const current = best.get(m.ownerId);
        if (!current || similarity > current.similarity)
          best.set(m.ownerId, { ownerId: m.ownerId, pillar: pillar.name, similarity });
      }
    }
    return [...best.values()].sort(
      (a, b) => b.similarity - a.similarity || a.ownerId.localeCompare(b.ownerId),
    );
  }
}
