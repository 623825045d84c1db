// The shipped n-gram vocabularies, read straight from the reference statistics so that counting
// (style-counts.ts) depends on nothing but the data: the rest of the reference needs the counts.
import type { Vocabularies } from './ngrams.js';
import reference from './reference-stats.json' with { type: 'json' };

export const shippedVocabulary: Vocabularies = reference.vocabulary;
