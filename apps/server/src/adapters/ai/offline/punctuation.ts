// Colons and dashes at the writer's rate. The templates' list hooks ("…, in 3 points:") and lead-ins
// gave every writer's drafts the same 15–23 colons per 100 sentences, whatever the writer used
// (1–25 in the samples); a stylometric profile reads those marks as habit. So surplus colons become
// full stops (or a dash, for a writer who uses dashes), a colon-writer's short statement may
// introduce the next one, and dashes are added or removed the same way. Rates come from the
// samples (samples.ts); without samples the composer keeps its own habits.
import type { Rng } from './random.js';
import { capitalize, decapitalize, sentences, words } from './text.js';

/** A composed line (compose.ts's Line, restated: compose.ts reaches this file through samples.ts). */
interface Line {
  text: string;
  kind: string;
}

/** At most this many marks are added to one draft: a habit, not a tic. */
const MAX_ADDED = 2;
const COLON = /:(?!\/\/)/g;
const DASH = /\s(?:—|–|--|-)\s/g;

const prose = (l: Line) => l.kind !== 'heading' && l.kind !== 'title';
const countIn = (lines: Line[], mark: RegExp) =>
  lines.filter(prose).reduce((n, l) => n + (l.text.match(mark)?.length ?? 0), 0);
const sentenceCount = (lines: Line[]) =>
  lines.filter(prose).reduce((n, l) => n + Math.max(1, sentences(l.text).length), 0);
const statement = (l: Line | undefined): l is Line =>
  l?.kind === 'body' && /[a-z]\.$/.test(l.text) && !/[:;—–]/.test(l.text);

/** "A: b" → "A. B" (or "A — b" when dashes are the writer's); a trailing colon becomes a full stop. */
function dropColon(line: Line, dashes: boolean): void {
  const match = /:(?!\/\/)\s*/.exec(line.text);
  if (!match) return;
  const [before, after] = [line.text.slice(0, match.index), line.text.slice(match.index + match[0].length)];
  if (after.trim() === '') line.text = `${before}.`;
  else line.text = dashes ? `${before} — ${after}` : `${before}. ${capitalize(after)}`;
}

/** Pairs of statements where a short first one can introduce the second. */
function introductions(lines: Line[]): number[] {
  return lines
    .map((_, i) => i)
    .filter((i) => statement(lines[i]) && statement(lines[i + 1]) && words(lines[i]?.text ?? '').length <= 8);
}

function fitColons(lines: Line[], rate: number, dashes: boolean, rng: Rng): void {
  const wanted = rng.round(rate * sentenceCount(lines));
  for (let guard = 0; guard < 20 && countIn(lines, COLON) > wanted; guard++) {
    const withColon = lines.filter((l) => prose(l) && /:(?!\/\/)/.test(l.text));
    if (withColon.length === 0) break;
    dropColon(rng.pick(withColon), dashes);
  }
  for (let added = 0; added < MAX_ADDED && countIn(lines, COLON) < wanted; added++) {
    const pairs = introductions(lines);
    if (pairs.length === 0) break;
    const i = rng.pick(pairs);
    const [first, second] = [lines[i] as Line, lines[i + 1] as Line];
    first.text = `${first.text.slice(0, -1)}: ${decapitalize(second.text)}`;
    lines.splice(i + 1, 1);
  }
}

function fitDashes(lines: Line[], rate: number, rng: Rng): void {
  if (rate <= 0) {
    for (const line of lines.filter(prose)) line.text = line.text.replace(DASH, ', ');
    return;
  }
  const wanted = rng.round(rate * sentenceCount(lines));
  for (let added = 0; added < MAX_ADDED && countIn(lines, DASH) < wanted; added++) {
    const joints = lines.filter((l) => l.kind === 'body' && /, (and|but) /.test(l.text));
    if (joints.length === 0) break;
    const line = rng.pick(joints);
    line.text = line.text.replace(/, (and|but) /, ' — $1 ');
  }
}

export interface PunctuationRates {
  /** Colons per sentence in the samples; null without samples. */
  colonRate: number | null;
  dashRate: number | null;
}

/** The lines with colons and dashes near the writer's rates (a copy; the input is left alone). */
export function followPunctuation<L extends Line>(lines: L[], rates: PunctuationRates, rng: Rng): L[] {
  const out = lines.map((l) => ({ ...l }));
  if (rates.dashRate !== null) fitDashes(out, rates.dashRate, rng);
  if (rates.colonRate !== null) fitColons(out, rates.colonRate, (rates.dashRate ?? 0) > 0, rng);
  return out;
}

/** Occurrences of `mark` per sentence over the samples, or null without samples. */
export function markRate(samples: string[], mark: 'colon' | 'dash'): number | null {
  const count = samples.reduce((n, s) => n + sentences(s).length, 0);
  if (count === 0) return null;
  const pattern = mark === 'colon' ? COLON : DASH;
  return samples.reduce((n, s) => n + (s.match(pattern)?.length ?? 0), 0) / count;
}
