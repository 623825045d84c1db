// Scores a text against a profile: the combined similarity (voice-similarity.ts) mapped to
// 0–100 = P(same writer) by the calibration fitted on the background at several lengths, with
// its interval, whether the text is long enough to judge, and the style features that differ
// most, said in plain words.
import { rateInWords, type VoiceScore } from '@brandwright/contracts';
import { voiceMatchOf } from './calibration.js';
import { normalise, textNormalisation } from './impostors.js';
import { impostorProfiles, referenceStats } from './reference.js';
import { scoreInterval } from './score-interval.js';
import type { StyleCounts } from './style-counts.js';
import { type FeatureDifference, styleDistance } from './style-distance.js';
import { prepare, similarityOf } from './voice-similarity.js';
import { type WriterCalibration, writerCurve } from './writer-calibration.js';

const SHOWN_DIFFERENCES = 5;
/** A feature this many background standard deviations away is worth telling the writer about. */
const NOTABLE_Z = 1;
/**
 * Shortest text whose attribution holds: from here on the bench picks the right writer among
 * eight for most texts of either corpus (docs/VOICE.md, "accuracy by length").
 */
export const RELIABLE_WORDS = 100;

export const fmt = (n: number) => {
  const s = Math.abs(n) >= 10 ? n.toFixed(0) : n.toFixed(2).replace(/\.?0+$/, '');
  return s === '-0' || s === '' ? '0' : s;
};

function verdict(match: number): string {
  if (match >= 75) return 'This reads like your writing.';
  if (match >= 40) return 'This partly reads like your writing.';
  return 'This does not read like your writing.';
}

/** Shares of sentences or lines as "1 in 4 sentences", averages as "about 14 words"; never a bare 0..1. */
export function sayValue(unit: string, value: number): string {
  if (unit === 'share of sentences') return rateInWords(value, 'sentence', { one: '', many: '' }).trimEnd();
  if (unit === 'share of lines') return rateInWords(value, 'line', { one: '', many: '' }).trimEnd();
  if (unit === 'words on average') return `about ${Math.round(value)} words a sentence`;
  return `${fmt(value)} ${unit}`;
}

function sayDifference(d: FeatureDifference): string {
  const direction = d.dz > 0 ? 'higher' : 'lower';
  return `${capitalise(d.feature.label)}: ${sayValue(d.feature.unit, d.text)} here against ${sayValue(d.feature.unit, d.profile)} in your voice profile (${direction} than usual for you).`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function explain(voiceMatch: number, reliable: boolean, differences: FeatureDifference[]): string[] {
  const notable = differences.filter((d) => Math.abs(d.dz) >= NOTABLE_Z).slice(0, 3);
  return [
    verdict(voiceMatch),
    ...(reliable
      ? []
      : [`Too short to judge reliably: under ${RELIABLE_WORDS} words, so the score can move a lot.`]),
    ...(notable.length > 0 ? notable.map(sayDifference) : ['No feature stands out from your usual style.']),
  ];
}

/** The text's similarity to the profile, normalised against the background writers (impostors.ts). */
export function matchScore(text: StyleCounts, profile: StyleCounts) {
  const reference = referenceStats;
  const prepared = prepare(profile, reference);
  const preparedText = prepare(text, reference);
  const normalisation = textNormalisation(preparedText, impostorProfiles(), reference);
  const similarity = similarityOf(preparedText, prepared, reference);
  return { prepared, normalisation, similarity, score: normalise(similarity, normalisation) };
}

/** `writer`: the profile's own calibration (writer-calibration.ts); without one, the background's curve. */
export function scoreText(
  text: StyleCounts,
  profile: StyleCounts,
  writer?: WriterCalibration | null,
): VoiceScore {
  const { prepared, normalisation, similarity, score } = matchScore(text, profile);
  const words = text.words ?? 0;
  const curve = writerCurve(writer, referenceStats.calibration);
  const voiceMatch = voiceMatchOf(score, words, curve);
  const reliable = words >= RELIABLE_WORDS;
  const { differences } = styleDistance(text, profile, referenceStats);
  const ranked = [...differences].sort((a, b) => Math.abs(b.dz) - Math.abs(a.dz));
  return {
    voiceMatch,
    interval: scoreInterval(text, prepared, normalisation.nearest, voiceMatch, curve),
    reliable,
    explanation: explain(voiceMatch, reliable, ranked),
    distance: Math.round((1 - similarity) * 1000) / 1000,
    differences: ranked.slice(0, SHOWN_DIFFERENCES).map((d) => ({
      feature: d.feature.label,
      unit: d.feature.unit,
      text: Math.round(d.text * 100) / 100,
      profile: Math.round(d.profile * 100) / 100,
      zDifference: Math.round(d.dz * 100) / 100,
    })),
  };
}
