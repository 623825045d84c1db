// Measurements of bench:voice: attribution (top-1, own/other voice match, per writer), the
// reliability table, accuracy and interval width by length, and scoring time.
import {
  impostorProfiles,
  normalise,
  prepare,
  probabilityOf,
  referenceStats,
  type StyleCounts,
  scoreText,
  similarityOf,
  styleCounts,
  textNormalisation,
  type WriterCalibration,
  writerCurve,
} from '../../apps/server/src/modules/voice/index.js';
import { type Corpus, calibrationsOf, FOLDS, inProfile, profilesOf, textsAt } from './voice-corpus.js';

/** PER_WRITER=0 scores with the background curve only, to compare with the per-writer calibration. */
const PER_WRITER = process.env.PER_WRITER !== '0';
const curvesOf = (corpus: Corpus, fold: number) =>
  calibrationsOf(corpus, fold).map((c) => writerCurve(PER_WRITER ? c : null, referenceStats.calibration));

export const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
export const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** One scored pair: a text against one writer's profile. */
export interface Pair {
  probability: number;
  same: boolean;
}

export interface Attribution {
  accuracy: number;
  perWriter: number[];
  own: number[];
  other: number[];
  pairs: Pair[];
}

/** Similarities and probabilities of one text against every profile. */
function scoreAgainst(
  text: StyleCounts,
  profiles: ReturnType<typeof prepare>[],
  curves: ReturnType<typeof writerCurve>[],
) {
  const prepared = prepare(text, referenceStats);
  const normalisation = textNormalisation(prepared, impostorProfiles(), referenceStats);
  const sims = profiles.map((p) => similarityOf(prepared, p, referenceStats));
  const probs = sims.map((s, i) =>
    probabilityOf(normalise(s, normalisation), text.words ?? 0, curves[i] ?? referenceStats.calibration),
  );
  return { sims, probs, best: sims.indexOf(Math.max(...sims)) };
}

export function attribution(corpus: Corpus): Attribution {
  const n = corpus.writers.length;
  const hits = new Array<number>(n).fill(0);
  const tested = new Array<number>(n).fill(0);
  const out: Attribution = { accuracy: 0, perWriter: [], own: [], other: [], pairs: [] };
  for (let fold = 0; fold < FOLDS; fold++) {
    const profiles = profilesOf(corpus, fold).map((p) => prepare(p, referenceStats));
    const curves = curvesOf(corpus, fold);
    corpus.writers.forEach((writer, w) => {
      for (const [i, text] of writer.texts.entries()) {
        if (inProfile(fold, i)) continue;
        const { probs, best } = scoreAgainst(text, profiles, curves);
        tested[w] = (tested[w] ?? 0) + 1;
        if (best === w) hits[w] = (hits[w] ?? 0) + 1;
        probs.forEach((p, j) => {
          (j === w ? out.own : out.other).push(Math.round(100 * p));
          out.pairs.push({ probability: p, same: j === w });
        });
      }
    });
  }
  out.perWriter = hits.map((h, w) => h / Math.max(1, tested[w] ?? 0));
  out.accuracy =
    hits.reduce((a, b) => a + b, 0) /
    Math.max(
      1,
      tested.reduce((a, b) => a + b, 0),
    );
  return out;
}

export interface ReliabilityBin {
  from: number;
  to: number;
  pairs: number;
  predicted: number;
  /** Share of the bin's pairs that were the same writer (1 in 8 of all pairs are). */
  observed: number;
  /** The same with both classes weighed equally: what an equal-priors probability promises. */
  balanced: number;
}

/** Pairs binned by predicted probability against the share of them that were the same writer. */
export function reliability(pairs: Pair[], bins = 10): ReliabilityBin[] {
  const sameTotal = Math.max(1, pairs.filter((p) => p.same).length);
  const otherTotal = Math.max(1, pairs.length - sameTotal);
  return Array.from({ length: bins }, (_, b) => {
    const [from, to] = [b / bins, (b + 1) / bins];
    const inBin = pairs.filter((p) => p.probability >= from && (p.probability < to || b === bins - 1));
    const same = inBin.filter((p) => p.same).length / sameTotal;
    const other = inBin.filter((p) => !p.same).length / otherTotal;
    return {
      from,
      to,
      pairs: inBin.length,
      predicted: mean(inBin.map((p) => p.probability)),
      observed: mean(inBin.map((p) => (p.same ? 1 : 0))),
      balanced: same + other === 0 ? 0 : same / (same + other),
    };
  });
}

export interface LengthRow {
  words: number;
  accuracy: number;
  width: number;
  reliableShare: number;
}

/** Top-1 and the mean interval width (own profile) for texts of each length. */
export function byLength(corpus: Corpus, lengths: number[], perWriter = 10): LengthRow[] {
  const raw = profilesOf(corpus, 0);
  const profiles = raw.map((p) => prepare(p, referenceStats));
  const calibrations: (WriterCalibration | null)[] = PER_WRITER ? calibrationsOf(corpus, 0) : [];
  const curves = calibrations.map((c) => writerCurve(c, referenceStats.calibration));
  return lengths.map((words) => {
    let [hits, total] = [0, 0];
    const widths: number[] = [];
    const reliable: number[] = [];
    corpus.writers.forEach((writer, w) => {
      for (const text of textsAt(writer, words, perWriter)) {
        total++;
        if (scoreAgainst(text, profiles, curves).best === w) hits++;
        const score = scoreText(text, raw[w] ?? {}, calibrations[w]);
        widths.push(score.interval[1] - score.interval[0]);
        reliable.push(score.reliable ? 1 : 0);
      }
    });
    return { words, accuracy: hits / Math.max(1, total), width: mean(widths), reliableShare: mean(reliable) };
  });
}

export interface Timing {
  p50: number;
  p95: number;
}

function percentiles(ms: number[]): Timing {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

/**
 * p50 and p95 of counting and scoring one ~180-word text, in milliseconds, after a warm-up: wall
 * time, and this process's CPU time, which other work on a shared machine does not inflate.
 */
export function timings(corpus: Corpus, texts: string[]): { wall: Timing; cpu: Timing } {
  const profile = profilesOf(corpus, 0)[0] ?? {};
  for (const text of texts.slice(0, 5)) scoreText(styleCounts(text), profile);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const text of texts) {
    const start = performance.now();
    const used = process.cpuUsage();
    scoreText(styleCounts(text), profile);
    const { user, system } = process.cpuUsage(used);
    cpu.push((user + system) / 1000);
    wall.push(performance.now() - start);
  }
  return { wall: percentiles(wall), cpu: percentiles(cpu) };
}
