// Chooses the writing samples handed to the model: the user's samples most similar to the topic
// (embeddings in the user-scoped vector store), or the most recent ones when embeddings are not
// available. Samples are embedded lazily here, the first time a generation sees them. The chosen
// samples go out in few-shot order: the writer's edited or accepted drafts first, then by voice fit.
import type { VoiceSample } from '@brandwright/contracts';
import type { Embedder } from '../../../adapters/ai/index.js';
import type { VectorStore } from '../../../platform/vectors/index.js';
import { fewShotOrder } from './voice-fit.js';

export const SAMPLE_OWNER = 'voice_sample';
/** Samples considered: the newest ones; older writing says less about the voice today. */
export const CANDIDATES = 100;
/** Samples handed to the model: enough to show the voice, few enough to fit any prompt. */
export const SAMPLES_FOR_PROMPT = 5;

export interface SampleSource {
  /** The user's samples, newest first. */
  listSamples(userId: string, limit: number): Promise<{ items: VoiceSample[] }>;
}

/** The chosen samples' texts, best examples of the voice first. */
const ordered = (samples: VoiceSample[]) =>
  fewShotOrder(samples.map((s) => ({ text: s.text, feedback: s.source === 'feedback' })));

export interface RetrievedSamples {
  texts: string[];
  retrieval: 'similar' | 'recent' | 'none';
}

export class SampleRetriever {
  constructor(
    private readonly samples: SampleSource,
    private readonly vectors: VectorStore,
    private readonly embedder: Embedder,
  ) {}

  async retrieve(userId: string, topic: string): Promise<RetrievedSamples> {
    // Rejected drafts are stored with negative weight: they are what the voice is not.
    const candidates = (await this.samples.listSamples(userId, CANDIDATES)).items.filter((s) => s.weight > 0);
    if (candidates.length === 0) return { texts: [], retrieval: 'none' };
    if (candidates.length <= SAMPLES_FOR_PROMPT) return { texts: ordered(candidates), retrieval: 'recent' };
    try {
      return { texts: ordered(await this.similar(userId, topic, candidates)), retrieval: 'similar' };
    } catch {
      // A provider embedder may be down: recent samples still carry the voice.
      return { texts: ordered(candidates.slice(0, SAMPLES_FOR_PROMPT)), retrieval: 'recent' };
    }
  }

  private async similar(userId: string, topic: string, candidates: VoiceSample[]): Promise<VoiceSample[]> {
    const [query] = (await this.embedder.embed([topic])).vectors;
    if (!query) throw new Error('the embedder returned no vector for the topic');
    const model = this.embedder.model;
    const base = { userId, ownerType: SAMPLE_OWNER, model, vector: query };
    const known = new Set((await this.vectors.nearest({ ...base, k: 1000 })).map((m) => m.ownerId));
    const missing = candidates.filter((s) => !known.has(s.id));
    if (missing.length > 0) {
      const { vectors } = await this.embedder.embed(missing.map((s) => s.text));
      for (const [i, sample] of missing.entries()) {
        const vector = vectors[i];
        if (vector)
          await this.vectors.upsert({ userId, owner: { type: SAMPLE_OWNER, id: sample.id }, model, vector });
      }
    }
    // Deleted samples may leave vectors behind: only current candidates count.
    const byId = new Map(candidates.map((s) => [s.id, s]));
    const nearest = await this.vectors.nearest({ ...base, k: CANDIDATES + known.size });
    return nearest
      .map((m) => byId.get(m.ownerId))
      .filter((s): s is VoiceSample => s !== undefined)
      .slice(0, SAMPLES_FOR_PROMPT);
  }
}
