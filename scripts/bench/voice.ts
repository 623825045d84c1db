// npm run bench:voice — authorship attribution as a user meets it, on two corpora of eight
// writers each (bench/mixed: novel, children's tales, drama, verse and a speech writer;
// bench/speeches: eight presidents' State of the Union addresses), writers disjoint from the
// background the score is fitted on. Each writer's text is cut into ~180-word texts; in four
// folds ~1,000 words are the writer's profile and every other text is scored against all eight
// profiles. Prints top-1 accuracy, mean voiceMatch own/other, a reliability table, accuracy and
// interval width by text length and scoring time. Set BENCH_VOICE_QUICK=1 to skip the slow parts.
import { chunkText, RELIABLE_WORDS, referenceStats } from '../../apps/server/src/modules/voice/index.js';
import { type Corpus, loadCorpus, TEXT_WORDS } from './voice-corpus.js';
import { attribution, byLength, mean, type Pair, pct, reliability, timings } from './voice-metrics.js';
import { runTransfer } from './voice-transfer.js';

const QUICK = process.env.BENCH_VOICE_QUICK === '1';
const LENGTHS = [25, 50, 100, 180, 400];

/** A titled part of the report; further sections (e.g. voice transfer) are added to SECTIONS. */
export interface BenchSection {
  title: string;
  run(corpora: Corpus[]): Promise<void> | void;
}

const allPairs: Pair[] = [];

function attributionSection(corpora: Corpus[]): void {
  for (const corpus of corpora) {
    const result = attribution(corpus);
    allPairs.push(...result.pairs);
    const n = corpus.writers.length;
    console.log(`\n${corpus.title}: ${n} writers, chance ${pct(1 / n)}`);
    console.log(`  top-1 accuracy  ${pct(result.accuracy)}`);
    console.log(
      `  mean voiceMatch own ${mean(result.own).toFixed(1)}, other writers ${mean(result.other).toFixed(1)}`,
    );
    const per = corpus.writers.map((w, i) => `${w.name} ${pct(result.perWriter[i] ?? 0)}`);
    console.log(`  per writer: ${per.join(', ')}`);
  }
}

function reliabilitySection(): void {
  console.log(
    '\nreliability (both corpora, every text against every profile; 1 pair in 8 is the same writer):',
  );
  console.log('  predicted   pairs  mean predicted  observed same writer  same, classes weighed equally');
  for (const bin of reliability(allPairs)) {
    if (bin.pairs === 0) continue;
    const range = `${bin.from.toFixed(1)}–${bin.to.toFixed(1)}`;
    console.log(
      `  ${range.padEnd(10)} ${String(bin.pairs).padStart(6)}  ${pct(bin.predicted).padStart(14)}  ${pct(bin.observed).padStart(20)}  ${pct(bin.balanced).padStart(29)}`,
    );
  }
}

function lengthSection(corpora: Corpus[]): void {
  console.log(`\naccuracy and interval by text length (reliable from ${RELIABLE_WORDS} words):`);
  for (const corpus of corpora) {
    console.log(`  ${corpus.title}`);
    for (const row of byLength(corpus, LENGTHS, QUICK ? 3 : 10))
      console.log(
        `    ${String(row.words).padStart(4)} words: top-1 ${pct(row.accuracy).padStart(6)}, mean interval width ${row.width.toFixed(1).padStart(5)}, reliable ${pct(row.reliableShare)}`,
      );
  }
}

function timingSection(corpora: Corpus[]): void {
  const texts = corpora.flatMap((c) => c.writers.flatMap((w) => chunkText(w.text, TEXT_WORDS).slice(0, 12)));
  const { wall, cpu } = timings(corpora[0] as Corpus, QUICK ? texts.slice(0, 20) : texts);
  const ms = (t: { p50: number; p95: number }) => `p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms`;
  console.log(`\nscoring one ~${TEXT_WORDS}-word text (count + score + interval), ${texts.length} texts:`);
  console.log(`  wall time ${ms(wall)}; CPU time ${ms(cpu)} (wall time includes other work on the machine)`);
}

/** Drafts generated from each of eight writers' profiles, scored against every profile. */
async function transferSection(): Promise<void> {
  console.log('');
  for (const line of await runTransfer(QUICK ? { topics: 3 } : {})) console.log(line);
}

export const SECTIONS: BenchSection[] = [
  { title: 'attribution', run: attributionSection },
  { title: 'reliability', run: reliabilitySection },
  { title: 'by length', run: lengthSection },
  { title: 'timing', run: timingSection },
  { title: 'transfer', run: transferSection },
];

async function main(): Promise<void> {
  console.log(
    `voice bench: background of ${referenceStats.authors.length} writers, weights ${JSON.stringify(referenceStats.weights)}`,
  );
  const corpora = [loadCorpus('mixed', 'mixed genres'), loadCorpus('speeches', 'speeches (one genre)')];
  for (const section of SECTIONS) await section.run(corpora);
}

await main();
