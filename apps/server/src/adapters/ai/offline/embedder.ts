// Offline embeddings: hashed TF-IDF-like features (word unigrams and bigrams, character trigrams)
// folded into a fixed dimension with signed hashing, then L2-normalised. No model, no network.
import type { Embedder, EmbeddingResult } from '../port.js';
import { hashString } from './random.js';
import { isStopword, words } from './text.js';

export const OFFLINE_EMBEDDING_MODEL = 'offline-hash-v1';

// Feature groups are weighted so exact words count most and trigrams add fuzziness (plurals, typos).
const WEIGHTS = { word: 1, bigram: 0.6, trigram: 0.35 };

function features(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string, weight: number) => counts.set(key, (counts.get(key) ?? 0) + weight);
  const tokens = words(text);
  tokens.forEach((token, i) => {
    // Stopwords carry little meaning: an idf-like down-weighting without a corpus.
    const idf = isStopword(token) ? 0.15 : 1;
    add(`w:${token}`, WEIGHTS.word * idf);
    const next = tokens[i + 1];
    if (next) add(`b:${token} ${next}`, WEIGHTS.bigram * (isStopword(token) && isStopword(next) ? 0.15 : 1));
    const padded = ` ${token} `;
    for (let j = 0; j + 3 <= padded.length; j++) add(`c:${padded.slice(j, j + 3)}`, WEIGHTS.trigram * idf);
  });
  return counts;
}

export function embedText(text: string, dimensions: number): number[] {
  const vector = new Float64Array(dimensions);
  for (const [feature, weight] of features(text)) {
    const h = hashString(feature);
    // Sub-linear term frequency, so a repeated word does not drown the rest.
    const value = weight <= 1 ? weight : 1 + Math.log(weight);
    const index = h % dimensions;
    vector[index] = (vector[index] ?? 0) + (h & 0x80000000 ? -1 : 1) * value;
  }
  let norm = 0;
  for (const v of vector) norm += v * v;
  // An empty text still needs a unit vector: cosine distance with a zero vector is undefined.
  if (norm === 0) {
    vector[0] = 1;
    norm = 1;
  }
  const inv = 1 / Math.sqrt(norm);
  return Array.from(vector, (v) => v * inv);
}

export class OfflineEmbedder implements Embedder {
  readonly model = OFFLINE_EMBEDDING_MODEL;

  constructor(readonly dimensions = 384) {}

  async embed(texts: string[]): Promise<EmbeddingResult> {
    return {
      vectors: texts.map((t) => embedText(t, this.dimensions)),
      model: this.model,
      dimensions: this.dimensions,
    };
  }
}
