// Scores a text against a profile: the z-scored Cosine Delta mapped to 0–100 by the calibration
// fitted on the reference corpus, with the features that differ most, said in plain words.
import { rateInWords, type VoiceScore } from '@brandwright/contracts';
import { referenceStats } from './reference.js';
import type { StyleCounts } from './style-counts.js';
import { type FeatureDifference, styleDistance, voiceMatchOf } from './style-distance.js';

const SHOWN_DIFFERENCES = 5;
/** A feature this many background standard deviations away is worth telling the writer about. */
const NOTABLE_Z = 1;

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

export function scoreText(text: StyleCounts, profile: StyleCounts): VoiceScore {
  const { delta, differences } = styleDistance(text, profile, referenceStats);
  const voiceMatch = voiceMatchOf(delta, text.words ?? 0, referenceStats.calibration);
  const ranked = [...differences].sort((a, b) => Math.abs(b.dz) - Math.abs(a.dz));
  const notable = ranked.filter((d) => Math.abs(d.dz) >= NOTABLE_Z).slice(0, 3);
  const explanation = [
    verdict(voiceMatch),
    ...(notable.length > 0 ? notable.map(sayDifference) : ['No feature stands out from your usual style.']),
  ];
  return {
    voiceMatch,
    explanation,
    distance: Math.round(delta * 1000) / 1000,
    differences: ranked.slice(0, SHOWN_DIFFERENCES).map((d) => ({
      feature: d.feature.label,
      unit: d.feature.unit,
      text: Math.round(d.text * 100) / 100,
      profile: Math.round(d.profile * 100) / 100,
      zDifference: Math.round(d.dz * 100) / 100,
    })),
  };
}
