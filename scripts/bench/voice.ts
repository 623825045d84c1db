// npm run bench:voice — leave-some-out authorship attribution over public-domain texts of six or
// more real authors (scripts/bench/fixtures/voice/bench, disjoint from the reference authors the
// score is z-scored against). Every author's text is cut into post-sized chunks; in each of K folds
// a profile is built from the other folds' chunks and every held-out chunk is attributed to the
// author whose profile gives it the highest voiceMatch. Prints top-1 accuracy, chance, per author.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chunkText,
  referenceStats,
  type StyleCounts,
  styleCounts,
  styleDistance,
  sumCounts,
  voiceMatchOf,
} from '../../apps/server/src/modules/voice/index.js';

const CHUNK_WORDS = Number(process.env.BENCH_CHUNK_WORDS ?? 150);
const FOLDS = 4;
const folder = fileURLToPath(new URL('./fixtures/voice/bench', import.meta.url));

const authors = readdirSync(folder)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({ name: basename(file, '.txt'), text: readFileSync(join(folder, file), 'utf8') }));
const chunked = authors.map((a) => chunkText(a.text, CHUNK_WORDS));
// Equal chunk counts per author, so no author wins by having the largest profile.
const perAuthor = Math.min(...chunked.map((c) => c.length));
const counts: StyleCounts[][] = chunked.map((chunks) => chunks.slice(0, perAuthor).map(styleCounts));

const correct = authors.map(() => 0);
const ownScores: number[] = [];
const otherScores: number[] = [];

/** Attributes one held-out chunk: the author whose profile gives the highest voiceMatch. */
function attribute(chunk: StyleCounts, author: number, profiles: StyleCounts[]): void {
  const scores = profiles.map((p) =>
    voiceMatchOf(styleDistance(chunk, p, referenceStats).delta, chunk.words ?? 0, referenceStats.calibration),
  );
  // Ties in the rounded score are broken by the unrounded distance.
  const deltas = profiles.map((p) => styleDistance(chunk, p, referenceStats).delta);
  if (deltas.indexOf(Math.min(...deltas)) === author) correct[author] = (correct[author] ?? 0) + 1;
  for (const [j, score] of scores.entries()) (j === author ? ownScores : otherScores).push(score);
}

for (let fold = 0; fold < FOLDS; fold++) {
  const inFold = (i: number) => i % FOLDS === fold;
  const profiles = counts.map((chunks) => sumCounts(chunks.filter((_, i) => !inFold(i))));
  for (const [author, chunks] of counts.entries()) {
    for (const [i, chunk] of chunks.entries()) if (inFold(i)) attribute(chunk, author, profiles);
  }
}

const total = perAuthor * authors.length;
const hits = correct.reduce((a, b) => a + b, 0);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(
  `voice attribution bench: ${authors.length} authors, ${perAuthor} chunks each of ~${CHUNK_WORDS} words, ${FOLDS}-fold`,
);
console.log(`reference (background) authors: ${referenceStats.authors.map((a) => a.name).join(', ')}`);
for (const [i, a] of authors.entries())
  console.log(
    `  ${a.name.padEnd(10)} ${(((correct[i] ?? 0) / perAuthor) * 100).toFixed(0).padStart(3)}%  (${correct[i]}/${perAuthor})`,
  );
console.log(
  `top-1 accuracy: ${((hits / total) * 100).toFixed(1)}% (${hits}/${total}); chance: ${(100 / authors.length).toFixed(1)}%`,
);
console.log(
  `mean voiceMatch: own author ${mean(ownScores).toFixed(1)}, other authors ${mean(otherScores).toFixed(1)}`,
);
