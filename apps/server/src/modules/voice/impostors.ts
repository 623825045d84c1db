// Score normalisation against impostors (T-norm, as in speaker verification; the "impostors
// method" of authorship verification, Koppel & Winter 2014). A text far from the background in
// genre (verse, drama, old spelling) looks alike to every profile of that genre, so a raw
// similarity says as much about the genre as about the writer. Normalising by the text's
// similarity to the nearest ~1,000-word profiles of background writers asks instead: is this
// profile closer to the text than the writers most like it?
import type { StyleCounts } from './style-counts.js';
import { type Prepared, prepare, type ScoringBackground, similarityOf } from './voice-similarity.js';

/** Impostor profiles as shipped: n-gram counts dense in vocabulary order, other counts by key. */
export interface StoredImpostor {
  name: string;
  counts: StyleCounts;
  char: number[];
  syntax: number[];
}

export interface Normalisation {
  mean: number;
  sd: number;
}

/** Smallest spread assumed: a text equally far from every impostor says little either way. */
const SD_FLOOR = 0.02;
/**
 * Only the impostors nearest the text count: for a novel's page they are the novelists of the
 * background, for a speech the orators. The question becomes "is the profile closer than the
 * writers of this text's own kind?", whatever kind the background holds most of.
 */
export const NEAREST_IMPOSTORS = 10;

export function normalisationOf(similarities: number[]): Normalisation {
  const nearest = [...similarities].sort((a, b) => b - a).slice(0, NEAREST_IMPOSTORS);
  const mean = nearest.reduce((a, b) => a + b, 0) / Math.max(1, nearest.length);
  const variance = nearest.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, nearest.length - 1);
  return { mean, sd: Math.max(SD_FLOOR, Math.sqrt(variance)) };
}

export const normalise = (similarity: number, { mean, sd }: Normalisation) => (similarity - mean) / sd;

export function storeImpostor(
  name: string,
  counts: StyleCounts,
  background: ScoringBackground,
): StoredImpostor {
  const other: StyleCounts = {};
  for (const [key, value] of Object.entries(counts))
    if (!key.startsWith('c:') && !key.startsWith('s:') && !key.startsWith('kp:')) other[key] = value;
  const dense = (prefix: string, grams: string[]) => grams.map((g) => counts[prefix + g] ?? 0);
  return {
    name,
    counts: other,
    char: dense('c:', background.vocabulary.char.grams),
    syntax: dense('s:', background.vocabulary.syntax.grams),
  };
}

export function loadImpostor(stored: StoredImpostor, background: ScoringBackground): Prepared {
  const counts: StyleCounts = { ...stored.counts };
  background.vocabulary.char.grams.forEach((g, i) => {
    if (stored.char[i]) counts[`c:${g}`] = stored.char[i] ?? 0;
  });
  background.vocabulary.syntax.grams.forEach((g, i) => {
    if (stored.syntax[i]) counts[`s:${g}`] = stored.syntax[i] ?? 0;
  });
  return prepare(counts, background);
}

/** How alike the text is to the impostors, to normalise its similarity to any profile. */
export function textNormalisation(
  text: Prepared,
  impostors: Prepared[],
  background: ScoringBackground,
): Normalisation & { nearest: Prepared[] } {
  const sims = impostors.map((impostor, i) => ({ i, s: similarityOf(text, impostor, background) }));
  const nearest = [...sims].sort((a, b) => b.s - a.s).slice(0, NEAREST_IMPOSTORS);
  return {
    ...normalisationOf(sims.map((x) => x.s)),
    nearest: nearest.flatMap(({ i }) => impostors[i] ?? []),
  };
}
