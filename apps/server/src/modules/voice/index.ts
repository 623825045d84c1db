// Public surface of the voice module.
export { chunkText } from './chunking.js';
export { referenceStats } from './reference.js';
export { buildReference, type ReferenceAuthor, type ReferenceStats } from './reference-builder.js';
export { type StyleCounts, styleCounts, sumCounts } from './style-counts.js';
export { styleDistance, voiceMatchOf } from './style-distance.js';
