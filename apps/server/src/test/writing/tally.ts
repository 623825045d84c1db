// Adds measured drafts (and generation times) up into the figures the bench prints and the suite
// check asserts: rates per 100 words, counts by finding code, own-fact share, false explanation
// premises, mean and p95 time.
import type { FindingCode } from '../../adapters/ai/quality/index.js';
import type { Measured, ScoredSentence } from './measure.js';

export interface Summary {
  drafts: number;
  words: number;
  grammarPer100: number;
  spellingPer100: number;
  byKind: Record<string, number>;
  byCode: Partial<Record<FindingCode, number>>;
  /** Share of drafts using at least one own fact, 0..1. */
  factShare: number;
  factBy: Record<string, number>;
  /** Drafts with the topic pasted where only a noun phrase fits. */
  topicMisfits: number;
  /** Explanation premises that are false of their draft, over the drafts checked. */
  falsePremises: number;
  meanMs?: number;
  p95Ms?: number;
}

export const per100 = (count: number, words: number) => (words === 0 ? 0 : (100 * count) / words);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

export class Tally {
  private readonly measured: Measured[] = [];
  private readonly times: number[] = [];

  add(m: Measured): void {
    this.measured.push(m);
  }

  time(ms: number): void {
    this.times.push(ms);
  }

  summary(): Summary {
    const words = this.sum((m) => m.words);
    const byKind: Record<string, number> = {};
    const byCode: Partial<Record<FindingCode, number>> = {};
    const factBy: Record<string, number> = {};
    for (const m of this.measured) {
      for (const [kind, n] of Object.entries(m.byKind)) byKind[kind] = (byKind[kind] ?? 0) + n;
      for (const f of m.findings) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
      if (m.fact) factBy[m.fact] = (factBy[m.fact] ?? 0) + 1;
    }
    const sorted = [...this.times].sort((a, b) => a - b);
    const facts = this.measured.filter((m) => m.fact !== undefined).length;
    return {
      drafts: this.measured.length,
      words,
      grammarPer100: per100(
        this.sum((m) => m.grammar),
        words,
      ),
      spellingPer100: per100(
        this.sum((m) => m.spelling),
        words,
      ),
      byKind,
      byCode,
      factShare: this.measured.length === 0 ? 0 : facts / this.measured.length,
      factBy,
      topicMisfits: this.measured.filter((m) => m.misfits.length > 0).length,
      falsePremises: this.sum((m) => m.falsePremises?.length ?? 0),
      ...(sorted.length > 0
        ? { meanMs: sorted.reduce((a, b) => a + b, 0) / sorted.length, p95Ms: percentile(sorted, 0.95) }
        : {}),
    };
  }

  private sum(of: (m: Measured) => number): number {
    return this.measured.reduce((total, m) => total + of(m), 0);
  }
}

/** The `count` sentences with the most findings, most first (ties: first seen). */
export function worstSentences(
  scored: (ScoredSentence & { where: string })[],
  count: number,
): (ScoredSentence & { where: string })[] {
  return [...scored].sort((a, b) => b.findings.length - a.findings.length).slice(0, count);
}
