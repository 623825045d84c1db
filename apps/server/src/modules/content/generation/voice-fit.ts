// How well texts fit a writer's own voice, by the voice module's scorer (its public index only):
// the order few-shot examples are shown in (edited or accepted drafts first, then the samples that
// read most like the rest of the writer's samples) and the writer's usual range, the floor below
// which a provider's draft is rewritten once toward the style.
import type { VoiceCheck } from '../../../adapters/ai/index.js';
import { DomainError } from '../../../platform/errors/index.js';
import { scoreText, styleCounts, sumCounts } from '../../voice/index.js';
import type { VoiceScorer } from './variant-scoring.js';

/**
 * Floor used when there are too few samples to measure a usual range (under MIN_SAMPLES): the
 * midpoint of the scale, so only drafts the scorer leans against are rewritten.
 */
export const FALLBACK_FLOOR = 50;
/** Leave-one-out needs a profile of several other samples to say anything about the held-out one. */
export const MIN_SAMPLES = 4;
/** The scorer refuses texts this short; they neither rank nor set the range. */
const MIN_WORDS = 20;

export interface FitSample {
  text: string;
  /** An edited or accepted draft the writer gave back (feedback): the clearest signal of their voice. */
  feedback: boolean;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Each text's voiceMatch against a profile of all the other texts (leave-one-out). */
export function leaveOneOutScores(texts: string[]): number[] {
  const counts = texts.map(styleCounts);
  return texts.map((text, i) => {
    if (wordCount(text) < MIN_WORDS || texts.length < 2) return Number.NaN;
    const others = sumCounts(counts.filter((_, j) => j !== i));
    return scoreText(counts[i] ?? styleCounts(text), others).voiceMatch;
  });
}

/** The lower quartile of a list of numbers (nearest rank), NaN for an empty one. */
export function lowerQuartile(values: number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.floor((sorted.length - 1) / 4)] ?? Number.NaN;
}

/**
 * The writer's usual range, as its lower edge: the lower quartile of their samples' leave-one-out
 * scores, so a draft scoring below three in four of the writer's own posts counts as off-voice.
 */
export function usualFloor(texts: string[]): { floor: number; measured: boolean } {
  const usable = texts.filter((t) => wordCount(t) >= MIN_WORDS);
  if (usable.length < MIN_SAMPLES) return { floor: FALLBACK_FLOOR, measured: false };
  const floor = lowerQuartile(leaveOneOutScores(usable));
  return Number.isFinite(floor) ? { floor, measured: true } : { floor: FALLBACK_FLOOR, measured: false };
}

/** Feedback first, then the samples that read most like the writer's others; ties keep their order. */
export function fewShotOrder(samples: FitSample[]): string[] {
  const scores = leaveOneOutScores(samples.map((s) => s.text));
  const ranked = samples.map((s, i) => ({
    s,
    i,
    score: Number.isFinite(scores[i]) ? (scores[i] ?? -1) : -1,
  }));
  ranked.sort((a, b) => Number(b.s.feedback) - Number(a.s.feedback) || b.score - a.score || a.i - b.i);
  return ranked.map((r) => r.s.text);
}

/**
 * The voice check a generation hands the generator: the user's stored profile scores (through the
 * voice service), against the floor of the samples retrieved for this topic. A text too short to
 * score counts as at the floor, so it is never rewritten for a score it cannot have.
 */
export function voiceCheckFor(scorer: VoiceScorer, userId: string, samples: string[]): VoiceCheck {
  const { floor } = usualFloor(samples);
  return {
    floor,
    score: async (text) => {
      try {
        return (await scorer.score(userId, text)).voiceMatch;
      } catch (error) {
        if (error instanceof DomainError && error.code === 'TEXT_TOO_SHORT') return floor;
        throw error;
      }
    },
  };
}
